// Migration 006: device types get price columns; a file written before it gets the built-in
// default prices for its built-in device types and for media still at the old unsourced default,
// while a price the user entered (and a NetBox type's missing price) stays as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { BUILTIN_PRICES } from '../../core/catalog/prices.js';
import { STREET_ESTIMATE } from '../../core/catalog/media/cost.js';
import { readDeviceTypes, readMedia, setDeviceTypePrice } from '../../db/catalog.js';
import { openProject } from '../../db/open.js';
import { tempDir } from '../cli/run-cli.js';
import { fileWithMigrations } from './old-file.js';

function oldFile(path: string): void {
  const db = fileWithMigrations(path, (x) => x.version < 6);
  const type = db.prepare("INSERT INTO device_types (slug, manufacturer, model, role, u_height, is_full_depth, source, origin) VALUES (?, 'x', 'x', 'switch', 1, 1, 's', ?)");
  type.run('nvidia-qm9700', 'builtin');
  type.run('my-leaf', 'netbox');
  const media = db.prepare("INSERT INTO media (id, kind, name, speed_gbps, form_factor, lanes, connector, max_reach_m, unit_cost_usd, source, cost_source, cost_estimate) VALUES (?, 'transceiver', 'x', 400, 'OSFP', 4, 'x', 50, ?, 's', ?, ?)");
  media.run('NVIDIA-MMA4Z00-NS-2xSR4', 1300, STREET_ESTIMATE, 1);
  media.run('400GBASE-SR4', 420, 'user price list', 0);
  db.close();
}

test('an older file gets the built-in prices where it still had the old defaults; the user\'s prices stay', () => {
  const path = join(tempDir(), 'old.trayline');
  oldFile(path);
  const db = openProject(path);
  try {
    const types = new Map(readDeviceTypes(db).map((t) => [t.slug, t]));
    assert.equal(types.get('nvidia-qm9700')!.unitCostUsd, BUILTIN_PRICES['nvidia-qm9700']!.usd);
    assert.equal(types.get('nvidia-qm9700')!.costEstimate, true);
    assert.match(types.get('nvidia-qm9700')!.costSource!, /2024-08-22/);
    assert.equal(types.get('my-leaf')!.unitCostUsd, null, 'a NetBox type is never given a price');
    const media = new Map(readMedia(db).map((m) => [m.id, m]));
    assert.equal(media.get('NVIDIA-MMA4Z00-NS-2xSR4')!.unitCostUsd, BUILTIN_PRICES['NVIDIA-MMA4Z00-NS-2xSR4']!.usd);
    assert.equal(media.get('400GBASE-SR4')!.unitCostUsd, 420);
    assert.equal(media.get('400GBASE-SR4')!.costSource, 'user price list');
    // A user's price for a device type is the user's: not an estimate; clearing it leaves it unpriced.
    const mine = setDeviceTypePrice(db, 'my-leaf', 25_000)!;
    assert.equal(mine.unitCostUsd, 25_000);
    assert.equal(mine.costEstimate, false);
    assert.equal(mine.costSource, 'user price list');
    assert.equal(setDeviceTypePrice(db, 'my-leaf', null)!.unitCostUsd, null);
    assert.equal(setDeviceTypePrice(db, 'no-such', 1), null);
  } finally {
    db.close();
  }
});
