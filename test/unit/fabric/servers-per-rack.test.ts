// A plan that puts fewer servers in a rack than asked says so, and why: the rack's height (a
// rack-scale system fills it) or the rack power budget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../../core/catalog/index.js';
import { OPTIC_ALLOWANCE_W } from '../../../core/fabric/layout.js';
import { planFabric } from '../../../core/fabric/plan.js';

const CATALOG = {
  deviceTypes: BUILTIN_DEVICE_TYPES.map((t, i) => ({ ...toDeviceType(t), id: i + 1 })),
  media: BUILTIN_MEDIA.map(toMedia),
};
const perRack = (notes: string[]) => notes.filter((n) => / per rack, not the /.test(n));

test('fewer servers per rack than asked: the note gives the number and the reason', () => {
  const nvl = planFabric({ arch: 'rail-optimized', gpus: 1152, server: 'nvidia-gb300-nvl72', switch: 'nvidia-sn5600' }, CATALOG);
  assert.equal(nvl.placement.serversPerRack, 1);
  assert.deepEqual(perRack(nvl.notes), ['1 server per rack, not the 4 of the servers-per-rack setting: a 48U rack holds 1 48U GB300 NVL72 rack']);

  // DGX H100: its maximum draw plus 8 NICs' optics allowance; a 40 kW budget holds floor(40,000 / that)
  const h100 = CATALOG.deviceTypes.find((t) => t.slug === 'nvidia-dgx-h100')!;
  const each = h100.maxPowerW! + 8 * OPTIC_ALLOWANCE_W;
  const fits = Math.floor(40_000 / each);
  assert.ok(fits < 4);
  const budget = planFabric({ arch: 'rail-optimized', gpus: 1024, rackPowerBudgetW: 40_000 }, CATALOG);
  assert.equal(budget.placement.serversPerRack, fits);
  assert.deepEqual(perRack(budget.notes), [`${fits} servers per rack, not the 4 of the servers-per-rack setting: the 40 kW rack power budget holds ${fits} at ${(each / 1000).toFixed(1)} kW each (optics allowance included)`]);

  assert.deepEqual(perRack(planFabric({ arch: 'rail-optimized', gpus: 1024 }, CATALOG).notes), []);
});
