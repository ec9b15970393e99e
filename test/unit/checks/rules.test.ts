import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import type { RuleId } from '../../../core/checks/types.js';
import { World } from '../routing/world.js';

const of = (s: CheckSession, rule: RuleId) => s.violations().filter((v) => v.rule === rule);

test('rack-power: devices at maximum power plus optics over the budget', () => {
  const w = new World();
  const t = w.type({ maxPowerW: 10200 });
  w.media({ id: 'SR8', kind: 'transceiver', fiber: 'OM4', maxReachM: 100, powerW: 16 });
  // 2 x 10200 W + one SR8 at the a-end in this rack (16 W) = 20416 W; the b-end is in another rack.
  const r = w.rack({ powerBudgetW: 20415 });
  const other = w.rack({ xMm: 5000 });
  const a = w.device(r, t, 1).ports[0]!;
  w.device(r, t, 10);
  const b = w.device(other, t, 1).ports[0]!;
  w.cable(a, b, { opticA: 'SR8', opticB: 'SR8' });
  const v = of(new CheckSession(w.snap), 'rack-power');
  assert.equal(v.length, 1);
  assert.deepEqual(v[0]!.objects, [{ kind: 'rack', id: r.id, name: r.name }]);
  assert.match(v[0]!.message, /draws 20\.4 kW \(devices 20\.4 kW \+ optics 16 W\), over its budget of 20\.4 kW/);
  // exactly at the budget is fine
  r.powerBudgetW = 20416;
  assert.equal(of(new CheckSession(w.snap), 'rack-power').length, 0);
});

test('feed-power: three-phase sqrt(3) x V x A and single-phase V x A, derated', () => {
  const w = new World();
  const t = w.type({ maxPowerW: 9200 });
  // 3-phase 415 V 32 A at 80%: 1.7320508 x 415 x 32 x 0.8 = 18401.3 W
  const f3 = w.feed({ voltageV: 415, amps: 32, phases: 3, deratePct: 80 });
  // 1-phase 230 V 32 A at 80%: 230 x 32 x 0.8 = 5888 W
  const f1 = w.feed({ voltageV: 230, amps: 32, phases: 1, deratePct: 80 });
  const r1 = w.rack({ feedId: f3.id });
  const r2 = w.rack({ feedId: f3.id, xMm: 1000 });
  w.device(r1, t, 1);
  w.device(r2, t, 1); // 2 x 9200 = 18400 W <= 18401.3 W: fine
  const r3 = w.rack({ feedId: f1.id, xMm: 2000 });
  w.device(r3, w.type({ maxPowerW: 5889 }), 1); // 5889 > 5888: over
  let v = of(new CheckSession(w.snap), 'feed-power');
  assert.equal(v.length, 1);
  assert.equal(v[0]!.objects[0]!.id, f1.id);
  assert.match(v[0]!.message, /carries 5889 W from 1 rack\(s\), over its 5888 W \(1-phase 230 V 32 A at 80%\)/);
  w.device(r2, w.type({ maxPowerW: 2 }), 20); // 18402 W > 18401.3 W
  v = of(new CheckSession(w.snap), 'feed-power');
  assert.deepEqual(v.map((x) => x.objects[0]!.id).sort(), [f3.id, f1.id].sort());
  // The project's derating caps each feed's: at 70%, 230 x 32 x 0.7 = 5152 W
  w.snap.settings.feedDeratePct = 70;
  v = of(new CheckSession(w.snap), 'feed-power');
  assert.match(v.find((x) => x.objects[0]!.id === f1.id)!.message, /over its 5152 W \(1-phase 230 V 32 A at 70%\)/);
});

test('u-space: a device beyond the rack top and two devices sharing a U', () => {
  const w = new World();
  const t2 = w.type({ uHeight: 2 });
  const r = w.rack({ heightU: 48 });
  w.device(r, t2, 47); // U47-48: fits
  const over = w.device(w.rack({ heightU: 48, xMm: 1000 }), t2, 48).device; // U48-49: beyond 48U
  const r3 = w.rack({ heightU: 48, xMm: 2000 });
  w.device(r3, t2, 10); // U10-11
  const clash = w.device(r3, t2, 11).device; // U11-12 overlaps at U11
  const v = of(new CheckSession(w.snap), 'u-space');
  assert.equal(v.length, 2);
  assert.ok(v.some((x) => x.objects.some((o) => o.id === over.id) && /reaches U49, beyond rack .*'s 48U/.test(x.message)));
  assert.ok(v.some((x) => x.objects.some((o) => o.id === clash.id) && /both occupy U11/.test(x.message)));
});

test('tray-fill: cable cross-sections per segment over the usable share of the tray section', () => {
  const w = new World();
  const t = w.type({ uHeight: 1, ports: Array.from({ length: 40 }, (_, i) => ({ name: `p${i}`, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front' as const, breakouts: [] })) });
  w.media({ id: 'D10', kind: 'dac', diameterMm: 10, maxReachM: 100 });
  // 100 x 50 mm tray at 50%: 2500 mm2 usable. One 10 mm cable: pi x 5^2 = 78.54 mm2.
  // 31 cables: 2434.7 mm2 (fits); 32 cables: 2513.3 mm2 (over).
  const tray = w.tray([[0, 0], [5000, 0], [5000, 5000]], { widthMm: 100, depthMm: 50 });
  const ra = w.rack({ xMm: 1000, yMm: -700 });
  const rb = w.rack({ xMm: 3000, yMm: -700 }); // both drop on segment 0 only
  const pa = w.device(ra, t, 1).ports;
  const pb = w.device(rb, t, 1).ports;
  for (let i = 0; i < 31; i++) w.cable(pa[i]!, pb[i]!, { mediaId: 'D10' });
  assert.equal(of(new CheckSession(w.snap), 'tray-fill').length, 0);
  w.cable(pa[31]!, pb[31]!, { mediaId: 'D10' });
  const s = new CheckSession(w.snap);
  const v = of(s, 'tray-fill');
  assert.equal(v.length, 1);
  assert.deepEqual(v[0]!.objects, [{ kind: 'tray', id: tray.id, name: tray.name }]);
  // 2513.3 / (100 x 50) = 50.3 %
  assert.match(v[0]!.message, /segment 1: 32 cables fill 50\.3% of its 100 x 50 mm section, over the 50% allowed \(2513 of 2500 mm2\)/);
  assert.equal(s.trayFill(tray.id)!.count[1], 0); // segment 2 carries none
});

test('reach: route longer than the media reaches; stock too short', () => {
  const w = new World();
  const t = w.type({ uHeight: 1 });
  w.media({ id: 'DAC-2', kind: 'dac', maxReachM: 2, lengthsM: [1, 2] });
  w.media({ id: 'DAC-5', kind: 'dac', maxReachM: 5, lengthsM: [1, 2, 3] });
  const r = w.rack();
  const a = w.device(r, t, 1).ports[0]!;
  const b = w.device(r, t, 40).ports[0]!;
  // (39.5 - 0.5) x 44.45 = 1733.55 + 500 slack = 2233.55 -> 2234 mm > 2 m
  const c1 = w.cable(a, b, { mediaId: 'DAC-2' });
  const c2 = w.cable(a, b, { mediaId: 'DAC-5', label: 'ok-len' }); // reaches, stock 3 m fits
  const c3 = w.cable(a, b, { mediaId: 'DAC-2', lengthMm: 1500, label: 'fixed' }); // user fixed 1.5 m: fine
  const v = of(new CheckSession(w.snap), 'reach');
  assert.equal(v.length, 1);
  assert.equal(v[0]!.objects[0]!.id, c1.id);
  assert.match(v[0]!.message, /is 2\.23 m long but DAC-2 reaches 2 m/);
  void c2;
  void c3;
  // 5 m reach but only up to 3 m in stock: a 4.4 m route cannot be ordered
  const t2 = w.type({ uHeight: 1 });
  const ra = w.rack({ xMm: 1000, yMm: -700 });
  const rb = w.rack({ xMm: 1800, yMm: -700 });
  w.tray([[0, 0], [5000, 0]], { heightMm: 2300 });
  const c4 = w.cable(w.device(ra, t2, 42).ports[0]!, w.device(rb, t2, 42).ports[0]!, { mediaId: 'DAC-5' });
  // U42 ports are 100 (plinth) + 41.5 x 44.45 = 1944.675 above the floor; the tray at 2300 is above
  // the 42U top (1966.9): up 2300 - 1944.675 = 355.325 per end; across 700 x 2, tray 800, slack
  // 500, loops 600 = 4010.65
  const s = new CheckSession(w.snap);
  assert.equal(s.routeOf(c4.id)!.routedMm, Math.round(2 * (2300 - 1944.675) + 1400 + 800 + 500 + 600));
  assert.equal(of(s, 'reach').length, 2); // c1 and c4
  w.snap.cables = w.snap.cables.filter((c) => c.id !== c1.id);
  const s2 = new CheckSession(w.snap);
  const v2 = of(s2, 'reach');
  assert.equal(v2.length, 1);
  assert.match(v2[0]!.message, /needs 4\.01 m but the longest stock DAC-5 is 3 m/);
});

test('port-compat: speed without breakout, form factor, lanes, transceiver mode', () => {
  const w = new World();
  const sw = w.type({ ports: [
    { name: 'p800', kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front', breakouts: [] },
    { name: 'p800b', kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front', breakouts: [{ count: 2, speedGbps: 400 }] },
  ] });
  const nic = w.type({ ports: [
    { name: 'n400', kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'front', breakouts: [] },
    { name: 'q', kind: 'interface', formFactor: 'QSFP112', speedGbps: 400, lanes: 4, face: 'front', breakouts: [] },
  ] });
  w.media({ id: 'SR4', kind: 'transceiver', speedGbps: 400, lanes: 4, fiber: 'OM4', maxReachM: 50, formFactor: 'OSFP' });
  w.media({ id: 'DR4', kind: 'transceiver', speedGbps: 400, lanes: 4, fiber: 'OS2', maxReachM: 500, formFactor: 'OSFP' });
  const r = w.rack();
  const s1 = w.device(r, sw, 1).ports;
  const n1 = w.device(r, nic, 5).ports;
  const n2 = w.device(r, nic, 7).ports;
  const bad = w.cable(s1[0]!, n1[0]!); // 800G, no breakout, to 400G
  const good = w.cable(s1[1]!, n2[0]!); // breaks out to 400G
  const ff = w.cable(n1[1]!, n2[1]!, { opticA: 'SR4', opticB: 'SR4', label: 'ff' }); // OSFP optics in QSFP112 cages
  const mode = w.cable(n1[0]!, n2[0]!, { opticA: 'SR4', opticB: 'DR4', label: 'mode' });
  const v = of(new CheckSession(w.snap), 'port-compat');
  const byCable = (id: number) => v.filter((x) => x.objects[0]!.id === id);
  assert.match(byCable(bad.id)[0]!.message, /ports run at 800G and 400G and neither breaks out/);
  assert.equal(byCable(good.id).length, 0);
  assert.equal(byCable(ff.id).length, 2); // both ends
  assert.match(byCable(ff.id)[0]!.message, /form factor mismatch, SR4 is OSFP, the port is QSFP112/);
  assert.match(byCable(mode.id)[0]!.message, /SR4 is multimode, DR4 is single-mode/);
});

test('port-compat on ports set to other fields than their template: each port judged on its own speed and lanes', () => {
  // The same 800G template port on three switches runs at 400G x 4, 200G x 2 and 400G x 4 (as
  // cages do after a breakout is configured); specs of such ports are shared per template and set
  // of fields, so a 200G port must not be judged as the 400G one seen before it, nor the reverse.
  const w = new World();
  const sw = w.type({ ports: [{ name: 'p0', kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front', breakouts: [{ count: 2, speedGbps: 400 }] }] });
  const nic = w.type({ ports: [{ name: 'n400', kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'front', breakouts: [] }] });
  const r = w.rack();
  const speeds = [400, 200, 400, 200];
  const ports = speeds.map((speedGbps, i) => Object.assign(w.device(r, sw, 1 + 4 * i).ports[0]!, { speedGbps, lanes: speedGbps / 100 }));
  const cables = ports.map((p, i) => w.cable(p, w.device(r, nic, 3 + 4 * i).ports[0]!, { label: `c${i}` }));
  const s = new CheckSession(w.snap);
  const v = of(s, 'port-compat');
  assert.deepEqual(cables.filter((c) => v.some((x) => x.objects[0]!.id === c.id)).map((c) => c.label), ['c1', 'c3']);
  for (const x of v) assert.match(x.message, /ports run at 200G and 400G/);
  for (const [i, p] of ports.entries()) {
    const spec = s.portSpec(p.id)!;
    assert.deepEqual([spec.speedGbps, spec.lanes, spec.breakouts], [speeds[i], speeds[i]! / 100, [{ count: 2, speedGbps: 400 }]]);
  }
});

test('port-reuse, unroutable and no-media', () => {
  const w = new World();
  const t = w.type({ uHeight: 1 });
  const ra = w.rack({ xMm: 1000, yMm: 700 });
  const rb = w.rack({ xMm: 9000, yMm: 700 });
  const a = w.device(ra, t, 1).ports[0]!;
  const b = w.device(ra, t, 3).ports[0]!;
  const far = w.device(rb, t, 1).ports[0]!;
  w.media({ id: 'DAC', kind: 'dac', maxReachM: 3 });
  const c1 = w.cable(a, b, { mediaId: 'DAC' });
  const c2 = w.cable(a, far, { mediaId: 'GONE' }); // reuses a; no trays at all; unknown media
  const s = new CheckSession(w.snap);
  const reuse = of(s, 'port-reuse');
  assert.equal(reuse.length, 1);
  assert.deepEqual(reuse[0]!.objects.map((o) => o.kind), ['port', 'cable', 'cable']);
  assert.deepEqual(reuse[0]!.objects.slice(1).map((o) => o.id).sort(), [c1.id, c2.id].sort());
  const un = of(s, 'unroutable');
  assert.equal(un.length, 1);
  assert.match(un[0]!.message, /no tray in its hall/);
  assert.deepEqual(un[0]!.objects.map((o) => o.kind), ['cable', 'rack', 'rack']);
  const nm = of(s, 'no-media');
  assert.equal(nm.length, 1);
  assert.equal(nm[0]!.severity, 'error');
  assert.match(nm[0]!.message, /not in the catalog: GONE/);
  c2.mediaId = null;
  const nm2 = of(new CheckSession(w.snap), 'no-media');
  assert.equal(nm2[0]!.severity, 'warning');
});
