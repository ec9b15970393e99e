import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseMedia } from '../../../core/routing/media-choice.js';
import type { PortSpec } from '../../../core/routing/compat.js';
import { World } from './world.js';

const osfp800: PortSpec = { formFactor: 'OSFP', speedGbps: 800, lanes: 8, breakouts: [] };

function catalog() {
  const w = new World();
  w.media({ id: 'DAC-2', kind: 'dac', maxReachM: 2, lengthsM: [1, 2], unitCostUsd: 100, powerW: 0.1 });
  w.media({ id: 'AEC-7', kind: 'aec', maxReachM: 7, lengthsM: [3, 5, 7], unitCostUsd: 250, powerW: 10 });
  w.media({ id: 'SR8', kind: 'transceiver', fiber: 'OM4', connector: 'MPO-16', maxReachM: 100, unitCostUsd: 150, powerW: 16 });
  w.media({ id: 'LPO-DR8', kind: 'transceiver', fiber: 'OS2', connector: 'MPO-16', maxReachM: 500, unitCostUsd: 600, powerW: 8.5 });
  w.media({ id: 'OM4-MPO', kind: 'fiber', formFactor: 'MPO', fiber: 'OM4', connector: 'MPO-16', maxReachM: 0, unitCostUsd: 2 });
  w.media({ id: 'OS2-MPO', kind: 'fiber', formFactor: 'MPO', fiber: 'OS2', connector: 'MPO-16', maxReachM: 0, unitCostUsd: 3 });
  w.media({ id: 'QSFP28-DAC', kind: 'dac', formFactor: 'QSFP28', speedGbps: 100, lanes: 4, maxReachM: 5, unitCostUsd: 10 });
  return w.snap.media;
}

test('a short route takes the passive DAC under either policy when it is cheapest and lowest power', () => {
  const c = chooseMedia(catalog(), osfp800, osfp800, 1400, 'cheapest');
  assert.equal(c.choice?.mediaId, 'DAC-2');
  assert.equal(c.choice?.orderedMm, 2000); // 1.4 m rounds up to the 2 m stock length
  assert.equal(c.choice?.opticA, null);
});

test('cheapest and lowest-power policies pick different media for a 4.3 m route, and say why', () => {
  const media = catalog();
  // Options that fit two OSFP 800G ports and reach 4.3 m:
  //   AEC-7 (5 m stock): $250, 2 ends x 10 W = 20 W
  //   2 x SR8 over OM4: 2 x $150 + 4.3 m x $2 = $308.60, 2 x 16 W = 32 W
  //   2 x LPO-DR8 over OS2: 2 x $600 + 4.3 x $3 = $1212.90, 2 x 8.5 W = 17 W
  // DAC-2 ($100, 0.2 W) would win both but reaches only 2 m. QSFP28-DAC does not fit OSFP.
  const cheap = chooseMedia(media, osfp800, osfp800, 4300, 'cheapest');
  assert.equal(cheap.choice?.mediaId, 'AEC-7');
  assert.equal(cheap.choice?.orderedMm, 5000);
  assert.equal(cheap.choice?.costUsd, 250);
  assert.match(cheap.reason, /^passive DAC reaches 2 m, route is 4\.3 m: AEC AEC-7 5 m chosen/);

  const power = chooseMedia(media, osfp800, osfp800, 4300, 'power');
  assert.equal(power.choice?.mediaId, 'OS2-MPO');
  assert.equal(power.choice?.opticA, 'LPO-DR8');
  assert.equal(power.choice?.opticB, 'LPO-DR8');
  assert.equal(power.choice?.powerW, 2 * 8.5);
  assert.equal(power.choice?.orderedMm, 4300); // structured fibre: exact length
  assert.ok(Math.abs(power.choice!.costUsd! - (2 * 600 + 4.3 * 3)) < 1e-9);
  assert.match(power.reason, /passive DAC reaches 2 m, route is 4\.3 m: 2 x LPO-DR8 over OS2-MPO 4\.3 m chosen \(lowest power/);
});

test('a fibre of the wrong mode is never paired with a transceiver, and optics with no fibre to carry them lose to a complete link', () => {
  const media = catalog().filter((m) => m.id !== 'OS2-MPO');
  const power = chooseMedia(media, osfp800, osfp800, 4300, 'power');
  // LPO-DR8 needs single-mode and no OS2 fibre is left, so 2 x LPO-DR8 (17 W) has nothing to be
  // ordered over. The complete links that reach 4.3 m: AEC-7 at 2 x 10 W = 20 W and 2 x SR8 over
  // OM4 at 2 x 16 W = 32 W: lowest power is AEC-7.
  assert.equal(power.choice?.mediaId, 'AEC-7');
  assert.equal(power.choice?.opticA, null);
  const sr8 = chooseMedia(media, osfp800, osfp800, 4300, 'cheapest');
  assert.notEqual(sr8.choice?.mediaId, 'OS2-MPO');
});

test('optics with no fibre in the catalog are offered only when no complete link reaches', () => {
  // Only the LPO optics reach 40 m, and without OS2 fibre they are the one option: chosen with
  // no media, so the no-media check tells the user which fibre to add.
  const media = catalog().filter((m) => m.id !== 'OS2-MPO' && m.id !== 'SR8');
  const c = chooseMedia(media, osfp800, osfp800, 40000, 'cheapest');
  assert.equal(c.choice?.opticA, 'LPO-DR8');
  assert.equal(c.choice?.mediaId, null);
});

test('nothing fits or nothing reaches: no choice and a reason naming the limit', () => {
  const media = catalog();
  const qsfp: PortSpec = { formFactor: 'QSFP112', speedGbps: 400, lanes: 4, breakouts: [] };
  const none = chooseMedia(media, qsfp, qsfp, 3000, 'cheapest');
  assert.equal(none.choice, null);
  assert.match(none.reason, /nothing in the catalog fits both ports \(QSFP112 400G/);
  const far = chooseMedia(media, osfp800, osfp800, 600_000, 'cheapest'); // 600 m > 500 m LPO reach
  assert.equal(far.choice, null);
  assert.match(far.reason, /route is 600 m .*longest reach is LPO-DR8's 500 m/);
});

test('a twin-port 800G cage breaking out to 2 x 400G accepts a 400G partner', () => {
  const w = new World();
  w.media({ id: 'SPLIT', kind: 'dac', formFactor: 'OSFP twin-port -> 2x OSFP', speedGbps: 800, lanes: 8, maxReachM: 3, lengthsM: [1, 2, 3], unitCostUsd: 90 });
  const sw: PortSpec = { formFactor: 'OSFP', speedGbps: 800, lanes: 8, breakouts: [{ count: 2, speedGbps: 400 }] };
  const hca: PortSpec = { formFactor: 'OSFP', speedGbps: 400, lanes: 4, breakouts: [] };
  const c = chooseMedia(w.snap.media, sw, hca, 2500, 'cheapest');
  assert.equal(c.choice?.mediaId, 'SPLIT');
  assert.equal(c.choice?.orderedMm, 3000);
});

test('one cable between two parallel optics: a type B cord, never a cheaper type A cord, a trunk or a harness', () => {
  const w = new World();
  w.media({ id: 'SR8', kind: 'transceiver', fiber: 'OM4', connector: 'MPO-16', maxReachM: 100, unitCostUsd: 150, powerW: 16 });
  // A type A cord joins Tx 1-8 to Tx 1-8 (TIA-568.3-D); a trunk runs panel to panel; a harness fans out.
  const fibre = { kind: 'fiber' as const, formFactor: 'MPO', fiber: 'OM4' as const, connector: 'MPO-16', maxReachM: 0 };
  w.media({ id: 'CORD-A', ...fibre, unitCostUsd: 1, assembly: { role: 'jumper', legs: 1, fibresPerLeg: 16, polarity: 'A', orderStepM: null, minLengthM: null, weightKgPerM: null, costBaseUsd: null, costPerMUsd: null, splices: 0 } });
  w.media({ id: 'TRUNK', ...fibre, unitCostUsd: 1, assembly: { role: 'trunk', legs: 2, fibresPerLeg: 16, polarity: 'B', orderStepM: 1, minLengthM: 3, weightKgPerM: null, costBaseUsd: 1, costPerMUsd: 0.01, splices: 0 } });
  w.media({ id: 'CORD-B', ...fibre, unitCostUsd: 5 });
  const c = chooseMedia(w.snap.media, osfp800, osfp800, 30_000, 'cheapest');
  // 2 x SR8 ($300) over CORD-B (30 m x $5 = $150): the only carrier left
  assert.equal(c.choice?.mediaId, 'CORD-B');
  assert.equal(c.choice?.costUsd, 450);
});
