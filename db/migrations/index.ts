// Numbered migrations, applied in order and recorded in schema_migrations. Add a file
// NNN_name.ts exporting `sql` and list it here; never edit one that has shipped.
import { sql as m001 } from './001_init.js';
import { sql as m002 } from './002_catalog.js';
import { sql as m003 } from './003_catalog_physics.js';
import { sql as m004 } from './004_structured.js';
import { sql as m005 } from './005_physics.js';
import { sql as m006 } from './006_prices.js';
import { sql as m010 } from './010_history_halls.js';
import { sql as m011 } from './011_floor_cache.js';
import { sql as m012 } from './012_read_views.js';
import { sql as m013 } from './013_port_blocks.js';
import { sql as m014 } from './014_channels.js';
import { sql as m015 } from './015_cdu_floor.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'init', sql: m001 },
  { version: 2, name: 'catalog', sql: m002 },
  { version: 3, name: 'catalog_physics', sql: m003 },
  { version: 4, name: 'structured', sql: m004 },
  { version: 5, name: 'physics', sql: m005 },
  { version: 6, name: 'prices', sql: m006 },
  // 010, not 007: other branches add 007-009
  { version: 10, name: 'history_halls', sql: m010 },
  { version: 11, name: 'floor_cache', sql: m011 },
  { version: 12, name: 'read_views', sql: m012 },
  { version: 13, name: 'port_blocks', sql: m013 },
  { version: 14, name: 'channels', sql: m014 },
  { version: 15, name: 'cdu_floor', sql: m015 },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
