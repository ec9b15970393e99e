import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectFormat, parseSource } from '../../../core/audit/parsers/index.js';
import type { FoundLink } from '../../../core/audit/types.js';
import { fixture } from './fabric.js';

/** "localhost port -> host port" lines, as written in the source. */
const show = (links: FoundLink[]) => links.map((l) => `${l.a.host} ${l.a.port} -> ${l.b.host} ${l.b.port}${l.b.unnamed ? ' (unnamed)' : ''}`);

test('auto-detection recognises every fixture format', () => {
  const expect: Record<string, string> = {
    'lldpd/leaf01.json': 'lldpd-json',
    'lldpd/leaf02.json': 'lldpd-json',
    'eos/spine01.txt': 'eos',
    'eos/spine02.txt': 'eos',
    'cumulus/leaves.txt': 'cumulus',
    'sonic/leaf03.txt': 'cumulus',
    'nxos/leaf04.txt': 'nxos',
    'nxos/leaf04-detail.txt': 'nxos',
    'junos/qfx01.txt': 'junos',
    'p2p/as-built.csv': 'p2p',
    'netbox/cables.csv': 'netbox-csv',
  };
  for (const [file, format] of Object.entries(expect)) assert.equal(detectFormat(fixture(file)), format, file);
});

test('lldpd -f json (list of interfaces): local host from the file name, MAC port id falls back to the description', () => {
  const { parsed } = parseSource(fixture('lldpd/leaf01.json'), 'lldpd-json');
  assert.deepEqual(show(parsed.links), [
    'leaf01 swp1 -> spine01.hall1.example.net Ethernet1/1',
    'leaf01 swp6 -> gpu01 eth1',
    'leaf01 swp8 -> spine02.hall1.example.net Ethernet8/1',
  ]);
  assert.deepEqual(parsed.surveyed, ['leaf01']);
  // line numbers point at each local interface's key in the file
  const text = fixture('lldpd/leaf01.json').text.split('\n');
  for (const l of parsed.links) assert.match(text[l.line - 1]!, new RegExp(`"${l.a.port}"`));
});

test('lldpd -f json0 and a single -f json interface object', () => {
  const { parsed } = parseSource(fixture('lldpd/leaf02.json'), 'lldpd-json');
  assert.deepEqual(show(parsed.links), ['leaf02 swp1 -> SPINE02 Ethernet2/1', 'leaf02 swp2 -> spine01 Ethernet2/1', 'leaf02 swp5 -> gpu02 eth1']);
  const one = JSON.stringify({ lldp: { interface: { eth0: { chassis: { 'tor1.example': { id: { type: 'mac', value: '00:00:00:00:00:02' } } }, port: { id: { type: 'ifname', value: 'swp9' } } } } } });
  const single = parseSource({ name: 'hosts/gpu09.json', text: one }, 'auto');
  assert.deepEqual(show(single.parsed.links), ['gpu09 eth0 -> tor1.example swp9']);
});

test('EOS table and detail, local host from the prompt', () => {
  assert.deepEqual(show(parseSource(fixture('eos/spine01.txt'), 'eos').parsed.links), [
    'spine01 Et1/1 -> leaf01 swp1',
    'spine01 Et2/1 -> leaf02.hall1.example.net swp2',
    'spine01 Ma1 -> oob-mgmt01 swp11',
  ]);
  const detail = parseSource(fixture('eos/spine02.txt'), 'auto').parsed;
  assert.deepEqual(show(detail.links), ['spine02 Ethernet2/1 -> leaf02 swp1', 'spine02 Ethernet8/1 -> leaf01 swp8']);
  assert.deepEqual(detail.surveyed, ['spine02']);
});

test('NX-OS table with a wrapped device id, and detail with a MAC port id', () => {
  assert.deepEqual(show(parseSource(fixture('nxos/leaf04.txt'), 'auto').parsed.links), [
    'leaf04 Eth1/49 -> spine01.hall1.example.net Ethernet4/1',
    'leaf04 Eth1/50 -> spine02 Ethernet4/1',
    'leaf04 Eth1/1 -> gpu04 eth1',
  ]);
  assert.deepEqual(show(parseSource(fixture('nxos/leaf04-detail.txt'), 'auto').parsed.links), [
    'leaf04 Eth1/49 -> spine01.hall1.example.net Ethernet4/1',
    'leaf04 Eth1/1 -> gpu04 eth1',
  ]);
});

test('Cumulus net show lldp (two hosts in one capture), SONiC show lldp table, Junos', () => {
  const cumulus = parseSource(fixture('cumulus/leaves.txt'), 'auto').parsed;
  assert.deepEqual(cumulus.surveyed, ['leaf01', 'leaf02']);
  assert.deepEqual(show(cumulus.links).slice(2, 4), ['leaf01 swp8 -> spine02 Ethernet8/1', 'leaf02 eth0 -> oob-mgmt01 swp12']);
  assert.deepEqual(show(parseSource(fixture('sonic/leaf03.txt'), 'auto').parsed.links), [
    'leaf03 Ethernet0 -> spine01 Ethernet3/1',
    'leaf03 Ethernet8 -> spine02 Ethernet3/1',
    // the neighbour sent a MAC as port id: its description names the port
    'leaf03 Ethernet64 -> gpu03 eth1',
  ]);
  assert.deepEqual(show(parseSource(fixture('junos/qfx01.txt'), 'auto').parsed.links), [
    'qfx01 et-0/0/48 -> spine01 Ethernet5/1',
    'qfx01 et-0/0/49 -> spine02 Ethernet5/1',
    'qfx01 xe-0/0/0 -> gpu05 eth1',
  ]);
});

test('p2p sheet: title row skipped, header variants, lengths in the header unit; NetBox CSV skips power and planned cables', () => {
  const p2p = parseSource(fixture('p2p/as-built.csv'), 'auto').parsed;
  assert.equal(p2p.links.length, 6);
  assert.deepEqual(p2p.links[0], {
    a: { host: 'LEAF01', port: 'Swp1' }, b: { host: 'spine01.hall1.example.net', port: 'Ethernet1' },
    source: 'p2p/as-built.csv', line: 3, cableType: '400GBASE-DR4', lengthMm: 15 * 1000, label: 'C1',
  });
  assert.equal(p2p.surveyed, null);
  const nb = parseSource(fixture('netbox/cables.csv'), 'auto').parsed;
  assert.equal(nb.links.length, 6);
  // 200 cm
  assert.equal(nb.links[4]!.lengthMm, 200 * 10);
  assert.equal(nb.links[4]!.cableType, 'dac-passive');
  assert.equal(nb.warnings.length, 2);
});

test('bad input names the file and line', () => {
  const bad = 'spine01#show lldp neighbors\nPort   Neighbor Device ID   Neighbor Port ID   TTL\nEt1    leaf01\n';
  assert.throws(() => parseSource({ name: 'sw.txt', text: bad }, 'eos'), /^ApiError: sw\.txt:3: cannot read this row/);
  assert.throws(() => parseSource({ name: 'x.json', text: '{"lldp": {\n "interface": [\n}' }, 'lldpd-json'), /x\.json:3: not valid JSON/);
  assert.throws(() => parseSource({ name: 'x.csv', text: 'A Node,A Port,Z Node,Z Port\nleaf01,swp1,,swp2\n' }, 'p2p'), /x\.csv:2: Z Node: empty/);
  assert.throws(() => parseSource({ name: 'x.csv', text: 'Host,Interface\nleaf01,swp1\n' }, 'p2p'), /x\.csv:1: .*needs columns for both ends/);
  assert.throws(() => parseSource({ name: 'what.txt', text: 'hello\n' }, 'auto'), /what\.txt:1: cannot tell the format/);
});

test('the switches\' JSON (EOS | json brief and detail, NX-OS | json, Junos | display json) reads like their text', () => {
  const eos = parseSource(fixture('eos/spine01.json'), 'auto');
  assert.equal(eos.format, 'eos');
  // the same neighbours as the text capture, local host from the file name
  assert.deepEqual(show(eos.parsed.links), show(parseSource(fixture('eos/spine01.txt'), 'eos').parsed.links).map((l) => l.replace(/^spine01 Et(\d)/, 'spine01 Ethernet$1').replace('Ma1', 'Management1')));
  assert.deepEqual(show(parseSource(fixture('eos/spine02-detail.json'), 'auto').parsed.links), ['spine02-detail Ethernet2/1 -> leaf02 swp1', 'spine02-detail Ethernet8/1 -> leaf01 swp8']);
  const nx = parseSource(fixture('nxos/leaf04.json'), 'auto');
  assert.equal(nx.format, 'nxos');
  assert.deepEqual(show(nx.parsed.links), ['leaf04 Eth1/49 -> spine01.hall1.example.net Ethernet4/1', 'leaf04 Eth1/50 -> spine02 Ethernet4/1']);
  const jn = parseSource(fixture('junos/qfx01.json'), 'auto');
  assert.equal(jn.format, 'junos');
  // the MAC port id falls back to the port description
  assert.deepEqual(show(jn.parsed.links), ['qfx01 et-0/0/48 -> spine01 Ethernet5/1', 'qfx01 xe-0/0/0 -> gpu05 eth1']);
  // line numbers point at the local interface
  const lines = fixture('nxos/leaf04.json').text.split('\n');
  for (const l of nx.parsed.links) assert.ok(lines[l.line - 1]!.includes(`"${l.a.port}"`));
});

test('sheets with semicolons, tabs or pipes (as NetBox accepts) and a title line without any', () => {
  for (const d of [';', '\t', '|']) {
    const text = ['Cabling hall 1', ['A Node', 'A Port', 'Z Node', 'Z Port'].join(d), ['leaf01', 'swp1', 'spine01', 'Ethernet1'].join(d)].join('\n');
    const { parsed } = parseSource({ name: 'sheet.csv', text }, 'auto');
    assert.deepEqual(show(parsed.links), ['leaf01 swp1 -> spine01 Ethernet1'], JSON.stringify(d));
    assert.equal(parsed.links[0]!.line, 3);
  }
});
