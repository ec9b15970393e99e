// Writes a layout document that db/layout-import.ts has checked: names resolve against what was
// just inserted and the project. Devices, ports and cables go many rows a statement (the import
// is one compact undo step, recorded by the caller as the id ranges it added).
import { portFromTemplate } from '../core/model/port-from-template.js';
import type { Breakout, DeviceType, EntityKind, Id } from '../core/model/entities.js';
import { portsWithSplits } from '../core/model/breakout.js';
import type { Layout } from '../core/model/layout.js';
import { mmFromM } from '../core/model/units.js';
import { DEFAULT_PLINTH_MM, DEFAULT_RACK_WEIGHT_KG, DEFAULT_TRAY_LOAD_KG_PER_M } from '../core/model/physical.js';
import { cduFloorMm } from './layout-cdus.js';
import type { ImportCounts, ImportOptions } from './layout-import.js';
import type { Db } from './open.js';
import { EntityStore } from './store.js';

const PROGRESS_EVERY = 1000;

/** What the writer reads of the project (layout-import.ts readExisting), by name. */
export interface LayoutExisting {
  halls: ReadonlyMap<string, { id: Id | null }>;
  rows: ReadonlyMap<string, Id>;
  feeds: ReadonlyMap<string, Id>;
  cdus: ReadonlyMap<string, Id>;
  trays: ReadonlyMap<string, { id: Id }>;
  racks: ReadonlyMap<string, { id: Id }>;
  devices: ReadonlyMap<string, { id: Id | null }>;
  types: ReadonlyMap<string, DeviceType>;
  portId: { get(deviceId: Id | null, port: string): unknown };
}

/** A name within its hall, as the document's sections key rows, feeds and CDUs. */
export const key = (hall: string, name: string) => `${hall}\u0000${name}`;

/** Writes a checked layout; a device's ports its cables split (`splits`, by device and port name)
 * are written as their sub-ports. Returns what it added. */
export function writeLayout(db: Db, layout: Layout, ex: LayoutExisting, splits: ReadonlyMap<string, ReadonlyMap<string, Breakout>>, progress: ImportOptions['progress']): ImportCounts {
  const store = new EntityStore(db);
  const counts: ImportCounts = { halls: 0, rows: 0, feeds: 0, cdus: 0, racks: 0, devices: 0, ports: 0, trays: 0, cables: 0 };
  const insert = (kind: EntityKind, value: Record<string, unknown>): Id => store.insert(kind, value as never, null);
  const total = layout.halls.length + (layout.rows?.length ?? 0) + (layout.feeds?.length ?? 0) + (layout.cdus?.length ?? 0) + layout.trays.length + layout.racks.length + layout.devices.length + layout.cables.length;
  let done = 0;
  const step = (phase: string) => {
    done++;
    if (progress && (done % PROGRESS_EVERY === 0 || done === total)) progress(phase, done, total);
  };

  const hallId = new Map<string, Id>([...ex.halls].map(([n, h]) => [n, h.id!]));
  for (const h of layout.halls) {
    hallId.set(h.name, insert('hall', { name: h.name, widthMm: mmFromM(h.widthM), depthMm: mmFromM(h.depthM), tileMm: mmFromM(h.tileM), floorRatingKgM2: h.floorRatingKgM2 ?? null }));
    counts.halls++;
    step('halls');
  }
  const rowId = new Map(ex.rows);
  for (const r of layout.rows ?? []) {
    rowId.set(key(r.hall, r.name), insert('row', { hallId: hallId.get(r.hall)!, name: r.name, kind: r.kind }));
    counts.rows++;
    step('rows');
  }
  const feedId = new Map(ex.feeds);
  for (const f of layout.feeds ?? []) {
    feedId.set(key(f.hall, f.name), insert('feed', { hallId: hallId.get(f.hall)!, name: f.name, voltageV: f.voltageV, amps: f.amps, phases: f.phases, deratePct: f.deratePct }));
    counts.feeds++;
    step('power feeds');
  }
  const cduId = new Map(ex.cdus);
  for (const c of layout.cdus ?? []) {
    cduId.set(key(c.hall, c.name), insert('cdu', { hallId: hallId.get(c.hall)!, name: c.name, placement: c.placement, capacityW: Math.round(c.capacityKw * 1000), ...cduFloorMm(c) }));
    counts.cdus++;
    step('CDUs');
  }
  const trayId = new Map<string, Id>([...ex.trays].map(([n, t]) => [n, t.id]));
  for (const t of layout.trays) {
    const points = t.points.map(([x, y]) => [mmFromM(x), mmFromM(y)]);
    trayId.set(t.name, insert('tray', { hallId: hallId.get(t.hall)!, name: t.name, heightMm: mmFromM(t.heightM), widthMm: t.widthMm, depthMm: t.depthMm, points, ratedLoadKgPerM: t.ratedLoadKgPerM ?? DEFAULT_TRAY_LOAD_KG_PER_M }));
    counts.trays++;
    step('trays');
  }
  const rackId = new Map<string, Id>([...ex.racks].map(([n, r]) => [n, r.id]));
  for (const r of layout.racks) {
    rackId.set(
      r.name,
      insert('rack', {
        hallId: hallId.get(r.hall)!,
        rowId: r.row === null ? null : rowId.get(key(r.hall, r.row))!,
        name: r.name,
        nameAuto: r.nameAuto ?? false,
        xMm: mmFromM(r.xM),
        yMm: mmFromM(r.yM),
        rotationDeg: r.rotationDeg,
        widthMm: mmFromM(r.widthM),
        depthMm: mmFromM(r.depthM),
        heightU: r.heightU,
        powerBudgetW: Math.round(r.powerBudgetKw * 1000),
        feedId: r.feed === null ? null : feedId.get(key(r.hall, r.feed))!,
        dropTrayId: r.dropTray === null ? null : trayId.get(r.dropTray)!,
        plinthMm: r.plinthM === undefined ? DEFAULT_PLINTH_MM : mmFromM(r.plinthM),
        topMm: r.topM === undefined ? null : mmFromM(r.topM),
        feedBId: r.feedB === undefined ? null : feedId.get(key(r.hall, r.feedB))!,
        coolingKind: r.cooling ?? 'air',
        coolingCapacityW: Math.round((r.coolingKw ?? 0) * 1000),
        cduId: r.cdu === undefined ? null : cduId.get(key(r.hall, r.cdu))!,
        weightKg: r.weightKg ?? DEFAULT_RACK_WEIGHT_KG,
      }),
    );
    counts.racks++;
    step('racks');
  }
  // (many rows a statement: one named-parameter statement a row was 1.2 s of a 32k hall's 2.7;
  // a device's rows before its ports', a port's before its cables')
  const [devices, portRows, cables] = [store.bulk('device'), store.bulk('port'), store.bulk('cable')];
  const made = layout.devices.map((d) => {
    const type = ex.types.get(d.type)!;
    return { d, type, id: devices.add({ rackId: rackId.get(d.rack)!, name: d.name, typeId: type.id, u: d.u, face: d.face }) };
  });
  devices.flush();
  const ports = new Map<string, Map<string, Id>>();
  for (const { d, type, id } of made) {
    const mine = new Map<string, Id>();
    for (const p of portsWithSplits(type.ports, splits.get(d.name))) {
      mine.set(p.name, portRows.add(portFromTemplate(id, p)));
      counts.ports++;
    }
    ports.set(d.name, mine);
    counts.devices++;
    step('devices');
  }
  portRows.flush();
  const portId = (device: string, port: string): Id => ports.get(device)?.get(port) ?? (ex.portId.get(ex.devices.get(device)!.id, port) as Id);
  for (const c of layout.cables) {
    cables.add({
      label: c.label,
      aPortId: portId(c.a.device, c.a.port),
      bPortId: portId(c.b.device, c.b.port),
      mediaId: c.media,
      opticA: c.opticA ?? null,
      opticB: c.opticB ?? null,
      lengthMm: c.lengthM === null ? null : mmFromM(c.lengthM),
      routedMm: null,
      orderedMm: null,
      route: null,
      status: c.status ?? 'planned',
      ...(c.polarity ? { polarity: c.polarity } : {}),
      ...(c.assembly !== undefined ? { assemblyId: c.assembly, leg: c.leg! } : {}),
    });
    counts.cables++;
    step('cables');
  }
  cables.flush();
  return counts;
}
