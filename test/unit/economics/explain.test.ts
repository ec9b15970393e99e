// Why two architectures come out equal, on the built-in catalog (DGX H100, QM9700).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../../core/catalog/index.js';
import { compareRows } from '../../../core/economics/compare.js';
import { compareFabrics, type FabricCatalog } from '../../../core/fabric/plan.js';

const CAT: FabricCatalog = { deviceTypes: BUILTIN_DEVICE_TYPES.map((t, i) => ({ id: i + 1, ...toDeviceType(t) })), media: BUILTIN_MEDIA.map(toMedia) };

test('4,096 GPUs: Clos and rail-optimized are equal (same leaves, same tiers), with the leaf blast radius told apart', () => {
  const { rows, explanations } = compareRows(compareFabrics({ gpus: 4096 } as never, CAT));
  const [clos, ro, only] = rows;
  assert.equal(clos!.switches, ro!.switches);
  assert.equal(clos!.links, ro!.links);
  assert.equal(ro!.sameAs, 'clos');
  assert.equal(explanations.length, 1, explanations.join('\n'));
  // 512 DGX x 8 NICs = 4,096 NICs; a 64-port leaf has 32 downlinks: 128 leaves; a leaf holds
  // 32 NICs: all 8 of 4 servers (Clos) or NIC r of the 32 servers of an SU (rail-optimized).
  assert.match(explanations[0]!, /128 leaves \(4,096 NICs \/ 32 downlinks\) under the same 3-tier fabric/);
  assert.match(explanations[0]!, /cuts off 32 GPUs in both \(all GPUs of 4 servers in Clos, one GPU on each of 32 servers in rail-optimized\)/);
  assert.equal(only!.sameAs, undefined, 'rail-only (8 rails x 16 leaves + 8 spines) is smaller');
  assert.equal(only!.switches, 8 * (16 + 8));
});

test('rail-only equals Clos when a rail needs as many tiers as the whole fabric, and says which radix would save a tier', () => {
  // Radix 32: 8,192 GPUs = 1,024 servers per rail, more than 32^2/2 = 512, so 3 tiers per rail as for the 8,192 NICs of the Clos.
  const { rows, explanations } = compareRows(compareFabrics({ gpus: 8192, radix: 32 } as never, CAT));
  const only = rows.find((r) => r.arch === 'rail-only')!;
  const clos = rows.find((r) => r.arch === 'clos')!;
  assert.equal(only.switches, clos.switches);
  assert.equal(only.sameAs, 'clos');
  const line = explanations.find((e) => e.startsWith('Rail-only'))!;
  assert.match(line, /each of the 8 rails has 1,024 servers, which on radix 32 need 3 tiers \(2 tiers hold at most 32²\/2 = 512 servers per rail\)/);
  // Two tiers hold R^2/2 per rail: R >= sqrt(2 x 1,024) = 45.3, so 46; one switch per rail: R >= 1,024.
  assert.match(line, /one switch per rail needs radix >= 1,024, two tiers need radix >= 46\./);
});
