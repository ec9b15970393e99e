// The media chooser at the speed both ports share (link-speed.ts), co-packaged-optics ports and
// linear optics, on a small catalog of our own (prices and watts chosen so that the cheapest or
// lowest-power option would be the wrong one without each rule).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import type { PortSpec } from '../../../core/routing/compat.js';
import { linkSpeedGbps } from '../../../core/routing/link-speed.js';
import { chooseMedia } from '../../../core/routing/media-choice.js';
import { World } from './world.js';

// A twin-port cage of 800G ports that may split 2 x 400G (Q3400-like), a single-port 800G NIC cage
// (ConnectX-8-like), a 400G port, and an 800G co-packaged MPO-12 port of 4 lanes (Q3450-LD-like).
const twin800: PortSpec = { formFactor: 'OSFP', speedGbps: 800, lanes: 4, breakouts: [{ count: 2, speedGbps: 400 }] };
const nic800: PortSpec = { formFactor: 'OSFP', speedGbps: 800, lanes: 4, breakouts: [], singlePort: true };
const p400: PortSpec = { formFactor: 'OSFP', speedGbps: 400, lanes: 8, breakouts: [] };
const cpo800: PortSpec = { formFactor: 'MPO-12', speedGbps: 800, lanes: 4, breakouts: [], cpo: true };

function catalog() {
  const w = new World();
  const opt = { kind: 'transceiver' as const, fiber: 'OS2' as const, connector: 'MPO-12 APC', maxReachM: 500 };
  w.media({ id: 'SR8-400', ...opt, speedGbps: 400, lanes: 8, fiber: 'OM4', connector: 'MPO-16', maxReachM: 100, unitCostUsd: 100, powerW: 12 });
  w.media({ id: 'TWIN-1600-DR4', ...opt, speedGbps: 1600, formFactor: 'OSFP twin-port', lanes: 8, connector: '2x MPO-12 APC', unitCostUsd: 1000, powerW: 25 });
  w.media({ id: 'SINGLE-800-DR4', ...opt, speedGbps: 800, formFactor: 'OSFP (single-port)', lanes: 4, unitCostUsd: 1500, powerW: 16 });
  w.media({ id: 'DR8-800', ...opt, speedGbps: 800, lanes: 8, connector: 'MPO-16 APC', unitCostUsd: 700, powerW: 17 });
  w.media({ id: 'LPO-800', ...opt, speedGbps: 800, lanes: 4, unitCostUsd: 600, powerW: 9, linear: 'lpo' });
  w.media({ id: 'NDR-TWIN-DAC', kind: 'dac', speedGbps: 800, formFactor: 'OSFP twin-port (2x400G)', maxReachM: 3, lengthsM: [3], unitCostUsd: 50, powerW: 0.1 });
  w.media({ id: 'MPO-OS2', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-12', lanes: 12, connector: 'MPO-12 APC', fiber: 'OS2', maxReachM: 10000, lengthsM: [5, 10, 20], unitCostUsd: 80 });
  w.media({ id: 'MPO-OM4', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-16', lanes: 16, connector: 'MPO-16', fiber: 'OM4', maxReachM: 100, lengthsM: [5, 10, 20], unitCostUsd: 20 });
  w.media({ id: 'MPO16-OS2', kind: 'fiber', speedGbps: 0, formFactor: 'MPO-16', lanes: 16, connector: 'MPO-16 APC', fiber: 'OS2', maxReachM: 10000, lengthsM: [5, 10, 20], unitCostUsd: 90 });
  return w.snap.media;
}

test('link speed: what both ports share natively; when they differ, the slower if the faster breaks out to it', () => {
  assert.equal(linkSpeedGbps(twin800, twin800), 800);
  assert.equal(linkSpeedGbps(twin800, p400), 400); // the 800G port splits 2 x 400G
  assert.equal(linkSpeedGbps(nic800, p400), null); // the NIC does not split
  assert.equal(linkSpeedGbps(twin800, { ...p400, speedGbps: 0 }), 800); // a passive panel port
});

test('800G switch to switch: the 2 x 800G twin module, never the cheaper 400G optic through a breakout', () => {
  // At 3 m: the $50 NDR twin DAC carries 2 x 400G (400G per port), the $100 pair of 400G SR8
  // needs the 2 x 400G breakout: both half speed. The link runs at 800G: 2 x TWIN-1600-DR4, each
  // serving two ports of its cage, $1000 x 0.5 x 2 = $1000 + a $80 cord = $1080; 25 W x 0.5 x 2.
  const c = chooseMedia(catalog(), twin800, twin800, 3000, 'cheapest');
  assert.deepEqual([c.choice?.opticA, c.choice?.opticB, c.choice?.mediaId], ['TWIN-1600-DR4', 'TWIN-1600-DR4', 'MPO-OS2']);
  assert.equal(c.choice?.costUsd, 1080);
  assert.equal(c.choice?.powerW, 25);
  // An 800G port to a 400G port: the link is 400G (the 800G port splits 2 x 400G), so the 400G
  // optics are right: 2 x $100 + the $20 OM4 cord.
  const b = chooseMedia(catalog(), twin800, p400, 3000, 'cheapest');
  assert.deepEqual([b.choice?.opticA, b.choice?.opticB, b.choice?.mediaId, b.choice?.costUsd], ['SR8-400', 'SR8-400', 'MPO-OM4', 220]);
});

test('an 800G single-port NIC cage takes an 800G single-port module, not a 2 x 800G twin', () => {
  // NIC end: SINGLE-800-DR4 ($1500); switch end: the twin at half ($500); cord $80 = $2080.
  // Without the cage rule the twin at both ends would cost $1080.
  const c = chooseMedia(catalog(), nic800, twin800, 10_000, 'cheapest');
  assert.deepEqual([c.choice?.opticA, c.choice?.opticB], ['SINGLE-800-DR4', 'TWIN-1600-DR4']);
  assert.equal(c.choice?.costUsd, 2080);
});

test('a co-packaged port takes the fibre itself: no transceiver there, a DR4-class optic and single-mode MPO at the far end', () => {
  // CPO end: nothing. Far end (twin800): TWIN-1600-DR4 ($500 share, 12.5 W share) has 4 lanes per
  // port on MPO, as the CPO port; DR8-800 (8 lanes, $700) and SR8-400 (half speed) do not match.
  // Fibre: MPO-OS2 (MPO-12, single-mode); MPO-OM4 is multimode and MPO-16.
  const c = chooseMedia(catalog(), cpo800, twin800, 10_000, 'cheapest');
  assert.deepEqual([c.choice?.opticA, c.choice?.opticB, c.choice?.mediaId], [null, 'TWIN-1600-DR4', 'MPO-OS2']);
  assert.equal(c.choice?.costUsd, 500 + 80);
  assert.equal(c.choice?.powerW, 12.5);
  assert.match(c.reason, /^TWIN-1600-DR4 \(far end co-packaged\) over MPO-OS2 10 m chosen/);
  // Co-packaged at both ends: the single-mode MPO-12 cord alone, no optics, 0 W.
  const both = chooseMedia(catalog(), cpo800, cpo800, 10_000, 'cheapest');
  assert.deepEqual([both.choice?.opticA, both.choice?.opticB, both.choice?.mediaId, both.choice?.powerW], [null, null, 'MPO-OS2', 0]);
});

test('linear optics only on lpoCapable ports, under either policy', () => {
  // Lowest power between two single-port NIC cages: LPO-800 (2 x 9 W) beats SINGLE-800-DR4
  // (2 x 16 W), but only where both hosts can drive linear optics.
  const plain = chooseMedia(catalog(), nic800, nic800, 10_000, 'power');
  assert.equal(plain.choice?.opticA, 'SINGLE-800-DR4');
  const capable = { ...nic800, lpoCapable: true };
  const lpo = chooseMedia(catalog(), capable, capable, 10_000, 'power');
  assert.deepEqual([lpo.choice?.opticA, lpo.choice?.opticB, lpo.choice?.powerW], ['LPO-800', 'LPO-800', 18]);
  // each end on its own host, as the lpo-host rule checks it: LPO only at the capable end
  const mixed = chooseMedia(catalog(), capable, nic800, 10_000, 'power').choice;
  assert.deepEqual([mixed?.opticA, mixed?.opticB, mixed?.powerW], ['LPO-800', 'SINGLE-800-DR4', 9 + 16]);
});

test('checks at a co-packaged port: a transceiver there is an error; the far optic and fibre draw power, the port none', () => {
  const w = new World();
  const cpoSwitch = w.type({ maxPowerW: 1000, ports: [{ name: 'p1', kind: 'interface', formFactor: 'MPO-12', speedGbps: 800, lanes: 4, face: 'front', breakouts: [], cpo: true }] });
  const sw = w.type({ maxPowerW: 1000, ports: [{ name: 'sw1p1', kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 4, face: 'front', breakouts: [] }] });
  for (const m of catalog()) w.snap.media.push(m);
  w.tray([[0, 0], [10000, 0]]);
  const ra = w.rack({ xMm: 1000, yMm: 600, powerBudgetW: 1000 });
  const rb = w.rack({ xMm: 4000, yMm: 600 });
  const a = w.device(ra, cpoSwitch, 1).ports[0]!;
  const b = w.device(rb, sw, 1).ports[0]!;
  const good = w.cable(a, b, { mediaId: 'MPO-OS2', opticB: 'TWIN-1600-DR4' });
  let s = new CheckSession(w.snap);
  assert.equal(s.violations().filter((v) => v.rule === 'port-compat').length, 0);
  // the CPO rack draws its switch's 1000 W and nothing for the port: within its 1000 W budget
  assert.equal(s.rackLoad(ra.id).opticsW, 0);
  assert.equal(s.rackLoad(rb.id).opticsW, 12.5);
  good.opticA = 'SINGLE-800-DR4';
  s = new CheckSession(w.snap);
  const v = s.violations().filter((x) => x.rule === 'port-compat');
  assert.equal(v.length, 1);
  assert.match(v[0]!.message, /at .*:p1: SINGLE-800-DR4 is a transceiver, but the port is co-packaged optics and takes the fibre directly\./);
  assert.equal(s.rackLoad(ra.id).opticsW, 16); // counted where it is plugged, and flagged
});
