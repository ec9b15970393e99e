// Cost split and failure exposure of small fabrics worked out by hand: 8 one-NIC hosts on radix-4
// switches make a two-tier Clos of 4 leaves and 2 spines (each leaf: 2 down, 1 link to each spine).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFabric } from '../../../core/fabric/plan.js';
import { catalog, radix4, RATES } from './fixture.js';

const CLOS8 = { arch: 'clos', gpus: 8, server: 'host', switch: 'r4' } as const;

test('two-tier Clos of 8 hosts: counts, cost split and estimates by hand', () => {
  const s = planFabric(CLOS8, catalog()).summary;
  assert.deepEqual(s.switches, { leaf: 4, spine: 2, core: 0, total: 6 });
  assert.equal(s.links.total, 16);
  // Every link is a pair of SR4 modules (one per port, share 1) over one 10 USD cord.
  assert.deepEqual(s.optics, { SR4: 32 });
  assert.deepEqual(s.cables, { CORD: 16 });
  const c = s.cost;
  assert.equal(c.switchesUsd, 6 * 1000);
  assert.equal(c.opticsUsd, 32 * 100);
  assert.equal(c.cablesUsd, 16 * 10);
  assert.equal(c.trunksUsd, 0);
  assert.equal(c.totalUsd, 6000 + 3200 + 160);
  assert.deepEqual(c.perGpu, { switches: 750, optics: 400, cables: 20, trunks: 0, total: 1170 });
  assert.equal(c.serversUsd, 8 * 10_000);
  assert.equal(c.complete, true);
  // The switch and the optic are estimates; the cord is the user's price, so it is not listed.
  assert.deepEqual(c.estimates.map((e) => e.id), ['r4', 'SR4']);
  assert.equal(s.costUsd, c.totalUsd);
  assert.equal(s.costPerGpuUsd, 1170);
  // Power: 6 switches x 100 W + 32 modules x 2 W.
  assert.equal(s.powerW, 600 + 64);
  assert.equal(s.power.perGpuW, 664 / 8);
});

test('two-tier Clos of 8 hosts: failure exposure and blast radius by hand', () => {
  const f = planFabric(CLOS8, catalog()).summary.failures;
  assert.equal(f.linkFailuresPerMonth, 16 * 0.01);
  assert.equal(f.opticFailuresPerMonth, 32 * 0.005);
  assert.equal(f.switchFailuresPerMonth, 6 * 0.02);
  // A leaf holds 2 hosts: both lose their only NIC path. A spine is one of each leaf's two uplinks.
  assert.equal(f.gpusPerSwitchFailure, 2);
  assert.deepEqual(f.blastRadius, [
    { tier: 'leaf', switches: 4, gpusCutOff: 2, serversTouched: 2, gpusDegraded: 0, bandwidthLossPct: 0 },
    { tier: 'spine', switches: 2, gpusCutOff: 0, serversTouched: 0, gpusDegraded: 8, bandwidthLossPct: 50 },
  ]);
  // Interruptions: any of the 8 host links, or any of the 4 leaves; GPUs cut off: 1 per link, 2 per leaf.
  assert.equal(f.jobInterruptionsPerMonth, 8 * 0.01 + 4 * 0.02);
  assert.equal(f.gpusCutOffPerMonth, 8 * 0.01 * 1 + 4 * 0.02 * 2);
  assert.equal(f.linksPerGpu, 2);
  assert.equal(f.opticsPerGpu, 4);
  assert.equal(f.fibreConnectorsPerGpu, 4);
  assert.deepEqual(f.rates, RATES);
});

test('a leaf with one spine above it: the spine cuts everything below it off', () => {
  // 4 hosts forced into two tiers: 2 leaves, each with both uplinks to the one spine.
  const f = planFabric({ ...CLOS8, gpus: 4, tiers: 2 }, catalog()).summary.failures;
  const spine = f.blastRadius.find((b) => b.tier === 'spine')!;
  assert.equal(spine.switches, 1);
  assert.equal(spine.gpusCutOff, 4);
  assert.equal(spine.bandwidthLossPct, 100);
});

test('three tiers: a core failure degrades, never cuts off, the leaves under it', () => {
  // 8 hosts on radix 4 in three tiers: 4 leaves in 2 pods of 2 leaves and 2 spines; each spine has
  // both uplinks to its one core (spine j of each pod joins core j). Losing core j takes all of
  // spine j's uplinks, which is half of every leaf's way out of its pod; the leaves keep spine 1-j.
  const f = planFabric({ ...CLOS8, tiers: 3 }, catalog()).summary.failures;
  assert.deepEqual(f.blastRadius.map((b) => [b.tier, b.switches]), [['leaf', 4], ['spine', 4], ['core', 2]]);
  const spine = f.blastRadius.find((b) => b.tier === 'spine')!;
  // A spine is one of its 2 leaves' two uplinks: 4 GPUs lose half their bandwidth.
  assert.deepEqual([spine.gpusCutOff, spine.gpusDegraded, spine.bandwidthLossPct], [0, 4, 50]);
  const core = f.blastRadius.find((b) => b.tier === 'core')!;
  assert.deepEqual([core.gpusCutOff, core.gpusDegraded, core.bandwidthLossPct], [0, 8, 50]);
  // Only a leaf cuts GPUs off: interruptions are the 8 host links and the 4 leaves.
  assert.equal(f.jobInterruptionsPerMonth, 8 * 0.01 + 4 * 0.02);
});

test('rates given for one plan replace the project rates one by one', () => {
  const f = planFabric({ ...CLOS8, failureRates: { switchPctPerMonth: 10 } }, catalog()).summary.failures;
  assert.deepEqual(f.rates, { ...RATES, switchPctPerMonth: 10 });
  assert.equal(f.switchFailuresPerMonth, 0.6); // 6 switches x 10 %
});

test('a switch without a price (a NetBox import) is never priced: the cost says which type lacks one', () => {
  const s = planFabric(CLOS8, catalog(radix4({ origin: 'netbox', unitCostUsd: null, costSource: null, costEstimate: false }))).summary;
  assert.equal(s.costComplete, false);
  assert.deepEqual(s.cost.missing, ['switch r4 (netbox import)']);
  assert.equal(s.cost.switchesUsd, 0);
  assert.equal(s.costUsd, 3200 + 160);
  assert.ok(s.notes.some((n) => n.includes('no price for switch r4 (netbox import)')));
  // An explicit price for the comparison completes it and is the user's, not an estimate.
  const p = planFabric({ ...CLOS8, switchPriceUsd: 500 }, catalog(radix4({ origin: 'netbox', unitCostUsd: null }))).summary;
  assert.equal(p.costComplete, true);
  assert.equal(p.cost.switchesUsd, 3000);
  assert.ok(!p.cost.estimates.some((e) => e.id === 'r4'));
});
