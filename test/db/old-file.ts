// A project file as an older Trayline left it: the schema_migrations table and the migrations
// `keep` accepts, applied in order and recorded, so openProject migrates the rest.
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from '../../db/migrations/index.js';

export function fileWithMigrations(path: string, keep: (m: Migration) => boolean): Database.Database {
  const db = new Database(path);
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)');
  for (const m of MIGRATIONS.filter(keep)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)').run(m.version, m.name);
  }
  return db;
}
