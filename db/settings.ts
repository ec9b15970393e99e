import { DEFAULT_SETTINGS, type ProjectSettings } from '../core/model/entities.js';
import type { Db } from './open.js';
import { writeTransaction } from './tx.js';

export function readSettings(db: Db): ProjectSettings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const r of rows) if (r.key in DEFAULT_SETTINGS) out[r.key] = JSON.parse(r.value);
  return out as unknown as ProjectSettings;
}

export function writeSettings(db: Db, patch: Partial<ProjectSettings>): ProjectSettings {
  const up = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  writeTransaction(db, () => {
    for (const [k, v] of Object.entries(patch)) if (v !== undefined) up.run(k, JSON.stringify(v));
  });
  return readSettings(db);
}
