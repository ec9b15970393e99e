// Bulk writes of generated rows (db/fabric-write.ts): many rows a statement.
import type { EntityKind, EntityMap } from '../core/model/entities.js';
import type { Db } from './open.js';
import { columnsOf, insertHeadOf } from './tables.js';

/**
 * Inserts rows through multi-row INSERT statements of `batch` rows: one statement call per batch
 * instead of per row (better-sqlite3's per-call cost dominates at 200,000 rows), bound from one
 * reused array that each row is written into (no array per row).
 */
export class BatchInsert<K extends EntityKind> {
  private readonly buf: unknown[];
  private n = 0;
  private readonly full;
  private readonly cols: number;
  constructor(
    private readonly db: Db,
    private readonly kind: K,
    private readonly write: (entity: EntityMap[K], buf: unknown[], at: number) => void,
    private readonly batch = 256,
  ) {
    this.cols = columnsOf(kind).length;
    this.buf = new Array<unknown>(batch * this.cols).fill(null);
    this.full = db.prepare(this.sql(batch));
  }
  private sql(rows: number): string {
    return `${insertHeadOf(this.kind)} VALUES ${Array(rows).fill(`(${Array(this.cols).fill('?').join(',')})`).join(',')}`;
  }
  /** Adds a row; `id`, when given, in place of the entity's own (an entity made without one). */
  add(entity: EntityMap[K] | Omit<EntityMap[K], 'id'>, id?: number): void {
    const at = this.n * this.cols;
    this.write(entity as EntityMap[K], this.buf, at);
    if (id !== undefined) this.buf[at] = id;
    if (++this.n === this.batch) {
      this.full.run(this.buf);
      this.n = 0;
    }
  }
  flush(): void {
    if (this.n > 0) this.db.prepare(this.sql(this.n)).run(this.buf.slice(0, this.n * this.cols));
    this.n = 0;
  }
}
