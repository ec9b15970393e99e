// The inputs a sensitivity run varies, how they are written and shown, and their validation:
// kept apart from the run itself (vary.ts) so the renderer can use them without the generator.
import { z } from 'zod';
import { FabricInputError } from '../fabric/hardware.js';

export const VARY_FIELDS = ['radix', 'mediaPolicy', 'switch', 'server', 'oversubscription', 'gpus', 'rails', 'tiers'] as const;
export type VaryField = (typeof VARY_FIELDS)[number];

/** How each field is written on the command line and shown to people. */
export const VARY_FLAG: Record<VaryField, string> = {
  radix: 'radix',
  mediaPolicy: 'media-policy',
  switch: 'switch',
  server: 'server',
  oversubscription: 'oversubscription',
  gpus: 'gpus',
  rails: 'rails',
  tiers: 'tiers',
};
export const VARY_LABEL: Record<VaryField, string> = {
  radix: 'radix',
  mediaPolicy: 'media',
  switch: 'switch',
  server: 'server',
  oversubscription: 'oversubscription',
  gpus: 'GPUs',
  rails: 'rails',
  tiers: 'tiers',
};

export const varyAxisSchema = z.strictObject({
  field: z.enum(VARY_FIELDS),
  values: z.array(z.union([z.number(), z.string().min(1)])).min(1).max(8),
});
export type VaryAxis = z.output<typeof varyAxisSchema>;

/** At most this many combinations in one sensitivity run (each is a full comparison). */
export const MAX_COMBOS = 16;


const NUMERIC = new Set<VaryField>(['radix', 'oversubscription', 'gpus', 'rails']);

/** "radix=64,128" or "media-policy=cheapest,power" as an axis; the message names what is wrong. */
export function parseVary(text: string): VaryAxis {
  const m = /^\s*([a-zA-Z-]+)\s*=\s*(.+)$/.exec(text);
  if (!m) throw new FabricInputError(`"${text}" is not FIELD=V1,V2 (e.g. radix=64,128)`, 'vary');
  const name = m[1]!;
  const field = (Object.keys(VARY_FLAG) as VaryField[]).find((f) => f === name || VARY_FLAG[f] === name);
  if (!field) throw new FabricInputError(`cannot vary "${name}": one of ${Object.values(VARY_FLAG).join(', ')}`, 'vary');
  const values = m[2]!.split(',').map((v) => v.trim()).filter(Boolean).map((v) => {
    if (field === 'tiers') return v === 'auto' ? v : Number(v);
    if (!NUMERIC.has(field)) return v;
    const n = Number(v);
    if (!Number.isFinite(n)) throw new FabricInputError(`${VARY_FLAG[field]}: "${v}" is not a number`, 'vary');
    return n;
  });
  return varyAxisSchema.parse({ field, values });
}

export function comboLabel(values: Partial<Record<VaryField, string | number>>): string {
  return (Object.entries(values) as [VaryField, string | number][]).map(([f, v]) => `${VARY_LABEL[f]} ${v}`).join(' · ');
}
