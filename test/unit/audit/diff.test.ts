import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffAgainstPlan, runAudit } from '../../../core/audit/run.js';
import type { AuditResult, FoundLink } from '../../../core/audit/types.js';
import { fabricSnapshot, fixture } from './fabric.js';

const counts = (r: AuditResult) => ({
  matched: r.matched, missing: r.missing, unexpected: r.unexpected, miswired: r.miswired, swapped: r.swapped,
  wrongMedia: r.wrongMedia, wrongLength: r.wrongLength, unaudited: r.unaudited,
});
const labels = (r: AuditResult, cls: string) => r.items.filter((i) => i.class === cls).map((i) => i.planned.map((p) => p.label).join('+'));

// What every fixture shows (test/fixtures/audit/README.md): C1, C6 as planned; C2 absent; C3/C4
// far ends exchanged; C5 on the wrong leaf port; leaf01 swp8 - spine02 Ethernet8 not planned.
const FLOOR = { missing: ['C2'], swapped: ['C3+C4'], miswired: ['C5'] };

test('lldpd JSON from both leaves: every class, the swap as one item', () => {
  const r = runAudit(fabricSnapshot(), [fixture('lldpd/leaf01.json'), fixture('lldpd/leaf02.json')]);
  // 6 planned cables: C1, C6 matched; C2 missing; C5 miswired; C3+C4 one swap (counted in miswired too)
  assert.deepEqual(counts(r), { matched: 2, missing: 1, unexpected: 1, miswired: 1 + 1, swapped: 1, wrongMedia: 0, wrongLength: 0, unaudited: 0 });
  assert.deepEqual(labels(r, 'missing'), FLOOR.missing);
  assert.deepEqual(labels(r, 'swapped'), FLOOR.swapped);
  assert.deepEqual(labels(r, 'miswired'), FLOOR.miswired);
  const extra = r.items.find((i) => i.class === 'unexpected')!;
  assert.deepEqual([extra.found[0]!.a.port, extra.found[0]!.b.host, extra.found[0]!.b.port], ['swp8', 'spine02.hall1.example.net', 'Ethernet8/1']);
  assert.equal(extra.found[0]!.b.deviceId !== null && extra.found[0]!.b.portId !== null, true, 'Ethernet8/1 resolves to the plan port Ethernet8');
  const mis = r.items.find((i) => i.class === 'miswired')!;
  assert.equal(mis.detail, 'C5: gpu01 eth1 should go to leaf01 swp5, goes to leaf01 swp6');
});

test('the same floor seen from the spines (EOS): cables the spines cannot see are unaudited, not missing', () => {
  const r = runAudit(fabricSnapshot(), [fixture('eos/spine01.txt'), fixture('eos/spine02.txt')]);
  // C5 and C6 (gpu - leaf) touch no spine: 2 unaudited. The spines' management port neighbour
  // (spine01 Ma1) is not planned: unexpected with leaf01 swp8.
  assert.deepEqual(counts(r), { matched: 1, missing: 1, unexpected: 2, miswired: 1, swapped: 1, wrongMedia: 0, wrongLength: 0, unaudited: 2 });
  assert.deepEqual(labels(r, 'swapped'), FLOOR.swapped);
});

test('Cumulus net show lldp, both leaves in one file', () => {
  const r = runAudit(fabricSnapshot(), [fixture('cumulus/leaves.txt')]);
  // leaf02 eth0 to the out-of-band switch is the second unexpected link
  assert.deepEqual(counts(r), { matched: 2, missing: 1, unexpected: 2, miswired: 2, swapped: 1, wrongMedia: 0, wrongLength: 0, unaudited: 0 });
});

test('LLDP seen from both ends counts each link once', () => {
  const r = runAudit(fabricSnapshot(), [fixture('lldpd/leaf01.json'), fixture('lldpd/leaf02.json'), fixture('eos/spine01.txt'), fixture('eos/spine02.txt')]);
  assert.deepEqual(counts(r), { matched: 2, missing: 1, unexpected: 2, miswired: 2, swapped: 1, wrongMedia: 0, wrongLength: 0, unaudited: 0 });
});

test('p2p sheet: media and length where the sheet gives them', () => {
  const r = runAudit(fabricSnapshot(), [fixture('p2p/as-built.csv')]);
  // C1: 15 m found where 10 m was ordered (5 m off, more than 5 % of 10 m): wrong length.
  // C6: "aoc" where a DAC is planned: wrong media. C3/C4 swapped though their media is right.
  assert.deepEqual(counts(r), { matched: 0, missing: 1, unexpected: 1, miswired: 2, swapped: 1, wrongMedia: 1, wrongLength: 1, unaudited: 0 });
  assert.deepEqual(labels(r, 'wrong-length'), ['C1']);
  assert.deepEqual(labels(r, 'wrong-media'), ['C6']);
});

test('NetBox cables: NetBox cable types agree with planned media (smf-os2 ~ DR4 on OS2, dac-passive ~ DAC)', () => {
  const r = runAudit(fabricSnapshot(), [fixture('netbox/cables.csv')]);
  assert.deepEqual(counts(r), { matched: 2, missing: 1, unexpected: 1, miswired: 2, swapped: 1, wrongMedia: 0, wrongLength: 0, unaudited: 0 });
  assert.ok(r.warnings.some((w) => /1 power or console cable/.test(w)));
});

const link = (a: string, ap: string, b: string, bp: string, extra: Partial<FoundLink['b']> = {}): FoundLink => ({
  a: { host: a, port: ap }, b: { host: b, port: bp, ...extra }, source: 't', line: 1, cableType: null, lengthMm: null, label: null,
});

test('a clean floor has no items; a port reported by MAC only matches on the host', () => {
  const s = fabricSnapshot();
  const found = [
    link('leaf01', 'swp1', 'spine01', 'Ethernet1'), link('leaf01', 'swp2', 'spine02', 'Ethernet1'),
    link('leaf02', 'swp1', 'spine01', 'Ethernet2'), link('leaf02', 'swp2', 'spine02', 'Ethernet2'),
    link('leaf01', 'swp5', 'gpu01', '0c:42:a1:00:00:11', { unnamed: true }), link('gpu02', 'eth1', 'leaf02', 'swp5'),
  ];
  const r = diffAgainstPlan(s, found, null);
  assert.equal(r.matched, s.cables.length);
  assert.deepEqual(r.items, []);
  // the same unnamed port on the wrong host is not a match
  const wrong = diffAgainstPlan(s, [link('leaf01', 'swp5', 'gpu02', '0c:42:a1:00:00:22', { unnamed: true })], null);
  assert.deepEqual(wrong.items.map((i) => i.class).sort(), ['missing', 'missing', 'missing', 'missing', 'missing', 'miswired']);
});

test('one end right, the other on a different device: miswired', () => {
  const r = diffAgainstPlan(fabricSnapshot(), [link('leaf01', 'swp1', 'spine02', 'Ethernet1')], null);
  // C1 (leaf01 swp1 - spine01 Ethernet1) is the one sharing leaf01 swp1; C2 (spine02 Ethernet1) loses
  // its far end to this link: the first planned cable at an end wins, the other is missing.
  const mis = r.items.filter((i) => i.class === 'miswired');
  assert.equal(mis.length, 1);
  assert.equal(mis[0]!.planned[0]!.label, 'C1');
  assert.equal(mis[0]!.detail, 'C1: leaf01 swp1 should go to spine01 Ethernet1, goes to spine02 Ethernet1');
});

test('three cables rotated (not a pairwise swap) are three miswires, each against its own planned cable', () => {
  // planned C1 leaf01 swp1 - spine01 Ethernet1, C3 leaf02 swp1 - spine01 Ethernet2, C2 leaf01 swp2 - spine02 Ethernet1;
  // on the floor each leaf port goes to the next cable's spine port
  const found = [link('leaf01', 'swp1', 'spine01', 'Ethernet2'), link('leaf02', 'swp1', 'spine02', 'Ethernet1'), link('leaf01', 'swp2', 'spine01', 'Ethernet1')];
  const r = diffAgainstPlan(fabricSnapshot(), found, new Set(['leaf01', 'leaf02']));
  assert.equal(r.swapped, 0);
  assert.deepEqual(r.items.filter((i) => i.class === 'miswired').map((i) => i.planned[0]!.label).sort(), ['C1', 'C2', 'C3']);
  // C4, C5, C6 were not reported by these leaves' sources but have a leaf end: missing, not unaudited
  assert.equal(r.missing, 3);
});

test('a scope of surveyed hosts: cables with neither end surveyed are unaudited', () => {
  const r = diffAgainstPlan(fabricSnapshot(), [link('gpu01', 'eth1', 'leaf01', 'swp5')], new Set(['gpu01']));
  // only C5 touches gpu01
  assert.deepEqual([r.matched, r.missing, r.unaudited], [1, 0, fabricSnapshot().cables.length - 1]);
});

test('a neighbour that sends an ifIndex as port id adds nothing when the other side names the port', () => {
  const found = [link('leaf01', 'swp1', 'spine01', 'Ethernet1'), link('spine01', 'Ethernet1', 'leaf01', '516')];
  const r = diffAgainstPlan(fabricSnapshot(), found, new Set(['leaf01', 'spine01']));
  assert.equal(r.matched, 1);
  assert.equal(r.unexpected, 0);
});

test('LLDP and a sheet together: the sheet\'s length is judged and its line is the one named', () => {
  const r = runAudit(fabricSnapshot(), [fixture('lldpd/leaf01.json'), fixture('lldpd/leaf02.json'), fixture('p2p/as-built.csv')]);
  const c1 = r.items.find((i) => i.class === 'wrong-length')!;
  // C1 is on line 3 of the sheet (a title row, the header, then C1)
  assert.deepEqual([c1.planned[0]!.label, c1.found[0]!.source, c1.found[0]!.line], ['C1', 'p2p/as-built.csv', 3]);
});
