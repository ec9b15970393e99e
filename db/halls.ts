// Halls by name (exports name the hall to export; the names are unique).
import type { Id } from '../core/model/entities.js';
import type { Db } from './open.js';

export function hallIdByName(db: Db, name: string): Id | null {
  return (db.prepare('SELECT id FROM halls WHERE name = ?').pluck().get(name) as Id | undefined) ?? null;
}

export function hallNames(db: Db): string[] {
  return db.prepare('SELECT name FROM halls ORDER BY id').pluck().all() as string[];
}
