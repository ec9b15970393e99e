// The fabric exports' pure builders on the small hall of fabric-plan.ts, against hand-written
// expectations: roles and waves, Slurm topology, hostlists, UFM files, ibnetdiscover round trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAudit } from '../../../core/audit/run.js';
import { bringUp } from '../../../core/export/bringup.js';
import { fabricRoles } from '../../../core/export/fabric-roles.js';
import { hostlist } from '../../../core/export/hostlist.js';
import { ibnetdiscoverTopology } from '../../../core/export/ibnetdiscover.js';
import { hallPlan } from '../../../core/export/plan-links.js';
import { slurmTopology } from '../../../core/export/slurm-topology.js';
import { ufmHcaMapping } from '../../../core/export/ufm-hca-mapping.js';
import { ufmLayoutRows } from '../../../core/export/ufm-layout.js';
import { ufmP2pRows } from '../../../core/export/ufm-p2p.js';
import type { DeviceType } from '../../../core/model/entities.js';
import { fabricSnapshot } from './fabric-plan.js';

const snap = fabricSnapshot();
const plan = hallPlan(snap, undefined);
const types = new Map(snap.deviceTypes.map((t) => [t.id, t]));
const roles = fabricRoles(plan, types);
const id = (name: string) => plan.devices.find((d) => d.name === name)!.id;
const opts = { project: 'p', date: '2026-12-01' };

test('Slurm hostlists keep zero padding and compress runs', () => {
  assert.equal(hostlist(['gpu0003', 'gpu0001', 'gpu0002', 'gpu0007']), 'gpu[0001-0003,0007]');
  assert.equal(hostlist(['n9', 'n10', 'n11']), 'n9,n[10-11]');
  assert.equal(hostlist(['login', 'su02-leaf-r1', 'su01-leaf-r2', 'su01-leaf-r1']), 'login,su01-leaf-r[1-2],su02-leaf-r1');
  assert.equal(hostlist(['gpu1']), 'gpu1');
});

test('roles from the cabling: leaves, spines, scalable units, and the bring-up wave of every link', () => {
  assert.deepEqual(['gpu01', 'leaf1', 'spine1', 'mgmt1', 'oob1'].map((n) => roles.role(id(n))), ['server', 'leaf', 'spine', 'switch', 'switch']);
  assert.deepEqual(roles.sus.map((s) => [s.name, s.servers.map((d) => d.name), s.leaves.map((d) => d.name)]), [
    ['SU 01', ['gpu01', 'gpu02'], ['leaf1', 'leaf2']],
    ['SU 02', ['gpu03', 'gpu04'], ['leaf3', 'leaf4']],
  ]);
  const count = (w: number) => plan.links.filter((l) => roles.waveOf(l) === w).length;
  // OOB: 4 BMCs + 7 switch mgmt0; management: 4 storage ports; spine-leaf: 4 leaves x 2 spines; 4 compute links per SU
  assert.deepEqual([1, 2, 3, 4, 5].map(count), [11, 4, 8, 4, 4]);
  assert.deepEqual(roles.waves.map((w) => w.wave), [1, 2, 3, 4, 5]);
  assert.deepEqual(['oob1', 'mgmt1', 'leaf3', 'spine2', 'gpu02', 'gpu04'].map((n) => roles.powerWave(id(n))), [1, 1, 3, 3, 4, 5]);
});

test('slurm-topology: leaves with their servers, spines with the leaves; block form by SU or by rack', () => {
  assert.equal(
    slurmTopology(plan, types, roles, opts),
    [
      '# Slurm topology.conf for hall "Hall A", from the Trayline plan p (2026-12-01).',
      '# TopologyPlugin=topology/tree. 4 leaf switches, 2 above them, 4 nodes.',
      'SwitchName=leaf1 Nodes=gpu[01-02]',
      'SwitchName=leaf2 Nodes=gpu[01-02]',
      'SwitchName=leaf3 Nodes=gpu[03-04]',
      'SwitchName=leaf4 Nodes=gpu[03-04]',
      'SwitchName=spine1 Switches=leaf[1-4]',
      'SwitchName=spine2 Switches=leaf[1-4]',
      '',
    ].join('\n'),
  );
  assert.match(slurmTopology(plan, types, roles, { ...opts, block: 'su' }), /^BlockName=su01 Nodes=gpu\[01-02\]\nBlockName=su02 Nodes=gpu\[03-04\]\n$/m);
  assert.match(slurmTopology(plan, types, roles, { ...opts, block: 'rack' }), /^BlockName=A01 Nodes=gpu\[01-02\]\nBlockName=A02 Nodes=gpu\[03-04\]\n$/m);
});

test('ibnetdiscover export audits back as the plan: the InfiniBand links matched, Ethernet ones not audited', () => {
  const { text, links } = ibnetdiscoverTopology(plan, types, { hcaMap: null, project: 'p', date: '2026-12-01' });
  // 8 compute links + 8 leaf-spine links touch the QM9700-like switches
  assert.equal(links, 16);
  assert.match(text, /^Switch\t4 "S-[0-9a-f]{16}"\t\t# "MF0;leaf1:MQM9700\/U1" enhanced port 0 lid \d+ lmc 0$/m);
  assert.match(text, /^Ca\t1 "H-[0-9a-f]{16}"\t\t# "gpu03 mlx5_1"$/m);
  const r = runAudit(snap, [{ name: 'plan.topo', text }]);
  assert.deepEqual([r.matched, r.missing, r.unexpected, r.unaudited], [16, 0, 0, 15]);
});

test('UFM P2P rows: hosts on the A side by adapter number, switches by port name, with rack and U', () => {
  const rows = ufmP2pRows(plan, types, roles);
  assert.equal(rows.length, plan.links.length);
  // gpu01 (rack A01, U1): c1 is its adapter 1, st1 its adapter 3; the BMC is not an IB port
  assert.deepEqual(rows.filter((r) => r[2] === 'gpu01').map((r) => r.slice(0, 10).join(' ')), [
    'A01 1 gpu01 Host 1 N01 1 leaf1 Switch 1/1',
    'A01 1 gpu01 Host 2 N01 3 leaf2 Switch 1/1',
    'A01 1 gpu01 Host 3 N02 5 mgmt1 Switch swp1',
    'A01 1 gpu01 Host bmc N02 7 oob1 Switch ge1',
  ]);
  // leaf before spine
  assert.ok(rows.some((r) => r[2] === 'leaf1' && r[7] === 'spine1'));
  assert.equal(ufmHcaMapping(plan, types, null), 'port,hca-name\n1,mlx5_0\n2,mlx5_1\n3,mlx5_2\n');
  assert.equal(ufmHcaMapping(plan, types, ['mlx5_1', 'mlx5_0', 'mlx5_4']), 'port,hca-name\n1,mlx5_1\n2,mlx5_0\n3,mlx5_4\n');
  assert.deepEqual(ufmLayoutRows(plan, roles, () => 'Row 1'), [
    ['A01', 'Hall A', 'SU 01', 'Row 1'],
    ['A02', 'Hall A', 'SU 02', 'Row 1'],
    ['N01', 'Hall A', 'SU 01 + SU 02', 'Row 1'],
    ['N02', 'Hall A', '', 'Row 1'],
  ]);
});

test('bring-up: each wave powers its devices first, then lists its links, lower tier on the A side', () => {
  const waves = bringUp(plan, roles);
  assert.deepEqual(waves.map((w) => [w.wave, w.name, w.devices, w.links]), [
    [1, 'Out-of-band management', 2, 11],
    [2, 'Management core (in-band management, storage)', 0, 4],
    [3, 'Spine and leaf', 6, 8],
    [4, 'Compute fabric SU 01', 2, 4],
    [5, 'Compute fabric SU 02', 2, 4],
  ]);
  const w4 = waves[3]!.rows;
  assert.deepEqual(w4.map((r) => `${r[2]} ${r[4]}`), ['power on gpu01', 'power on gpu02', 'cable gpu01:c1/leaf1:1/1', 'cable gpu01:c2/leaf2:1/1', 'cable gpu02:c1/leaf1:1/2', 'cable gpu02:c2/leaf2:1/2']);
  // a leaf-to-spine link is written leaf first
  assert.deepEqual(waves[2]!.rows.find((r) => r[2] === 'cable')!.slice(7, 13), ['leaf1', '2/1', 'N02', 1, 'spine1', '1/1']);
});

test('audit --wave: one wave\'s planned cables, and only the found links at their ports', () => {
  const { text } = ibnetdiscoverTopology(plan, types, { hcaMap: null, project: 'p', date: '2026-12-01' });
  const r = runAudit(snap, [{ name: 'plan.topo', text }], 'auto', { wave: 5 });
  assert.deepEqual([r.wave, r.matched, r.missing, r.unexpected, r.unaudited], [5, 4, 0, 0, 0]);
  // wave 3 with SU 2's compute links missing on the floor is still clean
  // SU 2's servers not cabled yet: their adapters' blocks (header and port line) and the leaves' lines to them gone
  const lines = text.split('\n');
  const gone = (l: string | undefined) => l !== undefined && /"gpu0[34] /.test(l);
  const cut = lines.filter((l, i) => !gone(l) && !(lines[i - 1]?.startsWith('Ca\t') && gone(lines[i - 1]))).join('\n');
  assert.deepEqual([runAudit(snap, [{ name: 'cut.topo', text: cut }], 'auto', { wave: 3 }).matched, runAudit(snap, [{ name: 'cut.topo', text: cut }], 'auto', { wave: 5 }).missing], [8, 4]);
  assert.throws(() => runAudit(snap, [{ name: 'plan.topo', text }], 'auto', { wave: 9 }), /wave 9 does not exist: the plan has waves 1, 2, 3, 4, 5/);
});

test('slurm-topology: a rack-scale NVL72 is one node per compute tray, its NVLink domain one block', () => {
  const nvl: DeviceType = { ...snap.deviceTypes[0]!, id: 9, slug: 'nvl-test', model: 'NVL test rack', rackScale: true, nvlinkDomainGpus: 4,
    ports: ['tray1/cx1', 'tray1/cx2', 'tray2/cx1', 'tray2/cx2'].map((name) => ({ name, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear' as const, breakouts: [] })) };
  const s2 = fabricSnapshot();
  s2.deviceTypes.push(nvl);
  const rackId = s2.racks[0]!.id;
  s2.devices.push({ id: 100, rackId, name: 'nvl01', typeId: 9, u: 1, face: 'front' });
  nvl.ports.forEach((p, i) => s2.ports.push({ id: 1000 + i, deviceId: 100, name: p.name, kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear' }));
  // gpu02's two compute cables (to leaf1 1/2 and leaf2 1/2) give way to tray1/cx1 -> leaf1 1/2 and tray2/cx2 -> leaf2 1/2
  const leafPort = (leaf: string, name: string) => s2.ports.find((p) => p.deviceId === s2.devices.find((d) => d.name === leaf)!.id && p.name === name)!.id;
  s2.cables = s2.cables.filter((c) => ![leafPort('leaf1', '1/2'), leafPort('leaf2', '1/2')].includes(c.bPortId));
  s2.cables.push(
    { ...s2.cables[0]!, id: 500, label: 'N1', aPortId: 1000, bPortId: leafPort('leaf1', '1/2') },
    { ...s2.cables[0]!, id: 501, label: 'N2', aPortId: 1003, bPortId: leafPort('leaf2', '1/2') },
  );
  const p2 = hallPlan(s2, undefined);
  const t2 = new Map(s2.deviceTypes.map((t) => [t.id, t]));
  const text = slurmTopology(p2, t2, fabricRoles(p2, t2), opts);
  // gpu02 is on no leaf now; nvl01's tray1 hangs off leaf1, its tray2 off leaf2
  assert.match(text, /^SwitchName=leaf1 Nodes=gpu01,nvl01-tray1$/m);
  assert.match(text, /^SwitchName=leaf2 Nodes=gpu01,nvl01-tray2$/m);
  assert.match(text, /one node per compute tray/);
  assert.match(slurmTopology(p2, t2, fabricRoles(p2, t2), { ...opts, block: 'nvlink' }), /^BlockName=nvl01 Nodes=nvl01-tray\[1-2\]$/m);
});
