// The physical rules on small hand-built halls, each figure worked out by hand in the comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import type { RuleId } from '../../../core/checks/types.js';
import type { Rack } from '../../../core/model/entities.js';
import { World } from '../routing/world.js';

const of = (s: CheckSession, rule: RuleId) => s.violations().filter((v) => v.rule === rule);
const check = (w: World) => new CheckSession(w.snap);

test('floor-load: devices plus the cabinet over the footprint against the floor rating', () => {
  const w = new World();
  const dgx = w.type({ uHeight: 8, weightKg: 130.45 });
  const nvl = w.type({ uHeight: 48, weightKg: 1360, rackScale: true });
  const unknown = w.type({ uHeight: 1, weightKg: null });
  // 4 x 130.45 = 521.8 kg + the 138 kg default cabinet = 659.8 kg on 0.6 x 1.2 = 0.72 m2:
  // 916.4 kg/m2, under the default 1224 kg/m2 (12 kPa).
  const dgxRack = w.rack({ heightU: 48 });
  for (const u of [1, 11, 21, 31]) w.device(dgxRack, dgx, u);
  // An NVL72 is its own rack: 1360 kg (no cabinet added) / 0.72 = 1888.9 kg/m2 > 1224.
  const nvlRack = w.rack({ heightU: 48, xMm: 2000 });
  w.device(nvlRack, nvl, 1);
  const light = w.rack({ heightU: 48, xMm: 4000, weightKg: 100 });
  w.device(light, unknown, 1); // 100 / 0.72 = 138.9
  let v = of(check(w), 'floor-load');
  assert.equal(v.length, 1);
  assert.deepEqual(v[0]!.objects, [{ kind: 'rack', id: nvlRack.id, name: nvlRack.name }]);
  assert.equal(v[0]!.message, `Rack ${nvlRack.name} weighs 1,360 kg (devices 1,360 kg, the rack-scale system's own rack included) on 0.72 m2: 1889 kg/m2, over the floor's 1224 kg/m2.`);
  // The hall's own rating wins over the project's: 2000 kg/m2 carries the NVL72, 900 does not
  // carry the DGX rack (916.4 kg/m2) either.
  w.snap.halls[0]!.floorRatingKgM2 = 2000;
  assert.equal(of(check(w), 'floor-load').length, 0);
  w.snap.halls[0]!.floorRatingKgM2 = 900;
  v = of(check(w), 'floor-load');
  assert.deepEqual(v.map((x) => x.objects[0]!.id).sort(), [dgxRack.id, nvlRack.id].sort());
  assert.match(v.find((x) => x.objects[0]!.id === dgxRack.id)!.message, /weighs 660 kg \(devices 522 kg \+ cabinet 138 kg\) on 0\.72 m2: 916 kg\/m2, over the floor's 900 kg\/m2\./);
  // A device with no weight is counted as 0 kg and said so: 100 kg cabinet / 0.72 = 138.9 > 100.
  w.snap.halls[0]!.floorRatingKgM2 = 100;
  assert.match(of(check(w), 'floor-load').find((x) => x.objects[0]!.id === light.id)!.message, /139 kg\/m2, over the floor's 100 kg\/m2 \(1 device\(s\) with no weight counted as 0 kg\)/);
});

test('tray-load: cable weight per metre on each segment against the tray rating', () => {
  const w = new World();
  const ports = Array.from({ length: 30 }, (_, i) => ({ name: `p${i}`, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front' as const, breakouts: [] }));
  const t = w.type({ uHeight: 1, ports });
  w.media({ id: 'DAC', kind: 'dac', maxReachM: 100 });
  w.media({ id: 'AOC', kind: 'aoc', maxReachM: 100 });
  // rated 1 kg/m; the two racks both drop on segment 0
  const tray = w.tray([[0, 0], [5000, 0], [5000, 5000]], { ratedLoadKgPerM: 1 });
  const pa = w.device(w.rack({ xMm: 1000, yMm: -700 }), t, 1).ports;
  const pb = w.device(w.rack({ xMm: 3000, yMm: -700 }), t, 1).ports;
  // 22 copper cables x 0.045 = 0.99 kg/m, + 1 AOC x 0.009 = 0.999 kg/m: within 1 kg/m
  for (let i = 0; i < 22; i++) w.cable(pa[i]!, pb[i]!, { mediaId: 'DAC' });
  w.cable(pa[22]!, pb[22]!, { mediaId: 'AOC' });
  assert.equal(of(check(w), 'tray-load').length, 0);
  // one more AOC: 1.008 kg/m > 1
  w.cable(pa[23]!, pb[23]!, { mediaId: 'AOC' });
  const v = of(check(w), 'tray-load');
  assert.equal(v.length, 1);
  assert.equal(v[0]!.message, `Tray ${tray.name} segment 1: 24 cables weigh 1.0 kg/m, over its rated 1 kg/m.`);
  // without a rating the tray takes NEMA VE 1 class A, 74.4 kg/m
  delete w.snap.trays[0]!.ratedLoadKgPerM;
  assert.equal(of(check(w), 'tray-load').length, 0);
});

test('cooling: liquid devices in an air rack, air and liquid capacity, racks without a CDU, CDU capacity', () => {
  const w = new World();
  const air = w.type({ uHeight: 2, maxPowerW: 5000, coolingKind: 'air' });
  const nvl = w.type({ uHeight: 48, maxPowerW: 120000, coolingKind: 'liquid' });
  // An air rack with an NVL72: error naming the device.
  const airRack = w.rack({ heightU: 48 });
  const n1 = w.device(airRack, nvl, 1).device;
  let v = of(check(w), 'cooling');
  assert.equal(v.length, 1);
  assert.deepEqual(v[0]!.objects.map((o) => o.kind), ['rack', 'device']);
  assert.equal(v[0]!.message, `Rack ${airRack.name} is air-cooled but holds liquid-cooled ${n1.name} (120.0 kW).`);
  // Declared liquid: now the missing CDU is a warning.
  airRack.coolingKind = 'liquid';
  v = of(check(w), 'cooling');
  assert.deepEqual(v.map((x) => x.severity), ['warning']);
  assert.match(v[0]!.message, /is liquid-cooled \(120\.0 kW to liquid\) but no CDU serves it/);
  // Two NVL72 racks on a 200 kW CDU: 2 x 120 = 240 kW > 200 kW.
  const cdu = { id: w.id(), hallId: 1, name: 'CDU-A', placement: 'in-row' as const, capacityW: 200_000 };
  w.snap.cdus = [cdu];
  airRack.cduId = cdu.id;
  const second = w.rack({ heightU: 48, xMm: 2000, coolingKind: 'liquid', cduId: cdu.id });
  w.device(second, nvl, 1);
  v = of(check(w), 'cooling');
  assert.equal(v.length, 1);
  assert.equal(v[0]!.message, 'CDU CDU-A (in-row) carries 240.0 kW of liquid load from 2 rack(s), over its 200.0 kW.');
  assert.deepEqual(v[0]!.objects.map((o) => o.kind), ['cdu', 'rack', 'rack']);
  cdu.capacityW = 240_000; // exactly its load: fine
  assert.equal(of(check(w), 'cooling').length, 0);
  // An air rack's heat against its air cooling: 2 x 5000 W = 10 kW over 9999 W; at 10000 W fine.
  const hot = w.rack({ xMm: 4000, coolingCapacityW: 9999 });
  w.device(hot, air, 1);
  w.device(hot, air, 3);
  v = of(check(w), 'cooling');
  assert.equal(v.length, 1);
  assert.equal(v[0]!.message, `Rack ${hot.name} gives off 10.0 kW of heat (devices and optics), over its air cooling of 9999 W.`);
  hot.coolingCapacityW = 10000;
  assert.equal(of(check(w), 'cooling').length, 0);
  // A liquid rack's loop: 120 kW of liquid load over a 100 kW manifold.
  second.coolingCapacityW = 100_000;
  assert.match(of(check(w), 'cooling')[0]!.message, /liquid-cooled devices give off 120\.0 kW, over its liquid loop's 100\.0 kW/);
});

test('aisle: fronts face fronts and rears face rears; a front facing a rear is flagged once, on the intake side', () => {
  const w = new World();
  // Racks 600 x 1200; rotation 0 faces +y, 180 faces -y. Rows at x = 300 and 900 (two racks each).
  const row = (yMm: number, rotationDeg: Rack['rotationDeg']) => [300, 900].map((xMm) => w.rack({ xMm, yMm, rotationDeg }));
  row(600, 0); // A: y 0-1200, front at 1200
  row(3000, 180); // B: y 2400-3600, front at 2400: 1.2 m cold aisle with A
  const c = row(5400, 0); // C: y 4800-6000, rear at 4800: 1.2 m hot aisle with B
  assert.equal(of(check(w), 'aisle').length, 0);
  // D faces +y like C, 1.2 m beyond C's front: C breathes D's exhaust.
  const d = row(7800, 0); // D: y 7200-8400, rear at 7200
  let v = of(check(w), 'aisle');
  assert.equal(v.length, 2);
  assert.deepEqual(v.map((x) => x.objects[0]!.id).sort(), c.map((r) => r.id).sort());
  assert.equal(v.find((x) => x.objects[0]!.id === c[0]!.id)!.message, `Rack ${c[0]!.name}'s front (air intake) faces the rear (hot exhaust) of rack ${d[0]!.name} across a 1.20 m aisle.`);
  // 3.0 m away still shares the aisle; farther, the rows face across open floor: D at 3.0 m,
  // then 3.6 m beyond C's front (a row's depth and two aisles: where a row is missing).
  for (const r of d) r.yMm = 6000 + 3000 + 600;
  assert.match(of(check(w), 'aisle')[0]!.message, /across a 3\.00 m aisle/);
  for (const r of d) r.yMm = 6000 + 3600 + 600;
  assert.equal(of(check(w), 'aisle').length, 0);
  // Turned round, D faces C front to front.
  for (const r of d) Object.assign(r, { yMm: 7800, rotationDeg: 180 });
  assert.equal(of(check(w), 'aisle').length, 0);
  // A rack at right angles in front of C shows it its side, not its rear.
  for (const r of d) r.rotationDeg = 90;
  v = of(check(w), 'aisle');
  assert.equal(v.length, 0);
});

test('feed-power with A/B feeds: each side carries its dual-fed racks in full when the other fails', () => {
  const w = new World();
  const t = w.type({ maxPowerW: 10000 });
  // 1-phase 230 V 100 A at 80%: 230 x 100 x 0.8 = 18400 W per feed.
  const spec = { voltageV: 230, amps: 100, phases: 1 as const, deratePct: 80 };
  const a = w.feed(spec);
  const b = w.feed(spec);
  // Two 10 kW racks on A and B: 2 x 5 kW = 10 kW per feed normally, 20 kW when the other fails.
  const r1 = w.rack({ feedId: a.id, feedBId: b.id });
  const r2 = w.rack({ feedId: a.id, feedBId: b.id, xMm: 1000 });
  w.device(r1, t, 1);
  w.device(r2, t, 1);
  let v = of(check(w), 'feed-power');
  assert.equal(v.length, 2);
  assert.equal(
    v.find((x) => x.objects[0]!.id === a.id)!.message,
    `Feed ${a.name} carries 10.0 kW from 2 rack(s) and 20.0 kW when feed ${b.name} fails (its A/B racks move their whole load here), over its 18.4 kW (1-phase 230 V 100 A at 80%).`,
  );
  // Split the partners: r2 on A and C. Losing B moves 5 kW onto A, losing C another 5 kW:
  // A's worst single failure is 10 + 5 = 15 kW <= 18.4 kW; B and C carry 10 kW at worst.
  const c = w.feed(spec);
  r2.feedBId = c.id;
  assert.equal(of(check(w), 'feed-power').length, 0);
  // One feed each and no B: a single-fed rack counts in full (10 kW), as before.
  r1.feedBId = null;
  r2.feedBId = null;
  v = of(check(w), 'feed-power');
  assert.equal(v.length, 1);
  assert.match(v[0]!.message, /^Feed .* carries 20\.0 kW from 2 rack\(s\), over its 18\.4 kW/);
});
