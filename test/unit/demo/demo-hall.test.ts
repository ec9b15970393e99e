import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoLayout } from '../../../core/demo/demo-hall.js';
import { layoutSchema } from '../../../core/model/layout.js';
import { overlappingRacks, rackRect, rectContains } from '../../../core/geometry/footprint.js';
import { slotOf, uSpaceProblems } from '../../../core/model/rack-space.js';
import { findBuiltinDeviceType, portTemplates } from '../../../core/catalog/index.js';
import type { Rack } from '../../../core/model/entities.js';
import { mmFromM } from '../../../core/model/units.js';

const demo = demoLayout();

test('the demo is a valid layout document and the same every time', () => {
  assert.deepEqual(layoutSchema.parse(demo), demo);
  assert.deepEqual(demoLayout(), demo);
});

test('demo racks stand inside the hall without overlapping, devices fit their racks', () => {
  const hall = demo.halls[0]!;
  const racks = demo.racks.map((r, i) => ({ id: i + 1, hallId: 1, xMm: mmFromM(r.xM), yMm: mmFromM(r.yM), widthMm: mmFromM(r.widthM), depthMm: mmFromM(r.depthM), rotationDeg: r.rotationDeg }) as Rack);
  for (const r of racks) assert.ok(rectContains({ x0: 0, y0: 0, x1: mmFromM(hall.widthM), y1: mmFromM(hall.depthM) }, rackRect(r)));
  assert.deepEqual(overlappingRacks(racks), []);
  for (const rack of demo.racks) {
    const slots = demo.devices
      .map((d, i) => ({ d, i }))
      .filter(({ d }) => d.rack === rack.name)
      .map(({ d, i }) => slotOf({ id: i + 1, u: d.u, face: d.face }, findBuiltinDeviceType(d.type)!));
    assert.deepEqual(uSpaceProblems(rack.heightU, slots), [], rack.name);
  }
});

test('demo cables join existing ports, each port at most once, all left to be routed', () => {
  const portsOf = new Map(demo.devices.map((d) => [d.name, new Set(portTemplates(findBuiltinDeviceType(d.type)!).map((p) => p.name))]));
  const used = new Set<string>();
  for (const c of demo.cables) {
    for (const end of [c.a, c.b]) {
      assert.ok(portsOf.get(end.device)?.has(end.port), `${c.label}: ${end.device} ${end.port}`);
      const k = `${end.device}:${end.port}`;
      assert.ok(!used.has(k), `${k} used twice`);
      used.add(k);
    }
    assert.equal(c.media, null);
    assert.equal(c.lengthM, null);
  }
  // 48 DGX x 8 GPU NICs each go to the 8 rail leaves; 8 leaves x 16 uplinks fill 2 spines x 64 ports.
  const servers = demo.devices.filter((d) => d.type === 'nvidia-dgx-h100').length;
  assert.equal(servers, 3 * 4 * 4);
  assert.equal(demo.cables.filter((c) => c.label.startsWith('GPU-')).length, servers * 8);
  assert.equal(demo.cables.filter((c) => c.b.device.startsWith('spine-')).length, 2 * 64);
});

test('demo racks stay within their power budget at the servers\' maximum draw', () => {
  for (const rack of demo.racks) {
    const w = demo.devices.filter((d) => d.rack === rack.name).reduce((s, d) => s + (findBuiltinDeviceType(d.type)!.maxPowerW ?? 0), 0);
    assert.ok(w <= rack.powerBudgetKw * 1000, `${rack.name}: ${w} W > ${rack.powerBudgetKw} kW`);
  }
});

test('demo racks stand side by side in each row; rows alternate facing with the aisles between them', () => {
  const rows = new Map<string, typeof demo.racks>();
  for (const r of demo.racks) rows.set(r.row!, [...(rows.get(r.row!) ?? []), r]);
  const spans: { y0: number; y1: number; rot: number }[] = [];
  for (const [row, racks] of rows) {
    const xs = racks.map((r) => mmFromM(r.xM)).sort((a, b) => a - b);
    // contiguous: each next rack's centre is one rack width (600 mm) further
    xs.slice(1).forEach((x, i) => assert.equal(x - xs[i]!, 600, `${row}: racks side by side`));
    assert.equal(new Set(racks.map((r) => r.rotationDeg)).size, 1, `${row}: one facing`);
    const y = mmFromM(racks[0]!.yM);
    spans.push({ y0: y - 600, y1: y + 600, rot: racks[0]!.rotationDeg });
  }
  spans.sort((a, b) => a.y0 - b.y0);
  // Row 1 (3.6-4.8 m) faces south (0 deg, +y), row 2 (6.6-7.8 m) north, row 3 (9.0-10.2 m) south:
  // fronts of rows 1 and 2 face each other over the 1.8 m cold aisle, rears of 2 and 3 over the 1.2 m hot aisle.
  assert.deepEqual(spans, [
    { y0: 3600, y1: 4800, rot: 0 },
    { y0: 6600, y1: 7800, rot: 180 },
    { y0: 9000, y1: 10200, rot: 0 },
  ]);
});
