// Migration 012 (read_views): ports and cables are read through port_view and cable_view, which
// show the tables' rows as they are, on a file migrated with its data and on a new one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openProject } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';
import { columnsOf } from '../../db/tables.js';
import { tempDir } from '../cli/run-cli.js';
import { fileWithMigrations } from './old-file.js';

function before012(path: string): void {
  const db = fileWithMigrations(path, (x) => x.version < 12);
  db.prepare("INSERT INTO halls (name, width_mm, depth_mm, tile_mm) VALUES ('H', 12000, 9000, 600)").run();
  db.prepare("INSERT INTO racks (hall_id, name, x_mm, y_mm, rotation_deg, width_mm, depth_mm, height_u, power_budget_w) VALUES (1, 'R', 900, 900, 0, 600, 1200, 42, 0)").run();
  db.prepare("INSERT INTO device_types (slug, manufacturer, model, role, u_height, is_full_depth, source, origin) VALUES ('t', 'V', 'M', 'server', 1, 1, 's', 'user')").run();
  db.prepare("INSERT INTO devices (rack_id, name, type_id, u, face) VALUES (1, 'd', 1, 1, 'front')").run();
  const port = db.prepare("INSERT INTO ports (id, device_id, name, kind, form_factor, speed_gbps, lanes, face) VALUES (?, 1, ?, 'interface', 'OSFP', 400, 8, 'rear')");
  port.run(7, 'p1');
  port.run(9, 'p2');
  db.prepare("INSERT INTO cables (id, label, a_port_id, b_port_id, route) VALUES (5, 'C', 7, 9, '[]')").run();
  db.close();
}

const rows = (db: Database.Database, from: string, kind: 'port' | 'cable') => db.prepare(`SELECT ${columnsOf(kind).join(', ')} FROM ${from} ORDER BY id`).raw().all();

test('012 on an older file: the views show the rows the tables hold, and new ids follow them', () => {
  const path = join(tempDir(), 'old.trayline');
  before012(path);
  const db = openProject(path);
  assert.deepEqual(rows(db, 'port_view', 'port'), rows(db, 'ports', 'port'));
  assert.deepEqual(rows(db, 'cable_view', 'cable'), rows(db, 'cables', 'cable'));
  assert.equal(rows(db, 'port_view', 'port').length, 2);
  const store = new EntityStore(db);
  assert.deepEqual(store.get('cable', 5)?.label, 'C');
  const id = store.insert('port', { deviceId: 1, name: 'p3', kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 8, face: 'rear' }, null);
  assert.equal(id, 10);
  // ids are counted within the store: a row put back under an old id does not move the next one
  // down, and a delete makes the store ask the view again
  const port = (name: string) => ({ deviceId: 1, name, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 400, lanes: 8, face: 'rear' as const });
  assert.equal(store.insert('port', port('p4'), null), 11);
  store.restore('port', 3, { id: 3, device_id: 1, name: 'p0', kind: 'interface', form_factor: 'OSFP', speed_gbps: 400, lanes: 8, face: 'rear' }, null);
  assert.equal(store.insert('port', port('p5'), null), 12);
  store.delete('port', 12, null);
  store.delete('port', 11, null);
  assert.equal(store.insert('port', port('p6'), null), 11);
  const fresh = new EntityStore(db);
  fresh.restore('port', 4, { id: 4, device_id: 1, name: 'q', kind: 'interface', form_factor: 'OSFP', speed_gbps: 400, lanes: 8, face: 'rear' }, null);
  assert.equal(fresh.insert('port', port('p7'), null), 12);
  db.close();
});

test('012 on a new file: both views exist and are empty', () => {
  const db = openProject(join(tempDir(), 'new.trayline'), { create: true });
  const views = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY name").pluck().all();
  // (014 adds the records' jumper arms, channel_a_view and channel_b_view)
  for (const v of ['cable_view', 'port_view']) assert.ok(views.includes(v), v);
  assert.equal(db.prepare('SELECT count(*) FROM port_view').pluck().get(), 0);
  db.close();
});
