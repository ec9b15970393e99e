// The generator's in-row CDUs for liquid-cooled racks: grouped row by row up to their capacity, as
// the cooling rule counts a rack's liquid load; written, checked and undone with the hall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../../core/catalog/index.js';
import { cduFloor, placeCdus } from '../../../core/fabric/cdus.js';
import { cduRect, rackRect, rectsOverlap } from '../../../core/geometry/footprint.js';
import type { PlanRack } from '../../../core/fabric/layout.js';
import { planFabric } from '../../../core/fabric/plan.js';
import type { FabricInputsIn } from '../../../core/fabric/inputs.js';
import { generateFabric } from '../../../main/app/fabric.js';
import { undoEdit } from '../../../main/app/edit.js';
import { readDeviceTypes, readMedia } from '../../../db/catalog.js';
import { buildHallEntities, insertHall, rebaseHall, writeFabric } from '../../../db/fabric-write.js';
import { withSeededProject } from './seeded-project.js';

const CATALOG = {
  deviceTypes: BUILTIN_DEVICE_TYPES.map((t, i) => ({ ...toDeviceType(t), id: i + 1 })),
  media: BUILTIN_MEDIA.map(toMedia),
};

const rack = (row: number, liquidW: number): PlanRack => ({
  name: 'x', xMm: 0, yMm: 0, rotationDeg: 0, widthMm: 600, depthMm: 1200, heightU: 48, powerBudgetW: 0,
  coolingKind: liquidW > 0 ? 'liquid' : 'air', row, liquidW, block: 0, kind: 'compute',
});

test('CDUs by hand: a row\'s racks fill one CDU to its capacity before the next; a rack over it gets one of its own', () => {
  const racks = [rack(0, 600_000), rack(0, 0), rack(0, 700_000), rack(0, 800_000), rack(1, 2_500_000), rack(1, 100_000)];
  const { cdus, cduOf } = placeCdus(racks, ['Row 01', 'Row 02'], 2_000_000);
  // row 1: 600 + 700 = 1,300 kW; + 800 = 2,100 kW is over 2,000: the third rack starts CDU 2
  // row 2: 2,500 kW alone (over: the cooling rule will say so); 2,600 kW would be more: CDU 2
  assert.deepEqual(cdus.map((c) => [c.name, c.loadW, c.racks]), [
    ['CDU R01-1', 1_300_000, 2],
    ['CDU R01-2', 800_000, 1],
    ['CDU R02-1', 2_500_000, 1],
    ['CDU R02-2', 100_000, 1],
  ]);
  assert.deepEqual([...cduOf], [0, -1, 0, 1, 2, 3]);
});

test('standby CDUs (N+1): each row that has CDUs gets its spares after its duty units, serving no rack', () => {
  const racks = [rack(0, 600_000), rack(1, 0), rack(2, 2_500_000)];
  const { cdus, cduOf } = placeCdus(racks, ['Row 01', 'Row 02', 'Row 03'], 2_000_000, 1);
  // row 2 has no liquid rack: no CDU, no spare
  assert.deepEqual(cdus.map((c) => [c.name, c.racks, !!c.standby]), [
    ['CDU R01-1', 1, false],
    ['CDU R03-1', 1, false],
    ['CDU R01-S1', 0, true],
    ['CDU R03-S1', 0, true],
  ]);
  assert.deepEqual([...cduOf], [0, -1, 1]);
});

const NVL72: FabricInputsIn = { arch: 'rail-optimized', gpus: 1152, server: 'nvidia-gb300-nvl72', switch: 'nvidia-sn5600', cabling: 'auto' };

test('a GB300 NVL72 hall: each row\'s racks share 2 MW CDUs, as many racks each as fit (142 kW a rack: 14)', () => {
  const plan = planFabric(NVL72, CATALOG);
  const racks = plan.placement.racks;
  const draw = CATALOG.deviceTypes.find((t) => t.slug === 'nvidia-gb300-nvl72')!.maxPowerW!;
  const perCdu = Math.floor(2_000_000 / draw);
  assert.equal(perCdu, 14);
  let expected = 0;
  for (let row = 0; row < plan.placement.rows.length; row++) {
    const liquid = racks.filter((r) => r.row === row && r.coolingKind === 'liquid');
    for (const r of liquid) assert.equal(r.liquidW, draw);
    expected += Math.ceil(liquid.length / perCdu);
  }
  assert.ok(expected > 0);
  assert.equal(plan.cdus.length, expected);
  racks.forEach((r, i) => {
    assert.equal(plan.cduOf[i]! >= 0, r.coolingKind === 'liquid', r.name);
    if (plan.cduOf[i]! >= 0) assert.equal(plan.cdus[plan.cduOf[i]!]!.row, r.row, `${r.name}: served from its own row`);
  });
  for (const c of plan.cdus) assert.ok(c.loadW <= 2_000_000 && c.racks <= perCdu, c.name);
});

test('a GB300 NVL72 hall\'s CDUs stand on the floor: after their row\'s last rack, 750 x 1200 mm each, in the hall, on no rack; written so', async () => {
  const plan = planFabric({ ...NVL72, cduSpares: 1 }, CATALOG);
  const p = plan.placement;
  const rect = (r: { xMm: number; yMm: number; widthMm: number; depthMm: number; rotationDeg: 0 | 90 | 180 | 270 }) => rackRect(r);
  const racks = p.racks.map(rect);
  for (let row = 0; row < p.rows.length; row++) {
    const mine = plan.cdus.filter((c) => c.row === row);
    if (!mine.length) continue;
    const rowRacks = p.racks.filter((r) => r.row === row);
    const end = Math.max(...rowRacks.map((r) => rect(r).x1));
    // one after another from the last rack's side, on the row's line, facing as its racks do
    mine.forEach((c, k) => {
      const r = cduRect({ ...cduFloor(c), id: 0, hallId: 0, name: c.name, placement: 'in-row', capacityW: c.capacityW })!;
      assert.deepEqual([r.x0, r.x1 - r.x0, r.y1 - r.y0], [end + 750 * k, 750, 1200], c.name);
      assert.equal(c.yMm, rowRacks[0]!.yMm);
      assert.equal(c.rotationDeg, rowRacks[0]!.rotationDeg);
      assert.ok(r.x0 >= 0 && r.y0 >= 0 && r.x1 <= p.hall.widthMm && r.y1 <= p.hall.depthMm, `${c.name} inside the hall`);
      assert.ok(!racks.some((q) => rectsOverlap(q, r)), `${c.name} on no rack`);
      // the row's tray runs past it (its last cross tray beyond the CDUs)
      const tray = p.trays.find((t) => t.name === `${p.rows[row]} tray`)!;
      assert.ok(Math.max(...tray.points.map((q) => q[0])) > r.x1, `${p.rows[row]}'s tray passes ${c.name}`);
    });
  }
  await withSeededProject(async (db) => {
    const g = await generateFabric(db, { ...NVL72, cduSpares: 1 }, { route: true });
    const rows = db.prepare('SELECT name, x_mm, y_mm, width_mm, depth_mm, rotation_deg FROM cdus ORDER BY id').all() as { name: string; x_mm: number; y_mm: number; width_mm: number; depth_mm: number; rotation_deg: number }[];
    assert.equal(rows.length, g.written.cdus);
    assert.deepEqual(rows, plan.cdus.map((c) => ({ name: c.name, x_mm: c.xMm, y_mm: c.yMm, width_mm: 750, depth_mm: 1200, rotation_deg: c.rotationDeg })));
  });
});

test('generated with CDUs too small (--cdu-kw 100): every NVL72 rack gets its own, each reported over capacity; undo takes them away', async () => {
  await withSeededProject(async (db) => {
    const ok = await generateFabric(db, NVL72, { route: true, hallName: 'sized' });
    assert.equal(ok.checks!.warnings, 0, 'every liquid rack has its CDU');
    assert.deepEqual(ok.checks!.counts.cooling, { errors: 0, warnings: 0 });
    const small = await generateFabric(db, { ...NVL72, cduKw: 100 }, { route: true, hallName: 'small' });
    const liquid = db.prepare("SELECT count(*) FROM racks r JOIN halls h ON h.id = r.hall_id WHERE h.name = 'small' AND r.cooling_kind = 'liquid'").pluck().get() as number;
    assert.ok(liquid > 0);
    assert.equal(small.written.cdus, liquid);
    // 142 kW of liquid load on each 100 kW CDU: one cooling error per CDU
    assert.deepEqual(small.checks!.counts.cooling, { errors: liquid, warnings: 0 });
    const cdus = () => db.prepare('SELECT count(*) FROM cdus').pluck().get() as number;
    assert.equal(cdus(), ok.written.cdus + liquid);
    undoEdit(db, { confirm: true });
    assert.equal(cdus(), ok.written.cdus);
  });
});

test('generated N+1 (--cdu-spares 1): one standby CDU a row, written with the hall, no cooling finding; the note counts it', async () => {
  await withSeededProject(async (db) => {
    const plan = planFabric({ ...NVL72, cduSpares: 1 }, CATALOG);
    const duty = plan.cdus.filter((c) => !c.standby).length;
    const rows = new Set(plan.cdus.map((c) => c.row)).size;
    assert.equal(plan.cdus.length, duty + rows);
    assert.ok(plan.notes.some((n) => n.includes(`${duty} in-row CDUs of 2,000 kW`) && n.includes(`; ${rows} standby units, 1 per row;`)), plan.notes.join('\n'));
    const g = await generateFabric(db, { ...NVL72, cduSpares: 1 }, { route: true });
    assert.equal(g.written.cdus, duty + rows);
    assert.deepEqual(g.checks!.counts.cooling, { errors: 0, warnings: 0 });
    const standby = db.prepare("SELECT count(*) FROM cdus c WHERE c.name LIKE 'CDU R%-S1' AND NOT EXISTS (SELECT 1 FROM racks r WHERE r.cdu_id = c.id)").pluck().get();
    assert.equal(standby, rows);
  });
});

test('a hall rebased past ids taken meanwhile keeps each rack on a CDU of its own hall', async () => {
  await withSeededProject(async (db) => {
    const cat = { deviceTypes: readDeviceTypes(db), media: readMedia(db) };
    const e = buildHallEntities(db, planFabric(NVL72, cat));
    // another fabric takes the CDU (and every other) ids the first was given
    writeFabric(db, planFabric({ ...NVL72, gpus: 576 }, cat));
    assert.equal(rebaseHall(db, e), true);
    insertHall(db, e, 'test');
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    const wrong = db.prepare('SELECT count(*) FROM racks r JOIN cdus c ON c.id = r.cdu_id WHERE c.hall_id <> r.hall_id').pluck().get();
    assert.equal(wrong, 0);
    const served = db.prepare("SELECT count(*) FROM racks WHERE cooling_kind = 'liquid' AND cdu_id IS NOT NULL").pluck().get();
    assert.equal(served, db.prepare("SELECT count(*) FROM racks WHERE cooling_kind = 'liquid'").pluck().get());
  });
});

test('a hall given too narrow for the rows and their CDUs says so, in metres', () => {
  const fits = planFabric(NVL72, CATALOG).placement.hall.widthMm;
  // one tile less than the rows and their CDUs need, and wide enough for the racks alone
  const racksOnly = Math.max(...planFabric(NVL72, CATALOG).placement.racks.map((r) => r.xMm + r.widthMm / 2));
  assert.ok(racksOnly < fits - 600);
  assert.throws(() => planFabric({ ...NVL72, hall: { widthMm: fits - 600 } }, CATALOG), {
    message: /the fabric needs a hall at least [\d.]+ m wide \(1 block of rows of up to \d+ racks and 2 in-row CDUs of 0\.75 m at their rows' ends\); it is [\d.]+ m/,
  });
  assert.equal(planFabric({ ...NVL72, hall: { widthMm: fits } }, CATALOG).placement.hall.widthMm, fits);
});
