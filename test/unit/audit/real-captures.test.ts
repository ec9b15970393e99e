// The LLDP parsers on public real captures (test/fixtures/SOURCES.md), with the links each
// capture shows read off the files by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, parseSource } from '../../../core/audit/parsers/index.js';
import { diffAgainstPlan, runAudit } from '../../../core/audit/run.js';
import type { FoundLink } from '../../../core/audit/types.js';
import { FIXTURES } from './fabric.js';
import { snapshotOf } from './plan-builder.js';

const REAL = join(FIXTURES, '../lldp-real');
const real = (rel: string) => ({ name: rel, text: readFileSync(join(REAL, rel), 'utf8') });
const show = (links: FoundLink[]) => links.map((l) => `${l.a.host} ${l.a.port} -> ${l.b.host} ${l.b.port}${l.b.unnamed ? ' (unnamed)' : ''}`);

test('EOS detail (ntc-templates): a Junos neighbour sending ifIndex 527 is named by its description ge-1/1/1', () => {
  const links = show(parseSource(real('ntc-templates/arista_eos_show_lldp_neighbors_detail.raw'), 'auto').parsed.links);
  assert.ok(links.includes('arista_eos_show_lldp_neighbors_detail Ethernet23 -> MX ge-1/1/1'), links.join('\n'));
  // a port id that is a name stays, even when the description is one word (the ACI policy path)
  assert.ok(links.includes('arista_eos_show_lldp_neighbors_detail Ethernet9 -> Leaf1.cliqr.com Eth1/23'));
});

test('EOS | json (suzieq exit01): Junos dcedge01 sends "516" as port id, xe-0/0/0 in its description', () => {
  const src = real('suzieq/exit01.json');
  assert.equal(detectFormat(src), 'eos');
  assert.deepEqual(show(parseSource(src, 'auto').parsed.links).sort(), [
    'exit01 Ethernet1 -> spine01 Ethernet5',
    'exit01 Ethernet2 -> spine02 Ethernet5',
    'exit01 Ethernet4 -> dcedge01 xe-0/0/0',
  ]);
});

test('Junos | display json detail (suzieq dcedge01) and the Junos text tables (ntc-templates)', () => {
  assert.deepEqual(show(parseSource(real('suzieq/dcedge01.json'), 'auto').parsed.links), ['dcedge01 xe-0/0/0 -> exit01 Ethernet4', 'dcedge01 xe-0/0/1 -> exit02 Ethernet4']);
  assert.deepEqual(show(parseSource(real('ntc-templates/juniper_junos_show_lldp_neighbors.raw'), 'auto').parsed.links), [
    'juniper_junos_show_lldp_neighbors ge-0/0/1 -> vmx2 ge-0/0/1',
    'juniper_junos_show_lldp_neighbors ge-0/0/0 -> vmx3 ge-0/0/0',
  ]);
  const ae7 = show(parseSource(real('ntc-templates/juniper_junos_show_lldp_neighbors_ae7.raw'), 'junos').parsed.links);
  assert.deepEqual(ae7, ['xe-0/1/1', 'xe-0/3/3', 'xe-2/0/5', 'xe-2/1/5'].map((p, i) => `juniper_junos_show_lldp_neighbors_ae7 ${p} -> core01.sjc01 Ethernet3/29/${i + 1}`));
});

/** The suzieq lab around dcedge01, as a plan cabled exactly as the captures show. */
const LAB = snapshotOf(
  { exit01: ['Ethernet1', 'Ethernet2', 'Ethernet4'], exit02: ['Ethernet4'], spine01: ['Ethernet5'], spine02: ['Ethernet5'], dcedge01: ['xe-0/0/0', 'xe-0/0/1'] },
  [
    ['L1', 'exit01', 'Ethernet1', 'spine01', 'Ethernet5'],
    ['L2', 'exit01', 'Ethernet2', 'spine02', 'Ethernet5'],
    ['L3', 'exit01', 'Ethernet4', 'dcedge01', 'xe-0/0/0'],
    ['L4', 'dcedge01', 'xe-0/0/1', 'exit02', 'Ethernet4'],
  ],
);

test('a Junos hall cabled to plan: every link matched, none unexpected', () => {
  const r = runAudit(LAB, [real('suzieq/exit01.json'), real('suzieq/dcedge01.json')]);
  assert.deepEqual([r.matched, r.unexpected, r.missing, r.miswired, r.unaudited], [4, 0, 0, 0, 0]);
  // exit01 alone: its three links matched by name, dcedge01-exit02 seen by neither capture
  const one = runAudit(LAB, [real('suzieq/exit01.json')]);
  assert.deepEqual([one.matched, one.unexpected, one.unaudited], [3, 0, 1]);
});

test('two Junos neighbours that each send only an ifIndex: the link is matched once, not also unexpected', () => {
  const s = snapshotOf({ qfx1: ['xe-0/0/0'], qfx2: ['xe-0/0/5'] }, [['J1', 'qfx1', 'xe-0/0/0', 'qfx2', 'xe-0/0/5']]);
  const l = (a: string, ap: string, b: string, bp: string): FoundLink => ({ a: { host: a, port: ap }, b: { host: b, port: bp }, source: 't', line: 1, cableType: null, lengthMm: null, label: null });
  const r = diffAgainstPlan(s, [l('qfx1', 'xe-0/0/0', 'qfx2', '517'), l('qfx2', 'xe-0/0/5', 'qfx1', '516')], new Set(['qfx1', 'qfx2']));
  assert.deepEqual([r.matched, r.unexpected, r.missing], [1, 0, 0]);
});

test('plain lldpctl text (suzieq edge01, lldpd test_text_output) and -f keyvalue (lldpd test_basic)', () => {
  const edge = real('suzieq/edge01.txt');
  assert.equal(detectFormat(edge), 'lldpctl');
  assert.deepEqual(show(parseSource(edge, 'auto').parsed.links), ['edge01 eth1 -> exit01 swp5', 'edge01 eth2 -> exit02 swp5']);
  // lldpd's own neighbour sends its MAC as port id and names the port eth1 in the description
  for (const rel of ['lldpd/text/ns-1.txt', 'lldpd/keyvalue/ns-1.txt']) {
    const src = real(rel);
    assert.equal(detectFormat(src), 'lldpctl', rel);
    const p = parseSource(src, 'auto').parsed;
    assert.deepEqual(show(p.links), ['ns-1 eth0 -> ns-2.example.com eth1'], rel);
    assert.deepEqual(p.surveyed, ['ns-1']);
  }
});

test('keyvalue: several neighbours, one interface after another, and a second neighbour on one interface', () => {
  const text = [
    'lldp.eth0.via=LLDP', 'lldp.eth0.chassis.name=tor1', 'lldp.eth0.port.ifname=swp1',
    'lldp.eth1.via=LLDP', 'lldp.eth1.chassis.mac=00:00:00:00:00:09', 'lldp.eth1.port.local=17', 'lldp.eth1.port.descr=Ethernet17',
    'lldp.eth1.via=CDPv2', 'lldp.eth1.chassis.name=tor2', 'lldp.eth1.port.ifname=Gi1/0/1',
  ].join('\n');
  const p = parseSource({ name: 'srv9.txt', text }, 'lldpctl').parsed;
  assert.deepEqual(show(p.links), ['srv9 eth0 -> tor1 swp1', 'srv9 eth1 -> 00:00:00:00:00:09 Ethernet17', 'srv9 eth1 -> tor2 Gi1/0/1']);
  assert.deepEqual(p.links.map((l) => l.line), [1, 4, 8]);
});

test('a folder with one file that cannot be read: it is listed with its reason, the others are audited', () => {
  const bad = { name: 'caps/junk.txt', text: 'this is not any capture\n' };
  const broken = { name: 'caps/spine09.json', text: '{"lldp": {' };
  const sheet = { name: 'caps/none.xlsx', unreadable: 'not a readable XLSX workbook (End of data reached)' };
  const r = runAudit(LAB, [real('suzieq/exit01.json'), bad, broken, sheet, real('suzieq/dcedge01.json')]);
  assert.equal(r.matched, 4);
  assert.deepEqual(r.unreadable.map((u) => u.name), ['caps/junk.txt', 'caps/spine09.json', 'caps/none.xlsx']);
  assert.match(r.unreadable[0]!.reason, /cannot tell the format/);
  assert.match(r.unreadable[1]!.reason, /^line 1: not valid JSON/);
  // nothing readable at all is bad input, not an audit
  assert.throws(() => runAudit(LAB, [bad, broken]), /junk\.txt:1: cannot tell the format/);
});
