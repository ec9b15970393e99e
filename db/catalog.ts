// Device types (with port templates) and media in the project file. Each project carries its
// own copy of the catalog so that it opens the same on any machine and prices are per project.
import { portFlags } from '../core/catalog/index.js';
import type { AssemblySpec, DeviceType, Id, Media, PortTemplate } from '../core/model/entities.js';
import { materialiseType } from './compact.js';
import type { Db } from './open.js';
import { EntityStore } from './store.js';
import { writeTransaction } from './tx.js';
import { ApiError } from '../core/model/errors.js';

interface DeviceTypeRow {
  id: Id;
  slug: string;
  manufacturer: string;
  model: string;
  role: DeviceType['role'];
  u_height: number;
  is_full_depth: number;
  max_power_w: number | null;
  typical_power_w: number | null;
  weight_kg: number | null;
  airflow: string | null;
  source: string;
  origin: DeviceType['origin'];
  part_number: string | null;
  notes: string | null;
  gaps: string;
  cooling_kind: DeviceType['coolingKind'];
  psu_count: number | null;
  psu_rating_w: number | null;
  psu_redundancy: DeviceType['psuRedundancy'];
  rack_scale: number;
  nvlink_domain_gpus: number | null;
  parts: string;
  unit_cost_usd: number | null;
  cost_source: string | null;
  cost_estimate: number;
}

/** The catalog's device types with their port templates; only those of `ids` when given (a few
 * devices' types, not the whole catalog's templates: 30-90 ms). */
export function readDeviceTypes(db: Db, ids?: readonly Id[]): DeviceType[] {
  const only = (col: string) => (ids ? ` WHERE ${col} IN (SELECT value FROM json_each(@ids))` : '');
  const args = ids ? [{ ids: JSON.stringify(ids) }] : [];
  const types = db.prepare(`SELECT * FROM device_types${only('id')} ORDER BY id`).all(...args) as DeviceTypeRow[];
  const ports = db
    .prepare(
      `SELECT device_type_id, name, kind, form_factor, speed_gbps, lanes, face, breakouts, mgmt_only, lpo_capable, cpo, single_port, rear_port, rear_position, positions FROM port_templates${only('device_type_id')} ORDER BY device_type_id, position`,
    )
    .all(...args) as Array<{
      device_type_id: Id;
      name: string;
      kind: PortTemplate['kind'];
      form_factor: string;
      speed_gbps: number;
      lanes: number;
      face: PortTemplate['face'];
      breakouts: string;
      mgmt_only: number;
      lpo_capable: number;
      cpo: number;
      single_port: number;
      rear_port: string | null;
      rear_position: number | null;
      positions: number | null;
    }>;
  const byType = new Map<Id, PortTemplate[]>();
  for (const p of ports) {
    let list = byType.get(p.device_type_id);
    if (!list) byType.set(p.device_type_id, (list = []));
    const flags = portFlags({ mgmtOnly: p.mgmt_only === 1, lpoCapable: p.lpo_capable === 1, cpo: p.cpo === 1, singlePort: p.single_port === 1 });
    const t: PortTemplate = { name: p.name, kind: p.kind, formFactor: p.form_factor, speedGbps: p.speed_gbps, lanes: p.lanes, face: p.face, breakouts: JSON.parse(p.breakouts), ...flags };
    // front/rear mapping only where set: most templates are active ports
    if (p.rear_port != null) t.rearPort = p.rear_port;
    if (p.rear_position != null) t.rearPosition = p.rear_position;
    if (p.positions != null) t.positions = p.positions;
    list.push(t);
  }
  return types.map((t) => ({
    id: t.id,
    slug: t.slug,
    manufacturer: t.manufacturer,
    model: t.model,
    role: t.role,
    uHeight: t.u_height,
    isFullDepth: t.is_full_depth === 1,
    maxPowerW: t.max_power_w,
    typicalPowerW: t.typical_power_w,
    weightKg: t.weight_kg,
    airflow: t.airflow,
    source: t.source,
    origin: t.origin,
    ports: byType.get(t.id) ?? [],
    partNumber: t.part_number,
    gaps: JSON.parse(t.gaps) as string[],
    notes: t.notes,
    coolingKind: t.cooling_kind,
    psuCount: t.psu_count,
    psuRatingW: t.psu_rating_w,
    psuRedundancy: t.psu_redundancy,
    rackScale: t.rack_scale === 1,
    nvlinkDomainGpus: t.nvlink_domain_gpus,
    parts: JSON.parse(t.parts) as NonNullable<DeviceType['parts']>,
    unitCostUsd: t.unit_cost_usd,
    costSource: t.cost_source,
    costEstimate: t.cost_estimate === 1,
  }));
}

/**
 * Inserts or replaces (by slug) a device type and its port templates; returns its id. A type
 * written without a price keeps the price it had (a NetBox re-import does not drop the user's).
 */
export function upsertDeviceType(db: Db, t: Omit<DeviceType, 'id'>): { id: Id; created: boolean } {
  const existing = db.prepare('SELECT id FROM device_types WHERE slug = ?').pluck().get(t.slug) as Id | undefined;
  const row = {
    slug: t.slug,
    manufacturer: t.manufacturer,
    model: t.model,
    role: t.role,
    u_height: t.uHeight,
    is_full_depth: t.isFullDepth ? 1 : 0,
    max_power_w: t.maxPowerW,
    typical_power_w: t.typicalPowerW,
    weight_kg: t.weightKg,
    airflow: t.airflow,
    source: t.source,
    origin: t.origin,
    part_number: t.partNumber ?? null,
    notes: t.notes ?? null,
    gaps: JSON.stringify(t.gaps ?? []),
    cooling_kind: t.coolingKind ?? null,
    psu_count: t.psuCount ?? null,
    psu_rating_w: t.psuRatingW ?? null,
    psu_redundancy: t.psuRedundancy ?? null,
    rack_scale: t.rackScale ? 1 : 0,
    nvlink_domain_gpus: t.nvlinkDomainGpus ?? null,
    parts: JSON.stringify(t.parts ?? []),
    unit_cost_usd: t.unitCostUsd ?? null,
    cost_source: t.costSource ?? null,
    cost_estimate: t.costEstimate ? 1 : 0,
  };
  let id: Id;
  if (existing !== undefined) {
    id = existing;
    db.prepare(
      `UPDATE device_types SET manufacturer=@manufacturer, model=@model, role=@role, u_height=@u_height,
       is_full_depth=@is_full_depth, max_power_w=@max_power_w, typical_power_w=@typical_power_w,
       weight_kg=@weight_kg, airflow=@airflow, source=@source, origin=@origin,
       part_number=@part_number, notes=@notes, gaps=@gaps, cooling_kind=@cooling_kind, psu_count=@psu_count,
       psu_rating_w=@psu_rating_w, psu_redundancy=@psu_redundancy, rack_scale=@rack_scale,
       nvlink_domain_gpus=@nvlink_domain_gpus, parts=@parts,
       cost_source = CASE WHEN @unit_cost_usd IS NULL THEN cost_source ELSE @cost_source END,
       cost_estimate = CASE WHEN @unit_cost_usd IS NULL THEN cost_estimate ELSE @cost_estimate END,
       unit_cost_usd = COALESCE(@unit_cost_usd, unit_cost_usd) WHERE id=@id`,
    ).run({ ...row, id });
    // Devices whose front ports are a block of these templates keep their ports as rows when the templates change.
    if (templatesChange(db, id, t.ports)) materialiseType(new EntityStore(db), id);
    db.prepare('DELETE FROM port_templates WHERE device_type_id = ?').run(id);
  } else {
    id = Number(
      db
        .prepare(
          `INSERT INTO device_types (slug, manufacturer, model, role, u_height, is_full_depth, max_power_w, typical_power_w, weight_kg, airflow, source, origin, part_number, notes, gaps,
             cooling_kind, psu_count, psu_rating_w, psu_redundancy, rack_scale, nvlink_domain_gpus, parts, unit_cost_usd, cost_source, cost_estimate)
           VALUES (@slug, @manufacturer, @model, @role, @u_height, @is_full_depth, @max_power_w, @typical_power_w, @weight_kg, @airflow, @source, @origin, @part_number, @notes, @gaps,
             @cooling_kind, @psu_count, @psu_rating_w, @psu_redundancy, @rack_scale, @nvlink_domain_gpus, @parts, @unit_cost_usd, @cost_source, @cost_estimate)`,
        )
        .run(row).lastInsertRowid,
    );
  }
  const ins = db.prepare(
    'INSERT INTO port_templates (device_type_id, position, name, kind, form_factor, speed_gbps, lanes, face, breakouts, mgmt_only, lpo_capable, cpo, single_port, rear_port, rear_position, positions) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
  );
  const bit = (b: boolean | undefined) => (b ? 1 : 0);
  t.ports.forEach((p, i) =>
    ins.run(id, i, p.name, p.kind, p.formFactor, p.speedGbps, p.lanes, p.face, JSON.stringify(p.breakouts), bit(p.mgmtOnly), bit(p.lpoCapable), bit(p.cpo), bit(p.singlePort), p.rearPort ?? null, p.rearPosition ?? null, p.positions ?? null),
  );
  return { id, created: existing === undefined };
}

/** Whether `ports` differ from the type's templates in what a derived port shows (db/compact.ts). */
function templatesChange(db: Db, typeId: Id, ports: readonly PortTemplate[]): boolean {
  const cols = 'position, name, kind, form_factor, speed_gbps, lanes, face, rear_port, rear_position, positions';
  const old = db.prepare(`SELECT ${cols} FROM port_templates WHERE device_type_id = ? ORDER BY position`).raw().all(typeId);
  const now = ports.map((p, i) => [i, p.name, p.kind, p.formFactor, p.speedGbps, p.lanes, p.face, p.rearPort ?? null, p.rearPosition ?? null, p.positions ?? null]);
  return JSON.stringify(old) !== JSON.stringify(now);
}

interface MediaRow {
  id: string;
  kind: Media['kind'];
  name: string;
  speed_gbps: number;
  form_factor: string;
  lanes: number;
  connector: string;
  fiber: Media['fiber'];
  max_reach_m: number;
  power_w: number | null;
  lengths_m: string;
  unit_cost_usd: number | null;
  diameter_mm: number | null;
  source: string;
  standard: string | null;
  notes: string | null;
  cost_source: string | null;
  cost_estimate: number;
  linear: Media['linear'];
  assembly: string | null;
}

export function readMedia(db: Db): Media[] {
  return (db.prepare('SELECT * FROM media ORDER BY id').all() as MediaRow[]).map((m) => ({
    id: m.id,
    kind: m.kind,
    name: m.name,
    speedGbps: m.speed_gbps,
    formFactor: m.form_factor,
    lanes: m.lanes,
    connector: m.connector,
    fiber: m.fiber,
    maxReachM: m.max_reach_m,
    powerW: m.power_w,
    lengthsM: JSON.parse(m.lengths_m),
    unitCostUsd: m.unit_cost_usd,
    diameterMm: m.diameter_mm,
    source: m.source,
    standard: m.standard,
    notes: m.notes,
    costSource: m.cost_source,
    costEstimate: m.cost_estimate === 1,
    linear: m.linear,
    ...(m.assembly != null ? { assembly: JSON.parse(m.assembly) as AssemblySpec } : {}),
  }));
}

export function upsertMedia(db: Db, m: Media): void {
  db.prepare(
    `INSERT INTO media (id, kind, name, speed_gbps, form_factor, lanes, connector, fiber, max_reach_m, power_w, lengths_m, unit_cost_usd, diameter_mm, source, standard, notes, cost_source, cost_estimate, linear, assembly)
     VALUES (@id, @kind, @name, @speed_gbps, @form_factor, @lanes, @connector, @fiber, @max_reach_m, @power_w, @lengths_m, @unit_cost_usd, @diameter_mm, @source, @standard, @notes, @cost_source, @cost_estimate, @linear, @assembly)
     ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, name=excluded.name, speed_gbps=excluded.speed_gbps,
       form_factor=excluded.form_factor, lanes=excluded.lanes, connector=excluded.connector, fiber=excluded.fiber,
       max_reach_m=excluded.max_reach_m, power_w=excluded.power_w, lengths_m=excluded.lengths_m,
       unit_cost_usd=excluded.unit_cost_usd, diameter_mm=excluded.diameter_mm, source=excluded.source,
       standard=excluded.standard, notes=excluded.notes, cost_source=excluded.cost_source, cost_estimate=excluded.cost_estimate,
       linear=excluded.linear, assembly=excluded.assembly`,
  ).run({
    id: m.id,
    kind: m.kind,
    name: m.name,
    speed_gbps: m.speedGbps,
    form_factor: m.formFactor,
    lanes: m.lanes,
    connector: m.connector,
    fiber: m.fiber,
    max_reach_m: m.maxReachM,
    power_w: m.powerW,
    lengths_m: JSON.stringify(m.lengthsM),
    unit_cost_usd: m.unitCostUsd,
    diameter_mm: m.diameterMm,
    source: m.source,
    standard: m.standard ?? null,
    notes: m.notes ?? null,
    cost_source: m.costSource ?? null,
    cost_estimate: m.costEstimate ? 1 : 0,
    linear: m.linear ?? null,
    assembly: m.assembly ? JSON.stringify(m.assembly) : null,
  });
}

/**
 * Sets one media's unit price (the user's price list): the price is no longer an estimate. A made
 * assembly (trunk, harness, jumper) is priced per assembly: `unitCostUsd` is its base and
 * `perMUsd` its price per metre of ordered length (undefined keeps the one it has, null: a flat
 * price per assembly); both go into its assembly spec, which the tools price it by. Returns false
 * for an unknown id; a price per metre on media that is not an assembly is a bad-input ApiError.
 */
export function setMediaPrice(db: Db, id: string, unitCostUsd: number | null, costSource = 'user price list', perMUsd?: number | null): boolean {
  return writeTransaction(db, () => {
    const row = db.prepare('SELECT assembly FROM media WHERE id = ?').get(id) as { assembly: string | null } | undefined;
    if (!row) return false;
    if (perMUsd != null && row.assembly == null) throw new ApiError('bad-input', `${id}: a price per metre is only for a made assembly (a trunk); this media is not one`, 'perMUsd');
    let assembly = row.assembly;
    if (assembly != null) {
      const a = JSON.parse(assembly) as AssemblySpec;
      const perM = unitCostUsd === null ? null : perMUsd === undefined ? a.costPerMUsd : perMUsd;
      assembly = JSON.stringify({ ...a, costBaseUsd: unitCostUsd, costPerMUsd: perM });
    }
    db.prepare('UPDATE media SET unit_cost_usd = ?, cost_source = ?, cost_estimate = 0, assembly = ? WHERE id = ?').run(
      unitCostUsd,
      unitCostUsd === null ? null : costSource,
      assembly,
      id,
    );
    return true;
  });
}

/**
 * Sets one device type's unit price (the user's price list): no longer an estimate, and the gap
 * about its price is dropped. Returns the updated type, or null when the slug is unknown.
 */
export function setDeviceTypePrice(db: Db, slug: string, unitCostUsd: number | null, costSource = 'user price list'): DeviceType | null {
  return writeTransaction(db, () => {
    const type = readDeviceTypes(db).find((t) => t.slug === slug);
    if (!type) return null;
    const gaps = unitCostUsd === null ? (type.gaps ?? []) : (type.gaps ?? []).filter((g) => !g.startsWith('unitCostUsd:'));
    db.prepare('UPDATE device_types SET unit_cost_usd = ?, cost_source = ?, cost_estimate = 0, gaps = ? WHERE id = ?').run(
      unitCostUsd,
      unitCostUsd === null ? null : costSource,
      JSON.stringify(gaps),
      type.id,
    );
    return readDeviceTypes(db).find((t) => t.id === type.id)!;
  });
}

/** Device type figures a user may fill in or correct (the ones a source often lacks). */
export interface DeviceFigures {
  maxPowerW?: number | null;
  typicalPowerW?: number | null;
  weightKg?: number | null;
  airflow?: string | null;
}

const FIGURE_COLUMNS: Record<keyof DeviceFigures, string> = {
  maxPowerW: 'max_power_w',
  typicalPowerW: 'typical_power_w',
  weightKg: 'weight_kg',
  airflow: 'airflow',
};

/**
 * Sets figures of one device type as entered by the user: the source line of each figure says so
 * and the gaps about it are dropped. Returns the updated type, or null when the slug is unknown.
 */
export function setDeviceTypeFigures(db: Db, slug: string, figures: DeviceFigures, by = 'entered by the user'): DeviceType | null {
  return writeTransaction(db, () => {
    const type = readDeviceTypes(db).find((t) => t.slug === slug);
    if (!type) return null;
    const keys = (Object.keys(figures) as (keyof DeviceFigures)[]).filter((k) => figures[k] !== undefined);
    if (keys.length === 0) return type;
    // A gap is about the figures named before its colon ("maxPowerW, typicalPowerW: ..."); it goes
    // once all of them have a value.
    const known = (k: keyof DeviceFigures) => (figures[k] !== undefined ? figures[k] !== null : type[k] !== null);
    const headKeys = (gap: string) =>
      gap.includes(':') ? gap.slice(0, gap.indexOf(':')).split(/[\s,]+/).filter((w): w is keyof DeviceFigures => w in FIGURE_COLUMNS) : [];
    const source = [
      ...type.source.split('\n').filter((line) => line.trim() && !keys.some((k) => line.startsWith(`${k}:`))),
      ...keys.map((k) => `${k}: ${by}`),
    ].join('\n');
    const gaps = (type.gaps ?? []).filter((g) => {
      const head = headKeys(g);
      return head.length === 0 || !head.some((k) => keys.includes(k)) || !head.every(known);
    });
    const sets = keys.map((k) => `${FIGURE_COLUMNS[k]} = @${k}`).join(', ');
    db.prepare(`UPDATE device_types SET ${sets}, source = @source, gaps = @gaps WHERE id = @id`).run({
      ...Object.fromEntries(keys.map((k) => [k, figures[k] ?? null])),
      source,
      gaps: JSON.stringify(gaps),
      id: type.id,
    });
    return readDeviceTypes(db).find((t) => t.id === type.id)!;
  });
}
