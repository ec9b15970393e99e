// Migration 005 (physics): racks, trays and halls get their physical fields with the documented
// defaults, and a project-wide rack top the user had set becomes every rack's own top.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DEFAULT_PLINTH_MM, DEFAULT_RACK_WEIGHT_KG, DEFAULT_TRAY_LOAD_KG_PER_M } from '../../core/model/physical.js';
import { openProject } from '../../db/open.js';
import { readSettings } from '../../db/settings.js';
import { EntityStore } from '../../db/store.js';
import { tempDir } from '../cli/run-cli.js';
import { fileWithMigrations } from './old-file.js';

function before005(path: string, rackTopMm: number | null): void {
  const db = fileWithMigrations(path, (x) => x.version < 5);
  if (rackTopMm != null) db.prepare("INSERT INTO settings (key, value) VALUES ('rackTopMm', ?)").run(JSON.stringify(rackTopMm));
  db.prepare("INSERT INTO halls (name, width_mm, depth_mm, tile_mm) VALUES ('H', 12000, 9000, 600)").run();
  db.prepare("INSERT INTO trays (hall_id, name, height_mm, width_mm, depth_mm, points) VALUES (1, 'T', 2600, 300, 100, '[[0,0],[1000,0]]')").run();
  db.prepare("INSERT INTO racks (hall_id, name, x_mm, y_mm, rotation_deg, width_mm, depth_mm, height_u, power_budget_w) VALUES (1, 'R', 900, 900, 0, 600, 1200, 42, 0)").run();
  db.close();
}

test('005: a rack top set for the whole project becomes each rack\'s top; the defaults fill the rest', () => {
  const path = join(tempDir(), 'top.trayline');
  before005(path, 2000);
  const db = openProject(path);
  const rack = new EntityStore(db).all('rack')[0]!;
  assert.equal(rack.topMm, 2000);
  assert.equal(rack.plinthMm, DEFAULT_PLINTH_MM);
  assert.equal(rack.weightKg, DEFAULT_RACK_WEIGHT_KG);
  assert.deepEqual([rack.coolingKind, rack.coolingCapacityW, rack.cduId, rack.feedBId], ['air', 0, null, null]);
  assert.equal(new EntityStore(db).all('tray')[0]!.ratedLoadKgPerM, DEFAULT_TRAY_LOAD_KG_PER_M);
  assert.equal(new EntityStore(db).all('hall')[0]!.floorRatingKgM2, null);
  assert.equal(db.prepare("SELECT count(*) FROM settings WHERE key = 'rackTopMm'").pluck().get(), 0);
  assert.ok(!('rackTopMm' in readSettings(db)));
  db.close();
});

test('005: without a stored rack top, racks take the top of their U space (top null)', () => {
  const path = join(tempDir(), 'plain.trayline');
  before005(path, null);
  const db = openProject(path);
  assert.equal(new EntityStore(db).all('rack')[0]!.topMm, null);
  db.close();
});
