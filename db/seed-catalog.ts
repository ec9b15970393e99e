// Seeds a project file with the built-in catalog. Runs in one transaction; re-running updates
// built-in entries by slug / id. Prices the user has edited are kept (the price list is theirs).
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../core/catalog/index.js';
import { upsertDeviceType, upsertMedia } from './catalog.js';
import type { Db } from './open.js';

export interface SeedSummary {
  deviceTypes: number;
  media: number;
}

export function seedCatalog(db: Db): SeedSummary {
  const run = db.transaction(() => {
    for (const t of BUILTIN_DEVICE_TYPES) upsertDeviceType(db, toDeviceType(t));
    const priceOf = db.prepare('SELECT unit_cost_usd FROM media WHERE id = ?').pluck();
    for (const m of BUILTIN_MEDIA) {
      const media = toMedia(m);
      const existing = priceOf.get(m.id) as number | null | undefined;
      upsertMedia(db, existing === undefined ? media : { ...media, unitCostUsd: existing });
    }
  });
  run();
  return { deviceTypes: BUILTIN_DEVICE_TYPES.length, media: BUILTIN_MEDIA.length };
}
