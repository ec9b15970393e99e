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
