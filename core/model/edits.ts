// An edit is a list of entity operations applied in one transaction and recorded as one undo
// step: one gesture in the UI, one command in the CLI.
import { z } from 'zod';
import type { EntityKind, EntityMap, Id } from './entities.js';
import { entityFieldSchemas, idSchema } from './schemas.js';

const kindSchema = z.enum(['hall', 'row', 'rack', 'device', 'port', 'cable', 'tray', 'feed', 'cdu']);

/**
 * An entity created earlier in the same edit is referred to by the negative number its create op
 * gave as `ref`, wherever an id goes (op ids and *Id fields), so one gesture (paste racks with
 * their devices, make a row from a selection) stays one transaction and one undo step. A cable end
 * may also name a port as `{ deviceId, name }`, the device being an id or a reference.
 */
export const refSchema = z.number().int().negative();
const idOrRef = z.union([idSchema, refSchema]);

export const editOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('create'), kind: kindSchema, ref: refSchema.optional(), value: z.record(z.string(), z.unknown()) }),
  z.object({ op: z.literal('update'), kind: kindSchema, id: idOrRef, patch: z.record(z.string(), z.unknown()) }),
  z.object({ op: z.literal('delete'), kind: kindSchema, id: idOrRef }),
]);

export const editSchema = z.object({
  /** What the user did, shown in the undo menu, e.g. "Move 3 racks". */
  label: z.string().min(1).max(200),
  ops: z.array(editOpSchema).min(1),
});

export type EditOp = z.infer<typeof editOpSchema>;
export type Edit = z.infer<typeof editSchema>;

/** What changed, so a client can update its copy without reloading everything. */
export interface Patch {
  put: { [K in EntityKind]?: EntityMap[K][] };
  del: { [K in EntityKind]?: Id[] };
  /** Of the rows put, those that did not exist before (an edit's, undo's or redo's): a client
   * that never fetched a row can tell a new one from a changed one (floor counts). */
  created?: { [K in EntityKind]?: Id[] };
}

export function emptyPatch(): Patch {
  return { put: {}, del: {} };
}

/** Validates a create's value or an update's patch against the kind's field schema. */
export function parseFields(kind: EntityKind, value: unknown, partial: boolean) {
  const schema = entityFieldSchemas[kind];
  return partial ? schema.partial().strict().safeParse(value) : schema.strict().safeParse(value);
}
