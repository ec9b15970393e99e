// project.floor, what a page opens with, is cached until the project changes, sent by the bridge
// as ready-made JSON, and computed while the page's code loads. What a user cares about: the
// floor is never stale after a write (here, another connection's or this one's edit), and
// opening does not wait for work that could have been done while the page was compiling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBridge, type Bridge } from '../../main/bridge/server.js';
import { ProjectSession } from '../../main/session/session.js';
import { openProject, type Db } from '../../db/open.js';
import { cachedFloor, loadFloor } from '../../db/floor.js';
import { isCached } from '../../db/snapshot.js';
import { smallProject } from '../db/snapshot-fixture.js';
import { floorRacks, type FloorPayload } from '../../core/model/floor.js';

let bridge: Bridge;
let session: ProjectSession;
let db: Db;
let site: string;

before(async () => {
  db = smallProject().db;
  session = new ProjectSession({ path: db.name, db });
  site = mkdtempSync(join(tmpdir(), 'tl-site-'));
  mkdirSync(join(site, 'assets'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(site, 'assets', 'app.js'), 'console.log(1)');
  bridge = await startBridge({ session, token: 'tok', staticDir: site });
});

after(async () => {
  await bridge.close();
  session.close();
});

async function floor(): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${bridge.port}/api/project.floor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-trayline-token': 'tok' },
    body: '{}',
  });
  assert.equal(res.status, 200);
  const text = await res.text();
  assert.equal(Number(res.headers.get('content-length')), Buffer.byteLength(text), 'content-length is the body length');
  return JSON.parse(text);
}

test('the floor reply is the floor, reused while nothing changes, fresh after any write', async () => {
  assert.deepEqual(await floor(), { ok: true, value: JSON.parse(JSON.stringify(loadFloor(db))) });
  assert.equal(cachedFloor(db), cachedFloor(db), 'reused, not rebuilt');
  const { id } = floorRacks(loadFloor(db))[0]!;

  const renamed = await fetch(`http://127.0.0.1:${bridge.port}/api/edit.apply`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-trayline-token': 'tok' },
    body: JSON.stringify({ label: 'Rename', ops: [{ op: 'update', kind: 'rack', id, patch: { name: 'Z99', nameAuto: false } }] }),
  });
  assert.equal(((await renamed.json()) as { ok: boolean }).ok, true);
  const after = (await floor()) as { value: FloorPayload };
  assert.equal(floorRacks(after.value).find((r) => r.id === id)!.name, 'Z99', 'the renamed rack has its new name');

  const other = openProject(db.name);
  other.prepare('UPDATE halls SET name = ? WHERE id = ?').run('Elsewhere', after.value.halls[0]!.id);
  other.close();
  assert.equal(((await floor()) as { value: FloorPayload }).value.halls[0]!.name, 'Elsewhere');
});

test('serving the page prepares the floor before the page asks for it (its code may come from the browser cache)', { timeout: 20_000 }, async () => {
  const prepared = new Promise<void>((resolve) => {
    const own = session.prepareOpen.bind(session);
    session.prepareOpen = () => own().then(resolve);
  });
  // Another process's write: what the first test cached is stale.
  const other = openProject(db.name);
  other.prepare('UPDATE halls SET name = ?').run('Served');
  other.close();
  assert.equal(isCached(db, 'floor'), false, 'nothing computed before the page is served');
  const res = await fetch(`http://127.0.0.1:${bridge.port}/?token=tok`);
  assert.equal(res.status, 200);
  await res.text();
  await prepared;
  assert.equal(isCached(db, 'floor'), true, 'the floor computed in pieces is in the cache');
  // The page's call gets the cached object, not a new read.
  const warmed = cachedFloor(db);
  assert.deepEqual(await floor(), { ok: true, value: JSON.parse(JSON.stringify(warmed)) });
  assert.equal(cachedFloor(db), warmed);
});

test('project.floorCounts over the bridge: the floor\'s counts alone; an unknown argument refused', async () => {
  const call = async (args: unknown) => {
    const res = await fetch(`http://127.0.0.1:${bridge.port}/api/project.floorCounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-trayline-token': 'tok' },
      body: JSON.stringify(args),
    });
    return (await res.json()) as { ok: boolean; value: unknown; error?: { message: string } };
  };
  const f = loadFloor(db);
  assert.deepEqual(await call({}), { ok: true, value: JSON.parse(JSON.stringify({ rackDevices: f.rackDevices, bundles: f.bundles, routedByHall: f.routedByHall, unrouted: f.unrouted, counts: f.counts })) });
  const bad = await call({ racks: [1] });
  assert.equal(bad.ok, false);
  assert.match(bad.error!.message, /racks/);
});
