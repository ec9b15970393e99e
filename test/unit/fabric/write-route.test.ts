// A generated fabric written into a project file: one transaction, every reference valid, each
// port cabled once, every cable routed over the generated trays (which hold them) and passing reach with the media
// the routing engine chose; a fabric undoes as one step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject, type Db } from '../../../db/open.js';
import { readDeviceTypes, readMedia, upsertDeviceType, upsertMedia } from '../../../db/catalog.js';
import { buildHallEntities, insertHall, rebaseHall, writeFabric } from '../../../db/fabric-write.js';
import { planFabric } from '../../../core/fabric/plan.js';
import { undo } from '../../../db/history.js';
import { EntityStore } from '../../../db/store.js';
import { generateFabric } from '../../../main/app/fabric.js';
import type { FabricInputsIn } from '../../../core/fabric/inputs.js';
import { CATALOG } from './hardware-fixtures.js';

function project(): { db: Db; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'trayline-fabric-'));
  const db = openProject(join(dir, 'p.trayline'), { create: true });
  for (const t of CATALOG.deviceTypes) upsertDeviceType(db, t);
  for (const m of CATALOG.media) upsertMedia(db, m);
  return {
    db,
    done: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const count = (db: Db, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

const CASES: FabricInputsIn[] = [
  { arch: 'rail-optimized', scalableUnits: 2, server: 'test-dgx', switch: 'test-qm' },
  { arch: 'clos', gpus: 2560, server: 'test-dgx', switch: 'test-qm', tiers: 3 },
  { arch: 'rail-only', gpus: 1024, server: 'test-dgx', switch: 'test-qm' },
  { arch: 'dragonfly', gpus: 1056, p: 4, a: 8, h: 4, server: 'test-host', switch: 'test-r15' },
];

for (const inputs of CASES) {
  test(`${inputs.arch}: written whole, ports used once, every cable routed and within reach`, async () => {
    const { db, done } = project();
    try {
      const r = await generateFabric(db, inputs, { route: true });
      const s = r.summary;
      assert.equal(count(db, 'cables'), s.links.total);
      assert.equal(count(db, 'racks'), s.racks);
      assert.equal(count(db, 'devices'), s.servers + s.switches.total);
      assert.deepEqual(db.pragma('foreign_key_check'), [], 'every reference points at a row');
      const reused = db
        .prepare('SELECT count(*) FROM (SELECT p FROM (SELECT a_port_id p FROM cables UNION ALL SELECT b_port_id FROM cables) GROUP BY p HAVING count(*) > 1)')
        .pluck()
        .get();
      assert.equal(reused, 0, 'no port carries two cables');
      assert.ok(r.routing, 'routing ran');
      assert.equal(r.routing.routed, s.links.total);
      assert.equal(r.routing.unroutable, 0);
      assert.equal(r.routing.mediaNotFound, 0);
      const c = r.checks!.counts;
      for (const rule of ['reach', 'unroutable', 'no-media', 'port-reuse', 'port-compat', 'u-space', 'rack-power', 'tray-fill', 'cooling', 'floor-load', 'tray-load', 'aisle'] as const) {
        assert.equal(c[rule].errors, 0, `${rule} errors`);
      }
      // rows alternate their facing (fronts face fronts across cold aisles, rears rears across hot ones)
      if (s.rows > 1) assert.deepEqual(db.prepare('SELECT DISTINCT rotation_deg FROM racks ORDER BY 1').pluck().all(), [0, 180]);
      const unrouted = db.prepare('SELECT count(*) FROM cables WHERE routed_mm IS NULL').pluck().get();
      assert.equal(unrouted, 0);
    } finally {
      done();
    }
  });
}

test('a small fabric is one undo step that removes everything it wrote', async () => {
  const { db, done } = project();
  try {
    const r = await generateFabric(db, { arch: 'rail-optimized', scalableUnits: 1, server: 'test-dgx', switch: 'test-qm' }, { route: false });
    assert.equal(r.written.undoable, true);
    assert.ok(count(db, 'cables') > 0);
    // undoing a hall's creation asks first: refused without confirm, nothing changed
    assert.throws(() => undo(db, new EntityStore(db)), /deletes hall .* Pass confirm: true/);
    assert.ok(count(db, 'cables') > 0);
    undo(db, new EntityStore(db), true);
    for (const table of ['halls', 'rows', 'trays', 'racks', 'devices', 'ports', 'cables']) assert.equal(count(db, table), 0, table);
  } finally {
    done();
  }
});

test('generate reports each phase in order, each ending at its total', async () => {
  const { db, done } = project();
  try {
    const seen: [string, number, number][] = [];
    await generateFabric(db, { arch: 'rail-optimized', scalableUnits: 1, server: 'test-dgx', switch: 'test-qm' }, { route: true, progress: (phase, d, total) => seen.push([phase, d, total]) });
    const order = seen.map(([phase]) => phase).filter((x, i, a) => a[i - 1] !== x);
    assert.deepEqual(order, ['plan', 'route', 'summary', 'racks', 'ports', 'cables']);
    for (const phase of order) {
      const [, lastDone, total] = seen.filter(([x]) => x === phase).at(-1)!;
      assert.equal(lastDone, total, `${phase} ends at its total`);
    }
  } finally {
    done();
  }
});

test('bad inputs write nothing', async () => {
  const { db, done } = project();
  try {
    await assert.rejects(generateFabric(db, { arch: 'dragonfly', gpus: 100_000, p: 2, a: 4, h: 2, server: 'test-host', switch: 'test-r7' }, { route: false }), /groups/);
    assert.equal(count(db, 'halls'), 0);
  } finally {
    done();
  }
});

test('rows written while a fabric is routed only shift its ids: references and labels still agree', () => {
  const { db, done } = project();
  try {
    const plan = planFabric({ arch: 'rail-optimized', scalableUnits: 1, server: 'test-dgx', switch: 'test-qm' }, { deviceTypes: readDeviceTypes(db), media: readMedia(db) });
    const e = buildHallEntities(db, plan);
    // Meanwhile another fabric takes the ids the first one was given.
    writeFabric(db, planFabric({ arch: 'clos', gpus: 64, server: 'test-dgx', switch: 'test-qm' }, { deviceTypes: readDeviceTypes(db), media: readMedia(db) }));
    assert.equal(rebaseHall(db, e), true);
    insertHall(db, e, 'test');
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    const wrong = db
      .prepare(
        `SELECT count(*) FROM cables c JOIN ports pa ON pa.id = c.a_port_id JOIN devices da ON da.id = pa.device_id
         JOIN ports pb ON pb.id = c.b_port_id JOIN devices db ON db.id = pb.device_id
         WHERE c.label <> da.name || ':' || pa.name || '/' || db.name || ':' || pb.name`,
      )
      .pluck()
      .get();
    assert.equal(wrong, 0, 'every label names the ports its cable joins');
    assert.equal(count(db, 'halls'), 2);
  } finally {
    done();
  }
});
