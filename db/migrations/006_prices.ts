// Device types get a unit price like media (its source and whether it is an estimate), and files
// written before this version get the built-in default prices of core/catalog/prices.ts: device
// types that are still the built-in ones, and media whose price is still the old built-in default
// (Trayline's unsourced order-of-magnitude figure) or missing. A price a user entered is kept.
// The figures are those of the Trayline version that migrates the file.
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA } from '../../core/catalog/index.js';
import { STREET_ESTIMATE } from '../../core/catalog/media/cost.js';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const num = (v: number | null | undefined) => (v == null ? 'NULL' : String(v));

const devices = BUILTIN_DEVICE_TYPES.filter((t) => t.unitCostUsd != null).map(
  (t) =>
    `UPDATE device_types SET unit_cost_usd = ${num(t.unitCostUsd)}, cost_source = ${q(t.costSource ?? '')}, cost_estimate = ${t.costEstimate ? 1 : 0} WHERE slug = ${q(t.slug)} AND origin = 'builtin' AND unit_cost_usd IS NULL;`,
);
const media = BUILTIN_MEDIA.filter((m) => m.unitCostUsd != null).map(
  (m) =>
    `UPDATE media SET unit_cost_usd = ${num(m.unitCostUsd)}, cost_source = ${q(m.costSource ?? '')}, cost_estimate = ${m.costEstimate ? 1 : 0} WHERE id = ${q(m.id)} AND (cost_source IS NULL OR cost_source = ${q(STREET_ESTIMATE)});`,
);

export const sql = `
ALTER TABLE device_types ADD COLUMN unit_cost_usd REAL;
ALTER TABLE device_types ADD COLUMN cost_source TEXT;
ALTER TABLE device_types ADD COLUMN cost_estimate INTEGER NOT NULL DEFAULT 0;
${devices.join('\n')}
${media.join('\n')}
`;
