// The built-in DGX B300 and Quantum-X800 Q3400 reproduce NVIDIA's published B300 XDR SuperPOD
// compute fabric: NVIDIA DGX SuperPOD B300 XDR reference architecture, "DGX SuperPOD Architecture",
// Table 3 "Larger DGX SuperPOD component counts" (docs.nvidia.com/dgx-superpod/reference-
// architecture/scalable-infrastructure-b300-xdr/latest/dgx-superpod-architecture.html): 72 DGX
// B300 per SU, 8 x 800G ConnectX-8 per node, 144-port XDR leaves and spines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../../core/catalog/index.js';
import { planFabric } from '../../../core/fabric/plan.js';

const CATALOG = {
  deviceTypes: BUILTIN_DEVICE_TYPES.map((t, i) => ({ ...toDeviceType(t), id: i + 1 })),
  media: BUILTIN_MEDIA.map(toMedia),
};

// SU, nodes, leaf, spine, node-leaf cables, leaf-spine cables, as published. (The RA prints 9,216
// GPUs for 18 SU; 1,296 nodes x 8 GPUs is 10,368, which its cable counts confirm.)
const TABLE_3 = [
  { su: 1, nodes: 72, leaf: 8, spine: 4, nodeLeaf: 576, leafSpine: 576 },
  { su: 2, nodes: 144, leaf: 16, spine: 8, nodeLeaf: 1152, leafSpine: 1152 },
  { su: 4, nodes: 288, leaf: 32, spine: 18, nodeLeaf: 2304, leafSpine: 2304 },
  { su: 8, nodes: 576, leaf: 64, spine: 36, nodeLeaf: 4608, leafSpine: 4608 },
  { su: 18, nodes: 1296, leaf: 144, spine: 72, nodeLeaf: 10368, leafSpine: 10368 },
];

test('rail-optimized with the built-in nvidia-dgx-b300 and nvidia-q3400 gives Table 3 (4 SU: 32 leaves, 18 spines)', () => {
  for (const row of TABLE_3) {
    const s = planFabric({ arch: 'rail-optimized', scalableUnits: row.su, server: 'nvidia-dgx-b300', switch: 'nvidia-q3400' }, CATALOG).summary;
    assert.equal(s.servers, row.nodes, `${row.su} SU nodes`);
    assert.equal(s.gpus, row.nodes * 8, `${row.su} SU GPUs`);
    assert.deepEqual(s.switches, { leaf: row.leaf, spine: row.spine, core: 0, total: row.leaf + row.spine }, `${row.su} SU switches`);
    assert.equal(s.links.byTier['server-leaf'], row.nodeLeaf, `${row.su} SU node-leaf cables`);
    assert.equal(s.links.byTier['leaf-spine'], row.leafSpine, `${row.su} SU leaf-spine cables`);
  }
});

test('the same plan by GPU count: 2,304 GPUs are 4 SU with 18 spines; the DGX B300 BMC and the Q3400 FNM port stay out of the fabric', () => {
  const plan = planFabric({ arch: 'rail-optimized', gpus: 2304, server: 'nvidia-dgx-b300', switch: 'nvidia-q3400' }, CATALOG);
  assert.equal(plan.summary.scalableUnits, 4);
  assert.equal((plan.summary.switches as { spine: number }).spine, 18);
  // 8 compute NICs per node (the 800G ConnectX-8 ports), 144 fabric ports per switch
  assert.equal(plan.server.nicIdx.length, 8);
  assert.equal(plan.sw.radix, 144);
  assert.ok(plan.server.nicIdx.every((i) => plan.server.type.ports[i]!.speedGbps === 800));
});
