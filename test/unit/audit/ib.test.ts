// InfiniBand as-built: ibnetdiscover and ibdiagnet topo files, real captures (SOURCES.md) and a
// small NDR plan whose names are resolved by port number, adapter name and split port.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectFormat, parseSource } from '../../../core/audit/parsers/index.js';
import { runAudit } from '../../../core/audit/run.js';
import type { FoundLink } from '../../../core/audit/types.js';
import { caName, switchName } from '../../../core/ib/node-desc.js';
import { hcaPortNumber, parseHcaMap } from '../../../core/ib/ports.js';
import type { DeviceType } from '../../../core/model/entities.js';
import { FIXTURES } from './fabric.js';
import { snapshotOf, type PortSpec } from './plan-builder.js';

const IB = join(FIXTURES, '../ib');
const ib = (rel: string) => ({ name: rel, text: readFileSync(join(IB, rel), 'utf8') });
const show = (links: FoundLink[]) => links.map((l) => `${l.a.host} ${l.a.port} -> ${l.b.host} ${l.b.port}${l.rate ? ` ${l.rate.label}` : ''}`);

test('node descriptions: MF0;<host>:<model> on switches, "<host> <device>" on hosts, factory names give none', () => {
  assert.deepEqual(switchName('MF0;leaf-01:MQM9700/U1'), { host: 'leaf-01', hca: null });
  assert.deepEqual(switchName('SwitchIB Mellanox Technologies'), { host: null, hca: null });
  assert.deepEqual(switchName('Voltaire 4036 # 4036-8C5C'), { host: null, hca: null });
  assert.deepEqual(caName('node01 mlx5_0'), { host: 'node01', hca: 'mlx5_0' });
  assert.deepEqual(caName('r-ufm216 HCA-2'), { host: 'r-ufm216', hca: 'HCA-2' });
  assert.deepEqual(caName('MT25408 ConnectX Mellanox Technologies'), { host: null, hca: null });
  assert.deepEqual(caName('Mellanox Technologies Aggregation Node'), { host: null, hca: null });
});

test('ibnetdiscover of the X5 cluster (hpc-toolset): every link once, 4xDDR links among QDR, no host names', () => {
  const src = ib('hpc-toolset/X5.topofile');
  assert.equal(detectFormat(src), 'ibnetdiscover');
  const p = parseSource(src, 'auto').parsed;
  // 318 port lines; every node is listed, so each link appears from both of its ends
  assert.equal(p.links.length, 318 / 2);
  // 46 port lines end in 4xDDR: 23 links
  assert.equal(p.links.filter((l) => l.rate?.label === '4xDDR').length, 23);
  assert.equal(p.links.filter((l) => l.rate?.label === '4xQDR').length, 159 - 23);
  assert.equal(p.surveyed, null);
  assert.ok(p.infinibandOnly);
  // factory descriptions everywhere: the 11 switches and 89 adapters are known by GUID
  assert.match(p.warnings.join('\n'), /11 switch\(es\) and 89 adapter\(s\) carry a factory node description/);
  assert.ok(p.links.every((l) => /^[SH]-/.test(l.a.host) && /^[SH]-/.test(l.b.host)));
});

test('ibnetdiscover published by NVIDIA, IBM and Oracle (ibtopotool tests): host names and adapter ports', () => {
  const nv = show(parseSource(ib('ibtopotool/3.topo'), 'ibnetdiscover').parsed.links);
  assert.ok(nv.includes('S-e41d2d030003e470 P34 -> r-ufm216 HCA-2/P1 4xEDR'), nv.join('\n'));
  assert.ok(nv.includes('S-e41d2d030003e470 P3 -> switch-de779e P1 4xFDR'));
  assert.ok(nv.includes('switch-de779e P2 -> r-ufm101 HCA-1/P1 4xQDR'));
  assert.ok(nv.includes('switch-de779e P8 -> r-ufm96 HCA-1/P1 4xSDR'));
  // a switch port cabled to another port of the same switch is one link, seen from both ports
  assert.equal(nv.filter((l) => l.startsWith('S-e41d2d030003e470 P1 -> S-e41d2d030003e470 P2')).length, 1);
  assert.deepEqual(show(parseSource(ib('ibtopotool/2.topo'), 'auto').parsed.links), [
    'S-000b8cffff0053ee P1 -> compute-00-01 HCA-1/P1 4xSDR',
    'S-000b8cffff0053ee P2 -> compute-00-00 HCA-1/P2 4xSDR',
  ]);
  assert.deepEqual(show(parseSource(ib('ibtopotool/4.topo'), 'auto').parsed.links), ['S-0021283a8389a0a0 P23 -> nsn33-43 HCA-1/P2 4xQDR']);
  // the man page's example: the ISR9024 reports its ports 10 and 12 at 4xSDR, their far ends (the
  // SW-6IB4 and an HCA) report the same links at 1xSDR: a link runs at the slower
  const man = parseSource(ib('ibtopotool/1.topo'), 'auto').parsed.links;
  assert.equal(man.filter((l) => l.rate?.label === '1xSDR').length, 2);
});

test('bad ibnetdiscover input names the line', () => {
  const text = 'Switch\t36 "S-0002c903007b78b0"\t\t# "MF0;sw1:SX6036/U1" lid 1\n[3]\tthis is not a port line\n';
  assert.throws(() => parseSource({ name: 'fab.topo', text }, 'ibnetdiscover'), /fab\.topo:2: cannot read this port line/);
  assert.throws(() => parseSource({ name: 'fab.topo', text: 'nothing\n' }, 'ibnetdiscover'), /fab\.topo:1: no Switch or Ca blocks/);
});

// A small NDR fabric: two QM9700-like leaves (32 twin-port cages 1/1..32/2 and an RJ45 mgmt0),
// one spine, two servers with 8 x 400G (osfp1/1..osfp4/2), a storage port and a BMC.
const QM: DeviceType = {
  id: 1, slug: 'nvidia-qm9700', manufacturer: 'NVIDIA', model: 'Quantum-2 QM9700', partNumber: 'MQM9700-NS2F', role: 'switch', uHeight: 1,
  isFullDepth: true, maxPowerW: null, typicalPowerW: null, weightKg: null, airflow: null, source: 'test', origin: 'user', ports: [],
};
const DGX: DeviceType = { ...QM, id: 2, slug: 'test-dgx', model: 'DGX test', partNumber: null, role: 'server' };
const MGMT: DeviceType = { ...QM, id: 3, slug: 'test-oob', model: 'OOB switch', partNumber: null, role: 'switch' };
const cages = (n: number) => Array.from({ length: n }, (_, c) => [`${c + 1}/1`, `${c + 1}/2`]).flat();
const SWITCH: (string | PortSpec)[] = [...cages(32), { name: 'mgmt0', speedGbps: 1, lanes: 1, formFactor: 'RJ45' }];
const SERVER: (string | PortSpec)[] = [...['1/1', '1/2', '2/1', '2/2', '3/1', '3/2', '4/1', '4/2'].map((s) => `osfp${s}`), 'slot1/1', { name: 'bmc', speedGbps: 1, lanes: 1, formFactor: 'RJ45' }];
const plan = () =>
  snapshotOf(
    { 'leaf-01': SWITCH, 'leaf-02': SWITCH, 'spine-01': SWITCH, gpu01: SERVER, gpu02: SERVER, oob01: [{ name: 'swp1', speedGbps: 1, lanes: 1, formFactor: 'RJ45' }] },
    [
      ['G1', 'gpu01', 'osfp1/1', 'leaf-01', '1/1'],
      ['G2', 'gpu01', 'osfp1/2', 'leaf-02', '1/1'],
      ['G3', 'gpu02', 'osfp1/1', 'leaf-01', '1/2'],
      ['G4', 'gpu02', 'osfp1/2', 'leaf-02', '1/2'],
      ['U1', 'leaf-01', '17/1', 'spine-01', '1/1'],
      ['U2', 'leaf-02', '17/1', 'spine-01', '1/2'],
      ['M1', 'gpu01', 'bmc', 'oob01', 'swp1'],
    ],
    (n) => (n.startsWith('gpu') ? DGX : n.startsWith('oob') ? MGMT : QM),
  );

const IBNET = `#
# Topology file: written for the test, in ibnetdiscover's format
#
Switch\t65 "S-0000000000000001"\t\t# "MF0;leaf-01:MQM9700/U1" enhanced port 0 lid 1 lmc 0
[1]\t"H-00000000000000a1"[1](a1) \t\t# "gpu01 mlx5_0" lid 11 4xNDR
[2]\t"H-00000000000000b1"[1](b1) \t\t# "gpu02 mlx5_0" lid 21 4xHDR
[33]\t"S-0000000000000003"[1]\t\t# "MF0;spine-01:MQM9700/U1" lid 3 4xNDR
[65]\t"H-00000000000000ff"[1](ff) \t\t# "Mellanox Technologies Aggregation Node" lid 99 4xNDR

Switch\t65 "S-0000000000000002"\t\t# "MF0;leaf-02:MQM9700/U1" enhanced port 0 lid 2 lmc 0
[1]\t"H-00000000000000a2"[1](a2) \t\t# "gpu01 mlx5_1" lid 12 4xNDR
[2]\t"H-00000000000000b2"[1](b2) \t\t# "gpu02 mlx5_1" lid 22 4xNDR
[33]\t"S-0000000000000003"[2]\t\t# "MF0;spine-01:MQM9700/U1" lid 3 4xNDR
`;

test('against a plan: port n is the n-th 400G port (3 -> 2/1, 33 -> 17/1), mlx5_N is server port N+1, a slower link is wrong-speed', () => {
  const r = runAudit(plan(), [{ name: 'fab.topo', text: IBNET }]);
  // G3 trained at 4xHDR = 200 Gb/s on 400 Gb/s ports
  assert.deepEqual([r.matched, r.wrongSpeed, r.missing, r.unexpected], [5, 1, 0, 0]);
  const slow = r.items.find((i) => i.class === 'wrong-speed')!;
  assert.equal(slow.detail, 'G3: trained at 4xHDR (200 Gb/s), planned 400 Gb/s');
  // the BMC cable is Ethernet: an InfiniBand tool does not see it, so it is not audited, not missing
  assert.equal(r.unaudited, 1);
  assert.equal(r.sources[0]!.links, 6);
});

test('a miswire found by ibnetdiscover names the plan ports; an HCA mapping file reorders adapters', () => {
  const moved = IBNET.replace('[1]\t"H-00000000000000a1"[1](a1) \t\t# "gpu01 mlx5_0"', '[3]\t"H-00000000000000a1"[1](a1) \t\t# "gpu01 mlx5_0"');
  const r = runAudit(plan(), [{ name: 'fab.topo', text: moved }]);
  const mis = r.items.find((i) => i.class === 'miswired')!;
  assert.equal(mis.detail, 'G1: gpu01 osfp1/1 should go to leaf-01 1/1, goes to leaf-01 2/1');
  // with a mapping that swaps the first two adapters, mlx5_0 is port 2 (osfp1/2) and mlx5_1 port 1
  const map = parseHcaMap('hca.csv', 'port,hca-name\n1,mlx5_1\n2,mlx5_0\n');
  const swapped = runAudit(plan(), [{ name: 'fab.topo', text: IBNET }], 'auto', { hcaMap: map });
  // (on both servers: G1/G2 on gpu01, G3/G4 on gpu02)
  assert.deepEqual(swapped.items.filter((i) => i.class === 'swapped').map((i) => i.planned.map((p) => p.label).sort().join('+')), ['G1+G2', 'G3+G4']);
  // an adapter the mapping does not name is matched on the host only, with a warning
  const partial = runAudit(plan(), [{ name: 'fab.topo', text: IBNET }], 'auto', { hcaMap: ['mlx5_0'] });
  assert.match(partial.warnings.join('\n'), /host adapter mlx5_1 \(e\.g\. gpu01 mlx5_1\/P1\) is not in the HCA mapping/);
  assert.equal(partial.matched + partial.wrongSpeed, 6);
});

test('ibdiagnet topo file: P<n>, split ports 1/2 and mlx5_N/P1', () => {
  const topo = [
    'MQM9700 leaf-01',
    '   P1 -4x-100G-> HCA_mlx5_0 gpu01 mlx5_0/P1',
    '   P2 -4x-100G-> HCA_mlx5_0 gpu02 mlx5_0/P1',
    '   P17/1 -4x-100G-> MQM9700 spine-01 P1',
    'MQM9700 leaf-02',
    '   P1 -4x-100G-> HCA_mlx5_1 gpu01 mlx5_1/P1',
    '   P2 -4x-100G-> HCA_mlx5_1 gpu02 mlx5_1/P1',
    'MQM9700 leaf-02 P33 -4x-50G-> MQM9700 spine-01 P2',
    'MQM9700 spine-01',
    '   P1 -4x-100G-> MQM9700 leaf-01 P33',
  ].join('\n');
  const src = { name: 'fabric.topo', text: topo };
  assert.equal(detectFormat(src), 'ibdiagnet-topo');
  // 7 lines of links: leaf-01's P17/1 and the spine's "leaf-01 P33" are one cable the parser cannot
  // tell apart (a split-port name and a number); the plan resolves both to leaf-01 17/1
  assert.equal(parseSource(src, 'auto').parsed.links.length, 7);
  const r = runAudit(plan(), [src]);
  assert.deepEqual([r.matched, r.wrongSpeed, r.missing, r.unexpected], [5, 1, 0, 0]);
  assert.match(r.items[0]!.detail, /^U2: trained at 4x-50G \(200 Gb\/s\), planned 400 Gb\/s$/);
});

test('UFM HCA mapping files and default adapter names', () => {
  assert.deepEqual(parseHcaMap('m.csv', 'port,hca-name\n1, mlx5_3\n2,mlx5_0\n'), ['mlx5_3', 'mlx5_0']);
  assert.throws(() => parseHcaMap('m.csv', '1,mlx5_0\n3,mlx5_2\n'), /m\.csv: port 2 is missing/);
  assert.throws(() => parseHcaMap('m.csv', '1,mlx5_0\n2,mlx5_0\n'), /m\.csv:2: mlx5_0 is already port 1/);
  assert.throws(() => parseHcaMap('m.csv', 'one,mlx5_0\n'), /m\.csv:1: expected "port,hca-name"/);
  assert.equal(hcaPortNumber('mlx5_7', null), 8);
  assert.equal(hcaPortNumber('HCA-2', null), 2);
  assert.equal(hcaPortNumber('ibp24s0', null), null);
  assert.equal(hcaPortNumber('ibp24s0', ['ibp24s0']), 1);
});

test('UFM P2P sheet numbers: a host port n is its n-th adapter, a switch port n its n-th port, 1/2 a split port', () => {
  const sheet = ['A-Node Name,A-Type,A-Port,Z-Node Name,Z-Type,Z-Port', 'gpu01,Host,1,leaf-01,Switch,1/1', 'gpu01,Host,2,leaf-02,Switch,1', 'leaf-01,Switch,33,spine-01,Switch,1/1'].join('\n');
  const r = runAudit(plan(), [{ name: 'p2p.csv', text: sheet }]);
  assert.equal(r.matched, 3);
});
