// Switch and cable counts against the published designs. Each case cites its table or formula;
// expected values are the published numbers (or the formula worked out in the test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFabric, type FabricSummary } from '../../../core/fabric/plan.js';
import type { FabricInputsIn } from '../../../core/fabric/inputs.js';
import { CATALOG } from './hardware-fixtures.js';

function plan(inputs: FabricInputsIn): FabricSummary {
  return planFabric(inputs, CATALOG).summary;
}

function clos(s: FabricSummary) {
  assert.ok('leaf' in s.switches, `${s.arch} has leaf/spine/core switches`);
  return s.switches;
}

test('Al-Fares k-ary fat tree (SIGCOMM 2008, sec. 3): k^3/4 hosts, k^2/2 edge and aggregation, (k/2)^2 core, 5k^2/4 switches', () => {
  for (const k of [4, 8, 48]) {
    const hosts = k ** 3 / 4;
    const s = plan({ arch: 'clos', gpus: hosts, server: 'test-host', switch: `test-r${k}`, tiers: 3 });
    const sw = clos(s);
    assert.equal(s.endpoints, hosts, `k=${k}: hosts`);
    assert.equal(sw.leaf, (k * k) / 2, `k=${k}: edge switches = k pods x k/2`);
    assert.equal(sw.spine, (k * k) / 2, `k=${k}: aggregation switches = k pods x k/2`);
    assert.equal(sw.core, (k / 2) ** 2, `k=${k}: core switches`);
    assert.equal(sw.total, (5 * k * k) / 4, `k=${k}: 5k^2/4 switches`);
    // Non-blocking: every tier carries as many links as there are hosts.
    assert.deepEqual(s.links.byTier, { 'server-leaf': hosts, 'leaf-spine': hosts, 'spine-core': hosts });
  }
});

test('tiers auto: two tiers up to R^2/2 endpoints, three beyond (topologies.md, non-blocking leaf-spine)', () => {
  const R = 64;
  const two = plan({ arch: 'clos', gpus: (R * R) / 2, server: 'test-host', switch: 'test-r64' });
  assert.equal(two.tiers, 2);
  assert.deepEqual(clos(two), { leaf: R, spine: R / 2, core: 0, total: R + R / 2 });
  const three = plan({ arch: 'clos', gpus: (R * R) / 2 + 1, server: 'test-host', switch: 'test-r64' });
  assert.equal(three.tiers, 3);
});

test('oversubscription r:1 at the leaf: down = R*r/(1+r), up = R/(1+r) (topologies.md)', () => {
  const R = 64;
  const r = 3;
  const down = (R * r) / (1 + r); // 48
  const up = R / (1 + r); // 16
  const leaves = 64;
  const s = plan({ arch: 'clos', gpus: leaves * down, server: 'test-host', switch: 'test-r64', oversubscription: r });
  assert.equal(s.oversubscription, down / up);
  const sw = clos(s);
  assert.equal(sw.leaf, leaves);
  // 64 leaves x 16 uplinks = 1024 spine ports = 16 spines of 64 ports, one link per leaf-spine pair.
  assert.equal(sw.spine, (leaves * up) / R);
  assert.equal(s.links.byTier['leaf-spine'], leaves * up);
});

// NVIDIA DGX SuperPOD H100 reference architecture, "Network Fabrics", Table 4 "Compute fabric
// component count" (docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-h100/
// latest/network-fabrics.html). The RA removes one DGX per design for the UFM appliance, whose 4
// links are counted in "Compute and UFM": so our server-leaf cables = published - 4.
const H100_TABLE_4 = [
  { su: 1, nodes: 31, gpus: 248, leaf: 8, spine: 4, computeAndUfm: 252, spineLeaf: 256 },
  { su: 2, nodes: 63, gpus: 504, leaf: 16, spine: 8, computeAndUfm: 508, spineLeaf: 512 },
  { su: 3, nodes: 95, gpus: 760, leaf: 24, spine: 16, computeAndUfm: 764, spineLeaf: 768 },
  { su: 4, nodes: 127, gpus: 1016, leaf: 32, spine: 16, computeAndUfm: 1020, spineLeaf: 1024 },
];

test('DGX SuperPOD H100 Table 4: leaf, spine and cable counts for 1-4 SU (3 SU: 16 spines, not the naive 12)', () => {
  for (const row of H100_TABLE_4) {
    const s = plan({ arch: 'rail-optimized', gpus: row.gpus, server: 'test-dgx', switch: 'test-qm' });
    assert.equal(s.scalableUnits, row.su, `${row.su} SU`);
    assert.equal(s.servers, row.nodes);
    assert.deepEqual(clos(s), { leaf: row.leaf, spine: row.spine, core: 0, total: row.leaf + row.spine }, `${row.su} SU switches`);
    assert.equal(s.links.byTier['leaf-spine'], row.spineLeaf, `${row.su} SU spine-leaf cables`);
    assert.equal(s.links.byTier['server-leaf'], row.computeAndUfm - 4, `${row.su} SU node-leaf cables (UFM links excluded)`);
  }
});

// NVIDIA DGX SuperPOD B200 reference architecture, "DGX SuperPOD Architecture", larger SuperPOD
// component counts (docs.nvidia.com/dgx-superpod/reference-architecture-scalable-infrastructure-
// b200/latest/dgx-superpod-architecture.html): 32 DGX B200 (8 x 400G NDR) per SU on QM9700.
const B200_TABLE = [
  { su: 2, leaf: 16, spine: 8, core: 0, cables: 512 },
  { su: 4, leaf: 32, spine: 16, core: 0, cables: 1024 },
  { su: 8, leaf: 64, spine: 32, core: 0, cables: 2048 },
  { su: 16, leaf: 128, spine: 128, core: 64, cables: 4096 },
  { su: 32, leaf: 256, spine: 256, core: 128, cables: 8192 },
  { su: 64, leaf: 512, spine: 512, core: 256, cables: 16384 },
];

test('DGX SuperPOD B200 table: leaf, spine, core switches and cables per tier for 2-64 SU', () => {
  for (const row of B200_TABLE) {
    const s = plan({ arch: 'rail-optimized', scalableUnits: row.su, server: 'test-dgx', switch: 'test-qm' });
    assert.equal(s.gpus, row.su * 32 * 8);
    assert.deepEqual(clos(s), { leaf: row.leaf, spine: row.spine, core: row.core, total: row.leaf + row.spine + row.core }, `${row.su} SU`);
    assert.deepEqual(
      s.links.byTier,
      { 'server-leaf': row.cables, 'leaf-spine': row.cables, 'spine-core': row.core ? row.cables : 0 },
      `${row.su} SU cables per tier`,
    );
  }
});

// NVIDIA DGX SuperPOD B300 XDR reference architecture, Table 3 "Example Compute Fabric Components"
// (docs.nvidia.com/dgx-superpod/reference-architecture/scalable-infrastructure-b300-xdr/latest/
// dgx-superpod-architecture.html): 72 DGX B300 (8 x 800G) per SU on 144-port Quantum-X800.
// 4 SU: 18 spines where the naive 2304 / 144 gives 16; 8 SU: 36, not 32.
const B300_XDR_TABLE = [
  { su: 1, leaf: 8, spine: 4 },
  { su: 2, leaf: 16, spine: 8 },
  { su: 4, leaf: 32, spine: 18 },
  { su: 8, leaf: 64, spine: 36 },
  { su: 18, leaf: 144, spine: 72 },
];

test('DGX SuperPOD B300 XDR Table 3: spines divide each leaf uplink count evenly (18 and 36 spines)', () => {
  for (const row of B300_XDR_TABLE) {
    const s = plan({ arch: 'rail-optimized', scalableUnits: row.su, server: 'test-dgx-800', switch: 'test-xdr' });
    const cables = row.su * 72 * 8;
    assert.deepEqual(clos(s), { leaf: row.leaf, spine: row.spine, core: 0, total: row.leaf + row.spine }, `${row.su} SU`);
    assert.equal(s.links.byTier['server-leaf'], cables);
    assert.equal(s.links.byTier['leaf-spine'], cables);
  }
});

test('rail-only (Wang et al., arXiv 2307.12169): rail switches only, no spine; per-rail Clos when a rail outgrows one switch', () => {
  // 32 DGX (256 GPUs): each of the 8 rails fits one 64-port switch.
  const small = plan({ arch: 'rail-only', gpus: 256, server: 'test-dgx', switch: 'test-qm' });
  assert.deepEqual(clos(small), { leaf: 8, spine: 0, core: 0, total: 8 });
  assert.equal(small.links.total, 256, 'one link per GPU, nothing above the rail switches');
  const ro = plan({ arch: 'rail-optimized', gpus: 256, server: 'test-dgx', switch: 'test-qm' });
  assert.ok(small.switches.total < ro.switches.total && small.transceivers < ro.transceivers, 'cheaper than rail-optimized');
  // 512 DGX: each rail has 512 NICs; a non-blocking two-tier Clos of radix 64 per rail has
  // 512 / 32 = 16 leaves and 16 * 32 / 64 = 8 spines; 8 rails.
  const big = plan({ arch: 'rail-only', gpus: 4096, server: 'test-dgx', switch: 'test-qm' });
  assert.deepEqual(clos(big), { leaf: 8 * 16, spine: 8 * 8, core: 0, total: 8 * 24 });
  assert.equal(big.links.byTier['leaf-spine'], 8 * 16 * 32);
});

test('Dragonfly (Kim et al., ISCA 2008): balanced a = 2p = 2h, g = a*h + 1 groups, N = a*p*g terminals', () => {
  for (const h of [2, 4, 8]) {
    const p = h;
    const a = 2 * h;
    const g = a * h + 1;
    const N = a * p * g; // 72, 1056, 16512
    const k = p + a - 1 + h;
    const s = plan({ arch: 'dragonfly', gpus: N, p, a, h, server: 'test-host', switch: `test-r${k}` });
    assert.deepEqual(s.dragonfly, { p, a, h, groups: g, linksPerGroupPair: 1 });
    assert.deepEqual(s.switches, { routers: a * g, total: a * g });
    assert.deepEqual(s.links.byTier, { terminal: N, local: (g * a * (a - 1)) / 2, global: (g * (g - 1)) / 2 });
  }
});
