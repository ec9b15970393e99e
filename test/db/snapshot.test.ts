// The snapshot is read as value arrays turned into objects, its JSON text built by SQLite (db/entity-json.ts);
// it must stay exactly what the generic row mapping (db/tables.ts fromRow) gives, since the
// renderer and the engines depend on its shape and content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openProject, ProjectFileError } from '../../db/open.js';
import { loadSnapshot, snapshotJsonChunks } from '../../db/snapshot.js';
import { readAllEntities } from '../../db/entity-json.js';
import { projectPath, referenceSnapshot, smallProject } from './snapshot-fixture.js';
import { storedRoutes } from '../../db/routing-store.js';
import { EntityStore } from '../../db/store.js';
import { readScheduleSource } from '../../db/schedule-source.js';

test('loadSnapshot and its JSON text equal the generic row mapping, value for value', () => {
  const { db } = smallProject();
  const expected = referenceSnapshot(db);
  // The fixture really has the awkward values it claims to have.
  assert.deepEqual(expected.racks.map((r) => r.nameAuto), [true, false]);
  assert.deepEqual(expected.cables.map((c) => c.route), [[{ trayId: expected.trays[0]!.id, seg: 0 }], null]);
  assert.equal(expected.racks[0]!.powerBudgetW, 0.1 + 0.2);
  assert.deepEqual(expected.ports.map((p) => [p.rearPort, p.rearPosition, 'positions' in p]), [['r1', 2, false], [undefined, undefined, false]]);
  assert.deepEqual(expected.cables.map((c) => Object.keys(c).slice(-2)), [['polarity', 'leg'], ['route', 'status']]);
  assert.ok(expected.deviceTypes.length > 1 && expected.media.length > 0, 'seeded catalog');

  assert.deepEqual(loadSnapshot(db), expected);
  assert.ok(JSON.stringify(loadSnapshot(db)) === JSON.stringify(expected), 'objects: same key order');
  const text = Buffer.concat(snapshotJsonChunks(db)).toString('utf8');
  assert.deepEqual(JSON.parse(text), expected);
  // Same keys in the same order too (the text itself may differ: SQLite writes a REAL 400 as 400.0).
  assert.ok(JSON.stringify(JSON.parse(text)) === JSON.stringify(expected), 'same key order');
});

test('an empty project snapshots as empty arrays', () => {
  const db = openProject(projectPath(), { create: true });
  const expected = referenceSnapshot(db);
  assert.deepEqual(expected.cables, []);
  assert.deepEqual(loadSnapshot(db), expected);
  assert.deepEqual(JSON.parse(Buffer.concat(snapshotJsonChunks(db)).toString('utf8')), expected);
});

test('rows read in batches are every row once, in id order (batches of one; one full batch, then an empty one; one short batch)', () => {
  const { db } = smallProject();
  const expected = referenceSnapshot(db);
  assert.equal(expected.ports.length, 2);
  assert.equal(expected.cables.length, 2);
  for (const n of [1, 2, 3]) {
    assert.deepEqual(readAllEntities(db, 'port', n), expected.ports, `${n} at a time`);
    assert.deepEqual(readAllEntities(db, 'cable', n), expected.cables, `${n} at a time`);
  }
});

test("ports' and cables' few-valued text fields, read as one column, keep every text exactly, past the cache of distinct ones too", () => {
  const { db, store } = smallProject();
  const deviceId = db.prepare('SELECT id FROM devices ORDER BY id LIMIT 1').pluck().get() as number;
  // texts that a naive join or a JSON round trip would change: separators, quotes, a backslash,
  // control characters, non-BMP text, a number-like and an empty name; then more distinct names
  // than the parsed texts kept (db/grouped-read.ts)
  const awkward = ['a\u001fb', 'q"uote', 'back\\slash', 'nl\nx', '🛰 sat', '400', '', 'ÿ\u0000z'];
  const names = [...awkward, ...Array.from({ length: 4200 }, (_, i) => `hand-${i}`)];
  // speeds JSON must keep to the last bit (a REAL written with 15 digits would read 0.3, 1e-7 ...)
  const SPEEDS = [0.1 + 0.2, 2.5, 1 / 3, 400, 5e-324, 1e-7, 123456.78901234567];
  db.transaction(() => {
    for (const [i, name] of names.entries()) {
      store.insert(
        'port',
        {
          deviceId,
          name,
          kind: i % 2 ? 'interface' : 'front-port',
          formFactor: awkward[i % awkward.length]!,
          speedGbps: SPEEDS[i % SPEEDS.length]!,
          lanes: 1 + (i % 8),
          face: 'front',
        },
        null,
      );
    }
  })();
  const expected = referenceSnapshot(db);
  assert.equal(expected.ports.length, 2 + names.length);
  assert.ok(expected.ports.some((p) => p.name === 'a\u001fb') && expected.ports.some((p) => p.name === ''), 'the awkward names are stored');
  assert.ok(expected.ports.some((p) => p.speedGbps === 0.1 + 0.2) && expected.ports.some((p) => p.speedGbps === 1 / 3), 'the awkward speeds are stored');
  const ports = readAllEntities(db, 'port');
  assert.deepEqual(ports, expected.ports);
  assert.ok(JSON.stringify(ports) === JSON.stringify(expected.ports), 'same key order');
  assert.deepEqual(readAllEntities(db, 'cable'), expected.cables);
});

test('a text field holding binary data (written by another tool) is named with its row, not left to SQLite', () => {
  const { db } = smallProject();
  const id = db.prepare('SELECT max(id) FROM ports').pluck().get() as number;
  db.prepare("UPDATE ports SET face = x'00ff' WHERE id = ?").run(id);
  assert.throws(
    () => loadSnapshot(db),
    (e: Error) => e instanceof ProjectFileError && e.message.includes(`port ${id} has binary data in face`),
  );
});

test('a route whose text is not JSON (written by another tool) is named with its cable, not left to JSON.parse', () => {
  const { db } = smallProject();
  const id = db.prepare('SELECT max(id) FROM cables').pluck().get() as number;
  db.prepare("UPDATE cables SET route = '[{not json' WHERE id = ?").run(id);
  const named = (e: Error) => e instanceof ProjectFileError && e.message.includes(`cable ${id} has a route that is not JSON`);
  assert.throws(() => loadSnapshot(db), named);
  // and where a check update reads the routes it compares with
  assert.throws(() => storedRoutes(db, [id]), named);
  // one row (an edit reads the cable it changes) and the cable schedule's rows (its CSV and XLSX)
  assert.throws(() => new EntityStore(db).get('cable', id), named);
  assert.throws(() => [...readScheduleSource(db).rows()], named);
});
