// Imports an existing hall from NetBox exports (racks, devices, cables as CSV, JSON or YAML, with
// the columns NetBox's bulk import and export use) in ONE transaction: every row is checked first
// and every problem is reported with file, row, column and reason; nothing is written unless all
// rows are good. NetBox has no floor coordinates, so racks are placed in rows (see placeRacks).
import { portFromTemplate } from '../core/model/port-from-template.js';
import { convertNetboxFile } from '../core/catalog/netbox/convert.js';
import { normHost, normPort } from '../core/audit/names.js';
import { lengthToMm, readTable, type Table, type TableRecord } from '../core/audit/table.js';
import type { CableStatus, DeviceType, Face, Hall, Id, Rack } from '../core/model/entities.js';
import { slotOf, uSpaceProblems } from '../core/model/rack-space.js';
import { readDeviceTypes, upsertDeviceType } from './catalog.js';
import { recordStep } from './history.js';
import type { Db } from './open.js';
import { ChangeSet, EntityStore } from './store.js';

export interface NetboxFileText {
  name: string;
  text: string;
}

export interface NetboxImportInput {
  racks?: NetboxFileText;
  devices?: NetboxFileText;
  cables?: NetboxFileText;
  /** devicetype-library YAML files, added to the project's catalog. */
  deviceTypes?: NetboxFileText[];
}

export interface NetboxImportOptions {
  tileMm?: number;
  /** Racks per row before a rack group wraps onto the next row. */
  rowLength?: number;
}

export interface RowError {
  file: string;
  line: number | null;
  column: string | null;
  reason: string;
}

export interface NetboxImportSummary {
  deviceTypes: number;
  halls: number;
  rows: number;
  racks: number;
  devices: number;
  cables: number;
  notes: string[];
}

export class NetboxImportError extends Error {
  constructor(readonly errors: RowError[]) {
    super(errors.map(formatRowError).join('\n'));
    this.name = 'NetboxImportError';
  }
}

export function formatRowError(e: RowError): string {
  return `${e.file}${e.line !== null ? `:${e.line}` : ''}: ${e.column ? `${e.column}: ` : ''}${e.reason}`;
}

const MARGIN_MM = 1200;
const AISLE_MM = 1200;
const DEFAULT_RACK = { widthMm: 600, depthMm: 1200, heightU: 42 };

interface RackRow {
  line: number;
  name: string;
  hall: string;
  group: string;
  widthMm: number;
  depthMm: number;
  heightU: number;
}

interface DeviceRow {
  line: number;
  name: string;
  type: DeviceType;
  rack: string;
  u: number;
  face: Face;
}

interface CableRow {
  line: number;
  label: string | null;
  a: { device: string; port: string };
  b: { device: string; port: string };
  status: CableStatus;
  lengthMm: number | null;
}

export function importNetbox(db: Db, input: NetboxImportInput, opts: NetboxImportOptions = {}): NetboxImportSummary {
  const errors: RowError[] = [];
  const notes: string[] = [];
  const err = (file: string, line: number | null, column: string | null, reason: string) => errors.push({ file, line, column, reason });
  const store = new EntityStore(db);

  // Device types from YAML join the catalog; devices may use them or the ones already there.
  const yamlTypes: Omit<DeviceType, 'id'>[] = [];
  for (const f of input.deviceTypes ?? []) {
    const r = convertNetboxFile(f);
    if (!r.ok) err(f.name, null, null, r.reason);
    else {
      yamlTypes.push(r.deviceType);
      if (r.gaps.length) notes.push(`${f.name}: ${r.gaps.join('; ')}`);
    }
  }
  const known = readDeviceTypes(db);
  const already = yamlTypes.filter((y) => known.some((t) => t.slug === y.slug));
  if (already.length) notes.push(`device type(s) ${already.map((t) => t.slug).join(', ')} already in the catalog: kept the catalog's`);
  const newTypes = yamlTypes.filter((y) => !already.includes(y));
  const catalog = [...known, ...newTypes.map((t, i) => ({ ...t, id: -1 - i }))];

  const tables: Partial<Record<'racks' | 'devices' | 'cables', { file: string; t: Table }>> = {};
  for (const k of ['racks', 'devices', 'cables'] as const) {
    const f = input[k];
    if (!f) continue;
    try {
      tables[k] = { file: f.name, t: readTable(f.name, f.text) };
    } catch (e) {
      err(f.name, null, null, (e as Error).message.replace(/^[^:]+(:\d+)?: /, ''));
    }
  }

  const existingRacks = new Map(store.all('rack').map((r) => [r.name.toLowerCase(), r]));
  const existingDevices = new Map(store.all('device').map((d) => [normHost(d.name), d]));

  // ---- racks
  const racks: RackRow[] = [];
  if (tables.racks) {
    const { file, t } = tables.racks;
    const col = columnGetter(t);
    requireColumns(file, t, { name: 'name' }, err);
    const seen = new Map<string, number>();
    for (const r of t.records) {
      const name = r.get('name');
      if (!name) {
        err(file, r.line, col('name'), 'empty: every rack needs a name');
        continue;
      }
      const key = name.toLowerCase();
      if (seen.has(key)) err(file, r.line, col('name'), `rack ${name} is already on row ${seen.get(key)}`);
      else if (existingRacks.has(key)) err(file, r.line, col('name'), `the project already has a rack named ${name}`);
      seen.set(key, r.line);
      const hall = r.get('location') || r.get('site') || 'NetBox';
      const heightU = intField(r, 'uheight', DEFAULT_RACK.heightU, 1, 60);
      if (heightU === null) err(file, r.line, col('uheight'), `"${r.get('uheight')}" is not a whole number of rack units from 1 to 60`);
      const unit = (r.get('outerunit') || 'mm').toLowerCase();
      const dim = (c: string, fallback: number): number | null => {
        const v = r.get(c);
        if (!v) return fallback;
        const mm = lengthToMm(v, unit === 'in' ? 'in' : 'mm');
        if (mm === null || mm <= 0) {
          err(file, r.line, col(c), `"${v}" is not a length in ${unit}`);
          return null;
        }
        return mm;
      };
      const widthMm = dim('outerwidth', r.get('width') === '10' ? 300 : DEFAULT_RACK.widthMm);
      const depthMm = dim('outerdepth', DEFAULT_RACK.depthMm);
      if (heightU === null || widthMm === null || depthMm === null) continue;
      racks.push({ line: r.line, name, hall, group: r.get('group') || r.get('rackgroup') || '', widthMm, depthMm, heightU });
    }
  }
  const rackByName = new Map(racks.map((r) => [r.name.toLowerCase(), r]));

  // ---- devices
  const devices: DeviceRow[] = [];
  if (tables.devices) {
    const { file, t } = tables.devices;
    const col = columnGetter(t);
    requireColumns(file, t, { name: 'name', devicetype: 'device_type', rack: 'rack' }, err);
    const seen = new Map<string, number>();
    let unplaced = 0;
    for (const r of t.records) {
      const name = r.get('name');
      if (!name) {
        err(file, r.line, col('name'), 'empty: Trayline needs a name for every device');
        continue;
      }
      const key = normHost(name);
      if (seen.has(key)) err(file, r.line, col('name'), `device ${name} is already on row ${seen.get(key)}`);
      else if (existingDevices.has(key)) err(file, r.line, col('name'), `the project already has a device named ${existingDevices.get(key)!.name}`);
      seen.set(key, r.line);
      const typeName = r.get('devicetype');
      const type = findType(catalog, typeName, r.get('manufacturer'));
      if (!type) {
        err(file, r.line, col('devicetype'), `device type "${typeName}" is not in the catalog: add its devicetype-library YAML with --device-types, or use a catalog slug`);
        continue;
      }
      const rack = r.get('rack');
      const position = r.get('position');
      if (!rack || !position) {
        unplaced++;
        continue;
      }
      if (!rackByName.has(rack.toLowerCase()) && !existingRacks.has(rack.toLowerCase())) {
        err(file, r.line, col('rack'), `rack "${rack}" is neither in the racks file nor in the project`);
        continue;
      }
      const u = Number(position);
      if (!Number.isInteger(u) || u < 1) {
        err(file, r.line, col('position'), Number.isFinite(u) && u >= 1 ? `position ${position}: half rack units are not supported` : `"${position}" is not a rack unit (1 or more)`);
        continue;
      }
      const face = (r.get('face') || 'front').toLowerCase();
      if (face !== 'front' && face !== 'rear') {
        err(file, r.line, col('face'), `"${r.get('face')}" is not front or rear`);
        continue;
      }
      devices.push({ line: r.line, name, type, rack, u, face });
    }
    if (unplaced) notes.push(`${file}: ${unplaced} device(s) without a rack and position (unracked or 0U) not imported`);
    checkRackSpace(file, col, devices, rackByName, existingRacks, store, err);
  }

  // ---- cables
  const cables: CableRow[] = [];
  if (tables.cables) {
    const { file, t } = tables.cables;
    const col = columnGetter(t);
    requireColumns(file, t, { sideadevice: 'side_a_device', sideaname: 'side_a_name', sidebdevice: 'side_b_device', sidebname: 'side_b_name' }, err);
    const portsOf = portNameIndex(devices, existingDevices, store);
    const used = new Map<string, number>();
    const cabledPorts = new Set(store.all('cable').flatMap((c) => [c.aPortId, c.bPortId]));
    let power = 0;
    for (const r of t.records) {
      const types = [r.get('sideatype').toLowerCase(), r.get('sidebtype').toLowerCase()];
      if (types.some((x) => x && !['dcim.interface', 'dcim.frontport', 'dcim.rearport'].includes(x))) {
        power++;
        continue;
      }
      const ends = (['a', 'b'] as const).map((s) => {
        const device = r.get(`side${s}device`);
        const port = r.get(`side${s}name`);
        if (!device) return err(file, r.line, col(`side${s}device`), 'empty'), null;
        if (!port) return err(file, r.line, col(`side${s}name`), 'empty'), null;
        const ports = portsOf(device);
        if (!ports) return err(file, r.line, col(`side${s}device`), `device "${device}" is neither in the devices file nor in the project`), null;
        const p = ports.names.get(normPort(port));
        if (!p) return err(file, r.line, col(`side${s}name`), `device ${device} (${ports.type}) has no port "${port}"`), null;
        const k = `${normHost(device)}\t${normPort(port)}`;
        if (used.has(k)) return err(file, r.line, col(`side${s}name`), `${device} ${port} is already cabled on row ${used.get(k)}`), null;
        if (p.existingId !== null && cabledPorts.has(p.existingId)) return err(file, r.line, col(`side${s}name`), `${device} ${port} already has a cable in the project`), null;
        used.set(k, r.line);
        return { device, port: p.name };
      });
      const status = (r.get('status') || 'connected').toLowerCase();
      if (!['connected', 'planned', 'decommissioning'].includes(status)) err(file, r.line, col('status'), `"${r.get('status')}" is not connected, planned or decommissioning`);
      let lengthMm: number | null = null;
      if (r.get('length')) {
        const unit = r.get('lengthunit') || 'm';
        lengthMm = lengthToMm(r.get('length'), unit);
        if (lengthMm === null || lengthMm <= 0) err(file, r.line, col('length'), `"${r.get('length')}" with unit "${unit}" is not a length (units km, m, cm, mi, ft, in)`);
      }
      if (!ends[0] || !ends[1]) continue;
      cables.push({ line: r.line, label: r.get('label') || null, a: ends[0], b: ends[1], status: status as CableStatus, lengthMm });
    }
    if (power) notes.push(`${file}: ${power} power or console cable(s) skipped (Trayline models data cables)`);
    if (t.records.some((r) => r.get('type') !== '')) notes.push(`${file}: cable types are not media: choose each cable's media in the plan (the audit compares NetBox types with planned media)`);
  }

  if (errors.length) throw new NetboxImportError(errors);
  return write(db, store, { yamlTypes: newTypes, racks, devices, cables, notes }, opts);
}

function write(
  db: Db,
  store: EntityStore,
  data: { yamlTypes: Omit<DeviceType, 'id'>[]; racks: RackRow[]; devices: DeviceRow[]; cables: CableRow[]; notes: string[] },
  opts: NetboxImportOptions,
): NetboxImportSummary {
  const cs = new ChangeSet();
  const summary: NetboxImportSummary = { deviceTypes: data.yamlTypes.length, halls: 0, rows: 0, racks: 0, devices: 0, cables: 0, notes: data.notes };
  db.transaction(() => {
    for (const t of data.yamlTypes) upsertDeviceType(db, t);
    const typeIds = new Map(readDeviceTypes(db).map((t) => [t.slug, t]));
    const rackIds = new Map(store.all('rack').map((r) => [r.name.toLowerCase(), r.id]));
    placeRacks(store, cs, data.racks, opts, summary, rackIds);
    const portIds = new Map<string, Id>();
    for (const p of store.all('port')) portIds.set(`${p.deviceId}\t${normPort(p.name)}`, p.id);
    const deviceIds = new Map(store.all('device').map((d) => [normHost(d.name), d.id]));
    for (const d of data.devices) {
      const type = typeIds.get(d.type.slug)!;
      const id = store.insert('device', { rackId: rackIds.get(d.rack.toLowerCase())!, name: d.name, typeId: type.id, u: d.u, face: d.face }, cs);
      deviceIds.set(normHost(d.name), id);
      for (const p of type.ports) {
        const pid = store.insert('port', portFromTemplate(id, p), cs);
        portIds.set(`${id}\t${normPort(p.name)}`, pid);
      }
      summary.devices++;
    }
    const labels = new Set(store.all('cable').map((c) => c.label));
    for (const c of data.cables) {
      const port = (e: { device: string; port: string }) => portIds.get(`${deviceIds.get(normHost(e.device))}\t${normPort(e.port)}`)!;
      let label = c.label ?? `NB-${c.a.device}-${c.a.port}`;
      const base = label;
      for (let n = 2; labels.has(label); n++) label = `${base}-${n}`;
      labels.add(label);
      store.insert('cable', { label, aPortId: port(c.a), bPortId: port(c.b), mediaId: null, opticA: null, opticB: null, lengthMm: c.lengthMm, routedMm: null, orderedMm: null, route: null, status: c.status }, cs);
      summary.cables++;
    }
    if (cs.changes.length) recordStep(db, 'Import from NetBox', cs);
  })();
  return summary;
}

/**
 * NetBox racks have no floor position. Racks go into rows by hall (location, else site), then by
 * rack group, in natural name order, side by side, fronts facing the same way; a group longer
 * than rowLength wraps onto the next row; rows are one aisle apart. Racks added to an existing
 * hall start below its racks, and the hall grows to fit.
 */
function placeRacks(store: EntityStore, cs: ChangeSet, racks: RackRow[], opts: NetboxImportOptions, summary: NetboxImportSummary, rackIds: Map<string, Id>): void {
  if (racks.length === 0) return;
  const tile = opts.tileMm ?? 600;
  const rowLength = opts.rowLength ?? 20;
  const byHall = groupBy(racks, (r) => r.hall);
  const halls = new Map(store.all('hall').map((h) => [h.name.toLowerCase(), h]));
  const existing = store.all('rack');
  for (const [hallName, hallRacks] of byHall) {
    let hall: Hall | undefined = halls.get(hallName.toLowerCase());
    let y = MARGIN_MM;
    if (hall) {
      const mine = existing.filter((r) => r.hallId === hall!.id);
      if (mine.length) y = Math.max(...mine.map((r) => r.yMm + r.depthMm / 2)) + AISLE_MM;
    } else {
      const id = store.insert('hall', { name: hallName, widthMm: tile, depthMm: tile, tileMm: tile }, cs);
      hall = store.get('hall', id)!;
      summary.halls++;
    }
    const rowNames = new Set(store.all('row').filter((r) => r.hallId === hall!.id).map((r) => r.name.toLowerCase()));
    let maxX = 0;
    const groups = [...groupBy(hallRacks, (r) => r.group)].sort(([a], [b]) => naturalCompare(a, b));
    let rowNo = rowNames.size;
    for (const [group, members] of groups) {
      members.sort((a, b) => naturalCompare(a.name, b.name));
      for (let i = 0; i < members.length; i += rowLength) {
        const chunk = members.slice(i, i + rowLength);
        rowNo++;
        let rowName = group ? (members.length > rowLength ? `${group} ${i / rowLength + 1}` : group) : `Row ${rowNo}`;
        for (let n = 2; rowNames.has(rowName.toLowerCase()); n++) rowName = `${rowName}-${n}`;
        rowNames.add(rowName.toLowerCase());
        const rowId = store.insert('row', { hallId: hall.id, name: rowName, kind: 'row' }, cs);
        summary.rows++;
        const depth = Math.max(...chunk.map((r) => r.depthMm));
        let x = MARGIN_MM;
        for (const r of chunk) {
          const rack: Omit<Rack, 'id'> = {
            hallId: hall.id, rowId, name: r.name, nameAuto: false, xMm: x + r.widthMm / 2, yMm: y + depth / 2, rotationDeg: 0,
            widthMm: r.widthMm, depthMm: r.depthMm, heightU: r.heightU, powerBudgetW: 0, feedId: null, dropTrayId: null,
          };
          rackIds.set(r.name.toLowerCase(), store.insert('rack', rack, cs));
          x += r.widthMm;
          summary.racks++;
        }
        maxX = Math.max(maxX, x);
        y += depth + AISLE_MM;
      }
    }
    const width = Math.max(hall.widthMm, Math.ceil((maxX + MARGIN_MM) / tile) * tile);
    const depth = Math.max(hall.depthMm, Math.ceil((y - AISLE_MM + MARGIN_MM) / tile) * tile);
    if (width !== hall.widthMm || depth !== hall.depthMm) store.update('hall', hall.id, { widthMm: width, depthMm: depth }, cs);
  }
  summary.notes.push(
    `NetBox has no floor coordinates: ${summary.racks} rack(s) placed in ${summary.rows} row(s) by location, rack group and name, fronts facing the same way, ${AISLE_MM} mm aisles; move them on the floor plan to where they stand`,
  );
}

function checkRackSpace(
  file: string,
  col: (c: string) => string,
  devices: DeviceRow[],
  rackByName: Map<string, RackRow>,
  existingRacks: Map<string, Rack>,
  store: EntityStore,
  err: (file: string, line: number | null, column: string | null, reason: string) => void,
): void {
  let types: Map<Id, DeviceType> | null = null;
  for (const [rackKey, members] of groupBy(devices, (d) => d.rack.toLowerCase())) {
    const height = rackByName.get(rackKey)?.heightU ?? existingRacks.get(rackKey)!.heightU;
    const slots = members.map((d, i) => slotOf({ id: i, u: d.u, face: d.face }, d.type));
    const existingRack = existingRacks.get(rackKey);
    if (existingRack) {
      types ??= new Map(readDeviceTypes(store.db).map((t) => [t.id, t]));
      for (const d of store.idsWhere('device', 'rack_id', existingRack.id).map((id) => store.get('device', id)!)) {
        slots.push(slotOf({ id: -d.id, u: d.u, face: d.face }, types.get(d.typeId) ?? { uHeight: 1, isFullDepth: true }));
      }
    }
    const nameOf = (id: number) => (id >= 0 ? members[id]!.name : store.get('device', -id)!.name);
    for (const p of uSpaceProblems(height, slots)) {
      if (p.deviceId < 0) continue;
      const d = members[p.deviceId]!;
      err(
        file,
        d.line,
        col('position'),
        p.kind === 'overflow'
          ? `${d.name} (${d.type.uHeight}U at U${d.u}) would reach U${p.hi}, above the top of rack ${d.rack} (${p.heightU}U)`
          : `${d.name} would share U${p.u} with ${nameOf(p.otherId)} in rack ${d.rack}`,
      );
    }
  }
}

/** A device's ports by canonical name, whether the device comes from this import or the project. */
function portNameIndex(devices: DeviceRow[], existing: Map<string, { id: Id; typeId: Id }>, store: EntityStore) {
  const byName = new Map(devices.map((d) => [normHost(d.name), d]));
  const types = new Map(readDeviceTypes(store.db).map((t) => [t.id, t]));
  return (device: string): { type: string; names: Map<string, { name: string; existingId: Id | null }> } | null => {
    const key = normHost(device);
    const d = byName.get(key);
    if (d) return { type: d.type.slug, names: new Map(d.type.ports.map((p) => [normPort(p.name), { name: p.name, existingId: null }])) };
    const e = existing.get(key);
    if (!e) return null;
    const ports = store.idsWhere('port', 'device_id', e.id).map((id) => store.get('port', id)!);
    return { type: types.get(e.typeId)?.slug ?? '?', names: new Map(ports.map((p) => [normPort(p.name), { name: p.name, existingId: p.id }])) };
  };
}

/** NetBox's devices CSV names the type by model (with manufacturer); a slug also works. */
function findType(types: DeviceType[], value: string, manufacturer: string): DeviceType | null {
  if (!value) return null;
  const v = value.toLowerCase();
  const slug = v.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const hits = types.filter((t) => t.slug.toLowerCase() === v || t.slug.toLowerCase() === slug || t.model.toLowerCase() === v);
  if (hits.length <= 1) return hits[0] ?? null;
  const m = manufacturer.toLowerCase();
  return hits.find((t) => t.manufacturer.toLowerCase() === m) ?? hits[0]!;
}

function columnGetter(t: Table) {
  return (c: string) => t.written.get(c) ?? c;
}

/** cols: normalised name -> NetBox's column name, for the message. */
function requireColumns(file: string, t: Table, cols: Record<string, string>, err: (f: string, l: number | null, c: string | null, r: string) => void): void {
  const missing = Object.keys(cols).filter((c) => !t.columns.includes(c));
  if (missing.length) err(file, 1, null, `missing column(s) ${missing.map((c) => cols[c]).join(', ')} (NetBox's import columns)`);
}

function intField(r: TableRecord, c: string, fallback: number, lo: number, hi: number): number | null {
  const v = r.get(c);
  if (!v) return fallback;
  const n = Number(v);
  return Number.isInteger(n) && n >= lo && n <= hi ? n : null;
}

function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    let l = m.get(k);
    if (!l) m.set(k, (l = []));
    l.push(x);
  }
  return m;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b);
}
