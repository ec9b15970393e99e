// How many rows a project holds, for `project.info` and for noticing a changed catalog.
import { countSql } from './compact.js';
import type { Db } from './open.js';
import { readTransaction } from './tx.js';

/** The tables whose sizes `project.info` reports. */
const ENTITY_TABLES = ['halls', 'racks', 'devices', 'ports', 'cables', 'trays', 'feeds', 'cdus'] as const;
/** What each is counted in: ports and cables through their views (rows kept compactly included). */
const READ_FROM: Record<string, string> = { ports: 'port_view', cables: 'cable_view', feeds: 'power_feeds' };

export type EntityCounts = Record<(typeof ENTITY_TABLES)[number], number>;

function countRows(db: Db, table: string): number {
  return db.prepare(countSql(table)).pluck().get() as number;
}

export function entityCounts(db: Db): EntityCounts {
  return readTransaction(db, () => Object.fromEntries(ENTITY_TABLES.map((t) => [t, countRows(db, READ_FROM[t] ?? t)])) as EntityCounts);
}

/** Sizes of the catalog tables (a check session built before an import no longer matches them). */
export function catalogCounts(db: Db): { deviceTypes: number; media: number } {
  return { deviceTypes: countRows(db, 'device_types'), media: countRows(db, 'media') };
}

/** Cables in the project. */
export function cableCount(db: Db): number {
  return countRows(db, 'cable_view');
}
