// A field's new value checked against its entity's schema before the edit is sent: refused in the
// words the API's own refusals use (core/model/errors.ts issueMessage). The schemas (and zod) load
// when the first field is edited, not with the page.
import { issueMessage } from '../../../core/model/errors.js';
import type { EntityKind } from '../../../core/model/entities.js';

let schemas: Promise<typeof import('../../../core/model/schemas.js')> | null = null;
/** Starts loading the schemas (a field got focus: it may be checked next). */
export const loadSchemas = () => (schemas ??= import('../../../core/model/schemas.js'));

export async function validateField(kind: EntityKind, field: string, value: unknown): Promise<string | null> {
  const { entityFieldSchemas } = await loadSchemas();
  const shape = (entityFieldSchemas[kind] as unknown as { shape: Record<string, { safeParse(v: unknown): { success: boolean; error?: { issues: Parameters<typeof issueMessage>[0][] } } }> }).shape;
  const schema = shape[field];
  if (!schema) return null;
  const r = schema.safeParse(value);
  const issue = r.success ? undefined : r.error?.issues[0];
  return r.success ? null : issue ? issueMessage(issue) : 'invalid';
}
