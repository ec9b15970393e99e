// Seeds a project file with the built-in catalog. Runs in one transaction; re-running updates
// built-in entries by slug / id. Prices the user has edited are kept (the price list is theirs).
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../core/catalog/index.js';
import type { AssemblySpec } from '../core/model/entities.js';
import { upsertDeviceType, upsertMedia } from './catalog.js';
import type { Db } from './open.js';
import { writeTransaction } from './tx.js';

export interface SeedSummary {
  deviceTypes: number;
  media: number;
}

export function seedCatalog(db: Db): SeedSummary {
  const run = () => writeTransaction(db, () => {
    const typePriceOf = db.prepare('SELECT unit_cost_usd, cost_source, cost_estimate FROM device_types WHERE slug = ?');
    for (const t of BUILTIN_DEVICE_TYPES) {
      const type = toDeviceType(t);
      const existing = typePriceOf.get(t.slug) as { unit_cost_usd: number | null; cost_source: string | null; cost_estimate: number } | undefined;
      const userPriced = existing !== undefined && existing.unit_cost_usd !== null && existing.cost_source !== type.costSource;
      upsertDeviceType(
        db,
        userPriced ? { ...type, unitCostUsd: existing.unit_cost_usd, costSource: existing.cost_source, costEstimate: existing.cost_estimate === 1 } : type,
      );
    }
    const priceOf = db.prepare('SELECT unit_cost_usd, cost_source, cost_estimate, assembly FROM media WHERE id = ?');
    for (const m of BUILTIN_MEDIA) {
      const media = toMedia(m);
      const existing = priceOf.get(m.id) as { unit_cost_usd: number | null; cost_source: string | null; cost_estimate: number; assembly: string | null } | undefined;
      // A price whose origin differs from the built-in default is the user's: keep it as it is
      // (for a made assembly, with its base and per-metre price).
      const userPriced = existing !== undefined && (existing.cost_source !== media.costSource || existing.unit_cost_usd !== media.unitCostUsd);
      const kept = userPriced ? { ...media, unitCostUsd: existing.unit_cost_usd, costSource: existing.cost_source, costEstimate: existing.cost_estimate === 1 } : media;
      if (userPriced && media.assembly && existing.assembly != null) {
        const old = JSON.parse(existing.assembly) as AssemblySpec;
        kept.assembly = { ...media.assembly, costBaseUsd: old.costBaseUsd, costPerMUsd: old.costPerMUsd };
      }
      upsertMedia(db, kept);
    }
  });
  run();
  return { deviceTypes: BUILTIN_DEVICE_TYPES.length, media: BUILTIN_MEDIA.length };
}
