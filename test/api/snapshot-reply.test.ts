// project.snapshot over the loopback bridge is sent as ready-made JSON text, cached until the
// project changes. What a user cares about: the reply is the snapshot, value for value, and it
// is never stale after any kind of write (edit, undo, redo, routing, settings, catalog, another
// connection, a rolled-back transaction).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectSnapshot } from '../../core/model/entities.js';
import { startBridge, type Bridge } from '../../main/bridge/server.js';
import { ProjectSession } from '../../main/session/session.js';
import { openProject, type Db } from '../../db/open.js';
import { writeRoutes } from '../../db/routing-store.js';
import { writeSettings } from '../../db/settings.js';
import { setMediaPrice } from '../../db/catalog.js';
import { cachedSnapshotJson } from '../../db/snapshot.js';
import { referenceSnapshot, smallProject } from '../db/snapshot-fixture.js';

let bridge: Bridge;
let session: ProjectSession;
let db: Db;

before(async () => {
  db = smallProject().db;
  session = new ProjectSession({ path: db.name, db });
  bridge = await startBridge({ session, token: 'tok', staticDir: mkdtempSync(join(tmpdir(), 'tl-site-')) });
});

after(async () => {
  await bridge.close();
  session.close();
});

async function call(method: string, args: unknown = {}): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const res = await fetch(`http://127.0.0.1:${bridge.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-trayline-token': 'tok' },
    body: JSON.stringify(args),
  });
  assert.equal(res.status, 200);
  const text = await res.text();
  assert.equal(Number(res.headers.get('content-length')), Buffer.byteLength(text), 'content-length is the body length');
  return JSON.parse(text);
}

async function assertFresh(what: string): Promise<ProjectSnapshot> {
  const reply = await call('project.snapshot');
  const expected = referenceSnapshot(db);
  assert.deepEqual(reply, { ok: true, value: expected }, `snapshot after ${what}`);
  return expected;
}

test('the reply is the snapshot, and is reused while nothing changes', async () => {
  await assertFresh('opening');
  // Reused: the same cached pieces, not rebuilt.
  assert.equal(cachedSnapshotJson(db), cachedSnapshotJson(db));
  // Bad arguments still get dispatch()'s error reply.
  const bad = await call('project.snapshot', []);
  assert.equal(bad.ok, false);
  assert.equal(bad.error!.code, 'bad-input');
});

test('every kind of write makes the next reply fresh', async () => {
  const before = await assertFresh('opening');
  const device = before.devices[0]!;

  const edited = await call('edit.apply', { label: 'Rename', ops: [{ op: 'update', kind: 'device', id: device.id, patch: { name: 'Renamed' } }] });
  assert.equal(edited.ok, true, JSON.stringify(edited.error));
  assert.equal((await assertFresh('an edit')).devices[0]!.name, 'Renamed');

  assert.equal((await call('edit.undo')).ok, true);
  assert.equal((await assertFresh('undo')).devices[0]!.name, device.name);
  assert.equal((await call('edit.redo')).ok, true);
  assert.equal((await assertFresh('redo')).devices[0]!.name, 'Renamed');

  const cable = before.cables[0]!;
  writeRoutes(db, [{ id: cable.id, routedMm: cable.routedMm! + 1000, orderedMm: cable.orderedMm, route: null }]);
  const routed = await assertFresh('writing routes');
  assert.equal(routed.cables[0]!.routedMm, cable.routedMm! + 1000);
  assert.equal(routed.cables[0]!.route, null);

  writeSettings(db, { ...before.settings });
  const priced = before.media[0]!;
  assert.ok(setMediaPrice(db, priced.id, (priced.unitCostUsd ?? 0) + 7));
  assert.equal((await assertFresh('a price change')).media[0]!.unitCostUsd, (priced.unitCostUsd ?? 0) + 7);

  // A write by another connection to the same file (another process, a CLI run).
  const other = openProject(db.name);
  other.prepare('UPDATE halls SET name = ? WHERE id = ?').run('Elsewhere', before.halls[0]!.id);
  other.close();
  assert.equal((await assertFresh('a write by another connection')).halls[0]!.name, 'Elsewhere');
});

test('a snapshot taken inside a transaction that is rolled back is not kept', async () => {
  const before = await assertFresh('opening');
  const tx = db.transaction(() => {
    db.prepare('UPDATE racks SET name = ? WHERE id = ?').run('Doomed', before.racks[0]!.id);
    const inside = JSON.parse(Buffer.concat(cachedSnapshotJson(db)).toString('utf8')) as ProjectSnapshot;
    assert.equal(inside.racks[0]!.name, 'Doomed');
    throw new Error('roll back');
  });
  assert.throws(tx, /roll back/);
  assert.equal((await assertFresh('a rollback')).racks[0]!.name, before.racks[0]!.name);
});
