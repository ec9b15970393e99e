import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import { U_MM } from '../../../core/model/units.js';
import { portHeightMm, verticalRunMm } from '../../../core/routing/vertical.js';
import { World } from './world.js';

// One tray along y = 0 at 2600 mm; racks 600 mm south of it, so each drops 600 mm across.
function hall(over: { trayMm?: number; contingencyPct?: number } = {}) {
  const w = new World();
  w.snap.settings = { ...w.snap.settings, lengthContingencyPct: over.contingencyPct ?? 0 };
  const t = w.type({ uHeight: 1 });
  w.tray([[0, 0], [20000, 0]], { heightMm: over.trayMm ?? 2600 });
  return { w, t };
}

test('the same port under the same tray gets the same cable in a 42U and a 48U rack', () => {
  const { w, t } = hall();
  // A 42U and a 48U rack, each with a 1U device in U10, each cabled to a 48U rack 2000 mm further
  // along the tray (its switch in U1).
  const r42 = w.rack({ xMm: 2000, yMm: 600, heightU: 42 });
  const r48 = w.rack({ xMm: 8000, yMm: 600, heightU: 48 });
  const c42 = w.cable(w.device(r42, t, 10).ports[0]!, w.device(w.rack({ xMm: 4000, yMm: 600, heightU: 48 }), t, 1).ports[0]!);
  const c48 = w.cable(w.device(r48, t, 10).ports[0]!, w.device(w.rack({ xMm: 10000, yMm: 600, heightU: 48 }), t, 1).ports[0]!);
  const rt = new CheckSession(w.snap).router;
  // U10 port: 100 (plinth) + 9.5 x 44.45 = 522.275 mm above the floor. Tops: 42U 100 + 1866.9 =
  // 1966.9, 48U 100 + 2133.6 = 2233.6; the tray (2600) is above both, so the climb is
  // 2600 - 522.275 = 2077.725 in either rack. The far U1 port: 2600 - 122.225 = 2477.775.
  // Each: across 600 x 2, along the tray 2000, slack 500, service loops 2 x 300: 8855.5 mm.
  const expected = Math.round(2077.725 + 2477.775 + 1200 + 2000 + 500 + 600);
  assert.equal(rt.route(c42).routedMm, expected);
  assert.equal(rt.route(c48).routedMm, expected);
  // Before, the climb was rack height - port + |tray - 2300|: 42U 1866.9 - 422.275 + 300 = 1744.625,
  // 48U 2133.6 - 422.275 + 300 = 2011.325: the 42U cable came out 266.7 mm shorter.
  assert.equal(verticalRunMm({ heightU: 42 }, 522.275, 2600), verticalRunMm({ heightU: 48 }, 522.275, 2600));
});

test('vertical run: plinth and top are per rack; a tray below the rack top costs the climb out and down', () => {
  // A 48U rack on a 200 mm plinth: U1's middle is 200 + 22.225 = 222.225 above the floor.
  assert.equal(portHeightMm({ plinthMm: 200 }, 1, 1), 200 + 0.5 * U_MM);
  // Its top defaults to 200 + 48 x 44.45 = 2333.6. A tray at 2100 is below it: up 2333.6 - 222.225
  // = 2111.375, out over the top and down 2333.6 - 2100 = 233.6: 2344.975.
  assert.ok(Math.abs(verticalRunMm({ plinthMm: 200, heightU: 48 }, 222.225, 2100) - 2344.975) < 1e-9);
  // A 42U rack with the same plinth: top 200 + 1866.9 = 2066.9 is under the tray: 2100 - 222.225.
  assert.ok(Math.abs(verticalRunMm({ plinthMm: 200, heightU: 42 }, 222.225, 2100) - 1877.775) < 1e-9);
  // A declared top (a 2300 mm cabinet roof) overrides the U-space top.
  assert.ok(Math.abs(verticalRunMm({ plinthMm: 200, heightU: 42, topMm: 2300 }, 222.225, 2100) - (2300 - 222.225 + 200)) < 1e-9);
});

test('the length contingency scales the measured path, not slack or service loops', () => {
  const { w, t } = hall({ contingencyPct: 10 });
  const a = w.rack({ xMm: 1000, yMm: 600, heightU: 42 });
  const b = w.rack({ xMm: 4000, yMm: 600, heightU: 42 });
  const c = w.cable(w.device(a, t, 1).ports[0]!, w.device(b, t, 1).ports[0]!);
  const inRack = w.cable(w.device(a, t, 11).ports[0]!, w.device(a, t, 21).ports[0]!);
  const rt = new CheckSession(w.snap).router;
  // measured: 2 x 2477.775 up + 2 x 600 across + 3000 along = 9155.55; x 1.10 = 10071.105;
  // + slack 500 + loops 600 = 11171.105
  assert.equal(rt.route(c).routedMm, Math.round((2 * 2477.775 + 1200 + 3000) * 1.1 + 500 + 600));
  // in the rack: U11 to U21 is 10 x 44.45 = 444.5; x 1.10 = 488.95 + slack 500 = 988.95
  assert.equal(rt.route(inRack).routedMm, Math.round(444.5 * 1.1 + 500));
});
