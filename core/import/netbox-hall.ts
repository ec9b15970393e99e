// NetBox exports of an installed hall (racks, devices, cables as CSV, JSON or YAML, with the
// columns NetBox's bulk import and export use), read and checked against the project: every row
// is checked and every problem reported with file, row, column and reason. Pure: db/netbox-import.ts
// reads the project for it and writes the result in one transaction only when nothing is wrong.
import { normHost, normPort } from '../audit/names.js';
import { lengthToMm, readTable, type Table, type TableRecord } from '../audit/table.js';
import { terminationKind, unknownTerminationMessage } from '../audit/netbox-terminations.js';
import { convertNetboxFile } from '../catalog/netbox/convert.js';
import type { Cable, CableStatus, Cdu, Device, DeviceType, Id, Port, Rack } from '../model/entities.js';
import { slotOf, uSpaceProblems } from '../model/rack-space.js';
import { coolingOf, isCduRow, readCduRow, type CduRow } from './netbox-cdus.js';
import { groupBy } from './netbox-place.js';
import { NetboxImportError, type CableRow, type DeviceRow, type NetboxImportInput, type RackRow, type RowError } from './netbox-types.js';
import { readFloorComment } from './netbox-floor.js';
import { breakoutName, SplitPorts, subPortOf } from '../model/breakout.js';
import { columnGetter, requireColumns } from './netbox-columns.js';
import { readInterfaces } from './netbox-interfaces.js';

const DEFAULT_RACK = { widthMm: 600, depthMm: 1200, heightU: 42 };

/** What the import reads of the project. */
export interface NetboxProject {
  deviceTypes: readonly DeviceType[];
  racks: readonly Rack[];
  devices: readonly Device[];
  /** Every cable's two ports (read only when a cables file is given). */
  cables(): readonly Pick<Cable, 'aPortId' | 'bPortId'>[];
  /** A project device's ports, in id order. */
  portsOf(deviceId: Id): readonly Port[];
  /** The project's CDUs (their names are taken). */
  cdus?: readonly Pick<Cdu, 'name'>[];
}

/** What passed every check, ready to write. */
export interface CheckedNetbox {
  /** Device types from the YAML files that the catalog does not have yet. */
  newTypes: Omit<DeviceType, 'id'>[];
  racks: RackRow[];
  devices: DeviceRow[];
  cables: CableRow[];
  /** CDUs of Trayline's own export (role cdu), and the new racks to declare liquid-cooled. */
  cdus: CduRow[];
  liquidRacks: Set<string>;
  notes: string[];
}

/** Reads and checks every file; throws NetboxImportError listing every problem. */
export function checkNetboxImport(input: NetboxImportInput, project: NetboxProject): CheckedNetbox {
  const errors: RowError[] = [];
  const notes: string[] = [];
  const err = (file: string, line: number | null, column: string | null, reason: string) => errors.push({ file, line, column, reason });

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
  const known = project.deviceTypes;
  const already = yamlTypes.filter((y) => known.some((t) => t.slug === y.slug));
  if (already.length) notes.push(`device type(s) ${already.map((t) => t.slug).join(', ')} already in the catalog: kept the catalog's`);
  const newTypes = yamlTypes.filter((y) => !already.includes(y));
  const catalog = [...known, ...newTypes.map((t, i) => ({ ...t, id: -1 - i }))];

  const tables: Partial<Record<'racks' | 'devices' | 'interfaces' | 'cables', { file: string; t: Table }>> = {};
  for (const k of ['racks', 'devices', 'interfaces', 'cables'] as const) {
    const f = input[k];
    if (!f) continue;
    try {
      tables[k] = { file: f.name, t: readTable(f.name, f.text) };
    } catch (e) {
      err(f.name, null, null, (e as Error).message.replace(/^[^:]+(:\d+)?: /, ''));
    }
  }

  const existingRacks = new Map(project.racks.map((r) => [r.name.toLowerCase(), r]));
  const existingDevices = new Map(project.devices.map((d) => [normHost(d.name), d]));

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
      racks.push({ line: r.line, name, hall, group: r.get('group') || r.get('rackgroup') || '', widthMm, depthMm, heightU, at: readFloorComment(r.get('comments')) });
    }
  }
  const rackByName = new Map(racks.map((r) => [r.name.toLowerCase(), r]));

  // ---- devices (and CDUs)
  const devices: DeviceRow[] = [];
  const cdus: CduRow[] = [];
  const existingCdus = new Map((project.cdus ?? []).map((c) => [normHost(c.name), c.name]));
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
      // (a CDU's name is checked against the project's CDUs below, not its devices)
      else if (existingDevices.has(key) && !isCduRow(r)) err(file, r.line, col('name'), `the project already has a device named ${existingDevices.get(key)!.name}`);
      seen.set(key, r.line);
      // a CDU (role cdu, as Trayline exports one) is read back as a CDU (netbox-cdus.ts); any other
      // without a rack U is skipped before its type is asked for: NetBox holds PDUs on the floor
      // and 0 U parts whose types no catalog of rack devices has
      if (isCduRow(r)) {
        const c = readCduRow(r, name);
        if (typeof c === 'string') {
          notes.push(`${file}:${r.line}: ${c}: not imported`);
          continue;
        }
        if (existingCdus.has(key)) err(file, r.line, col('name'), `the project already has a CDU named ${existingCdus.get(key)}`);
        else cdus.push(c);
        continue;
      }
      const rack = r.get('rack');
      const position = r.get('position');
      if (!rack || !position) {
        unplaced++;
        continue;
      }
      const typeName = r.get('devicetype');
      const type = findType(catalog, typeName, r.get('manufacturer'));
      if (!type) {
        err(file, r.line, col('devicetype'), `device type "${typeName}" is not in the catalog: add its devicetype-library YAML to the import (the command line's --device-types; in the app, pick it with the files), or use a catalog slug`);
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
    checkRackSpace(file, col, devices, rackByName, existingRacks, project, err);
  }
  const liquidRacks = coolingOf(cdus, devices, rackByName, existingRacks, notes);
  // ports split by a breakout: from the interfaces file's sub-ports and the cables' ends
  const lanes = new SplitPorts<DeviceRow>();
  if (tables.interfaces) readInterfaces(tables.interfaces, devices, existingDevices, lanes, err, notes);

  // ---- cables
  const cables: CableRow[] = [];
  if (tables.cables) {
    const { file, t } = tables.cables;
    const col = columnGetter(t);
    requireColumns(file, t, { sideadevice: 'side_a_device', sideaname: 'side_a_name', sidebdevice: 'side_b_device', sidebname: 'side_b_name' }, err);
    const portsOf = portNameIndex(devices, existingDevices, project);
    const used = new Map<string, number>();
    const cabledPorts = new Set(project.cables().flatMap((c) => [c.aPortId, c.bPortId]));
    let power = 0;
    let circuits = 0;
    for (const r of t.records) {
      // An unknown type is an error, never skipped (core/audit/netbox-terminations.ts).
      const kinds = (['a', 'b'] as const).map((s) => {
        const v = r.get(`side${s}type`);
        const kind = terminationKind(v);
        if (kind === null) err(file, r.line, col(`side${s}type`), unknownTerminationMessage(v));
        return kind;
      });
      if (kinds.includes(null)) continue;
      if (kinds.includes('power')) {
        power++;
        continue;
      }
      if (kinds.includes('circuit')) {
        circuits++;
        continue;
      }
      const ends = (['a', 'b'] as const).map((s) => {
        const device = r.get(`side${s}device`);
        const port = r.get(`side${s}name`);
        if (!device) return err(file, r.line, col(`side${s}device`), 'empty'), null;
        if (!port) return err(file, r.line, col(`side${s}name`), 'empty'), null;
        const ports = portsOf(device);
        if (!ports) return err(file, r.line, col(`side${s}device`), `device "${device}" is neither in the devices file nor in the project`), null;
        // (a sub-port of a new device's port, swp1s0 of swp1: the cables split it, SplitPorts)
        const own = ports.names.get(normPort(port));
        const sub = own || !ports.device ? null : subPortOf(ports.device.type.ports, port, normPort);
        if (sub) lanes.use(ports.device!, sub.parent, sub.lane);
        const p = own ?? (sub ? { name: breakoutName(sub.parent.name, sub.lane), existingId: null } : undefined);
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
    const splits = lanes.decide();
    for (const [d, split] of splits) d.split = split;
    // a port split by a cable on a sub-port is not there for a cable of its own
    const newDevices = new Map(splits.size ? devices.map((d) => [normHost(d.name), d]) : []);
    if (splits.size) for (const c of cables) {
      for (const [s, e] of [['a', c.a], ['b', c.b]] as const) {
        const b = newDevices.get(normHost(e.device))?.split?.get(e.port);
        if (b) err(file, c.line, col(`side${s}name`), `${e.device} ${e.port} is split into ${b.count} x ${b.speedGbps}G sub-ports (${breakoutName(e.port, 0)}, ...) by other cables: cable one or the other`);
      }
    }
    if (power) notes.push(`${file}: ${power} power or console cable(s) skipped (Trayline models data cables)`);
    if (circuits) notes.push(`${file}: ${circuits} cable(s) to circuit terminations skipped (they leave the hall)`);
    if (t.records.some((r) => r.get('type') !== '')) notes.push(`${file}: cable types are not media: choose each cable's media in the plan (the audit compares NetBox types with planned media)`);
  }

  if (!tables.cables) for (const [d, split] of lanes.decide()) d.split = split;
  if (errors.length) throw new NetboxImportError(errors);
  return { newTypes, racks, devices, cables, cdus, liquidRacks, notes };
}

function checkRackSpace(
  file: string,
  col: (c: string) => string,
  devices: DeviceRow[],
  rackByName: Map<string, RackRow>,
  existingRacks: Map<string, Rack>,
  project: NetboxProject,
  err: (file: string, line: number | null, column: string | null, reason: string) => void,
): void {
  let types: Map<Id, DeviceType> | null = null;
  let byId: Map<Id, Device> | null = null;
  for (const [rackKey, members] of groupBy(devices, (d) => d.rack.toLowerCase())) {
    const height = rackByName.get(rackKey)?.heightU ?? existingRacks.get(rackKey)!.heightU;
    const slots = members.map((d, i) => slotOf({ id: i, u: d.u, face: d.face }, d.type));
    const existingRack = existingRacks.get(rackKey);
    if (existingRack) {
      types ??= new Map(project.deviceTypes.map((t) => [t.id, t]));
      for (const d of project.devices.filter((x) => x.rackId === existingRack.id)) {
        slots.push(slotOf({ id: -d.id, u: d.u, face: d.face }, types.get(d.typeId) ?? { uHeight: 1, isFullDepth: true }));
      }
    }
    const nameOf = (id: number) => (id >= 0 ? members[id]!.name : (byId ??= new Map(project.devices.map((x) => [x.id, x]))).get(-id)!.name);
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

type PortIndex = {
  type: string;
  names: Map<string, { name: string; existingId: Id | null }>;
  /** A new device (a cable on a sub-port of one of its ports splits that port). */
  device?: DeviceRow;
};

/** A device's ports by canonical name, whether the device comes from this import or the project. */
function portNameIndex(devices: DeviceRow[], existing: Map<string, { id: Id; typeId: Id }>, project: NetboxProject) {
  type Index = PortIndex;
  const byName = new Map(devices.map((d) => [normHost(d.name), d]));
  const types = new Map(project.deviceTypes.map((t) => [t.id, t]));
  // (one map per device and one per new device's type, not one per cable end: built per end, the
  // 196,608 ends of a 32k hall's cables normalised 15 million port names, 5 s)
  const ofDevice = new Map<string, Index | null>();
  const ofType = new Map<DeviceType, Index>();
  return (device: string): Index | null => {
    const key = normHost(device);
    let out = ofDevice.get(key);
    if (out !== undefined) return out;
    const d = byName.get(key);
    const e = d ? undefined : existing.get(key);
    if (d) {
      const t = ofType.get(d.type) ?? { type: d.type.slug, names: new Map(d.type.ports.map((p) => [normPort(p.name), { name: p.name, existingId: null }])) };
      ofType.set(d.type, t);
      out = { ...t, device: d };
    } else if (e) {
      const ports = project.portsOf(e.id);
      out = { type: types.get(e.typeId)?.slug ?? '?', names: new Map(ports.map((p) => [normPort(p.name), { name: p.name, existingId: p.id }])) };
    } else out = null;
    ofDevice.set(key, out);
    return out;
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

function intField(r: TableRecord, c: string, fallback: number, lo: number, hi: number): number | null {
  const v = r.get(c);
  if (!v) return fallback;
  const n = Number(v);
  return Number.isInteger(n) && n >= lo && n <= hi ? n : null;
}
