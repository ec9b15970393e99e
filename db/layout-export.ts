// Writes a project as a layout document. The output is canonical: sections in a fixed order,
// entries sorted by name (natural order, so R2 comes before R10), one entry per line, fixed key
// order and metres printed from integer millimetres. So export -> import -> export gives the same
// bytes, and two exports diff line by line.
import type { Cable, Cdu, Device, PortTemplate, Rack } from '../core/model/entities.js';
import { breakoutName } from '../core/model/breakout.js';
import { CDU_FOOTPRINT_MM } from '../core/geometry/footprint.js';
import type { Layout } from '../core/model/layout.js';
import { mFromMm } from '../core/model/units.js';
import { DEFAULT_PLINTH_MM, DEFAULT_RACK_WEIGHT_KG, DEFAULT_TRAY_LOAD_KG_PER_M } from '../core/model/physical.js';
import { readDeviceTypes } from './catalog.js';
import type { Db } from './open.js';
import { readTransaction } from './tx.js';
import { EntityStore } from './store.js';
import { compareNatural } from './natural.js';
import { loadSnapshot } from './snapshot.js';
import { structuredSections } from './layout-structured.js';

export { compareNatural };

const byName = <T extends { name: string }>(a: T, b: T) => compareNatural(a.name, b.name);

export function exportLayout(db: Db): Layout {
  const s = new EntityStore(db);
  return readTransaction(db, () => {
    const halls = s.all('hall').sort(byName);
    const hallName = new Map(halls.map((h) => [h.id, h.name]));
    const rows = s.all('row');
    const rowName = new Map(rows.map((r) => [r.id, r.name]));
    const feeds = s.all('feed');
    const feedName = new Map(feeds.map((f) => [f.id, f.name]));
    const cdus = s.all('cdu');
    const cduName = new Map(cdus.map((c) => [c.id, c.name]));
    const trays = s.all('tray').sort(byName);
    const trayName = new Map(trays.map((t) => [t.id, t.name]));
    const racks = s.all('rack').sort(byName);
    const rackName = new Map(racks.map((r) => [r.id, r.name]));
    const types = readDeviceTypes(db);
    const typeSlug = new Map(types.map((t) => [t.id, t.slug]));
    const typeById = new Map(types.map((t) => [t.id, t]));
    const devices = s.all('device').sort(
      (a: Device, b: Device) => compareNatural(rackName.get(a.rackId)!, rackName.get(b.rackId)!) || a.u - b.u || a.face.localeCompare(b.face) || byName(a, b),
    );
    const deviceName = new Map(devices.map((d) => [d.id, d.name]));
    const portRows = db.prepare('SELECT id, device_id, name FROM port_view').all() as { id: number; device_id: number; name: string }[];
    const end = new Map(portRows.map((p) => [p.id, { device: deviceName.get(p.device_id)!, port: p.name }]));
    const portNames = new Map<number, Set<string>>();
    for (const p of portRows) (portNames.get(p.device_id) ?? portNames.set(p.device_id, new Set()).get(p.device_id)!).add(p.name);
    const inHall = (a: { hallId: number; name: string }, b: { hallId: number; name: string }) =>
      compareNatural(hallName.get(a.hallId)!, hallName.get(b.hallId)!) || byName(a, b);
    return {
      format: 'trayline-layout' as const,
      version: 2 as const,
      halls: halls.map((h) => ({
        name: h.name,
        widthM: mFromMm(h.widthMm),
        depthM: mFromMm(h.depthMm),
        tileM: mFromMm(h.tileMm),
        ...(h.floorRatingKgM2 != null ? { floorRatingKgM2: h.floorRatingKgM2 } : {}),
      })),
      rows: rows.sort(inHall).map((r) => ({ name: r.name, hall: hallName.get(r.hallId)!, kind: r.kind })),
      feeds: feeds.sort(inHall).map((f) => ({ name: f.name, hall: hallName.get(f.hallId)!, voltageV: f.voltageV, amps: f.amps, phases: f.phases, deratePct: f.deratePct })),
      // only when the project has CDUs, so older documents export as they were
      ...(cdus.length ? { cdus: cdus.sort(inHall).map((c) => ({ name: c.name, hall: hallName.get(c.hallId)!, placement: c.placement, capacityKw: c.capacityW / 1000, ...cduPlaceInLayout(c) })) } : {}),
      racks: racks.map((r: Rack) => ({
        name: r.name,
        hall: hallName.get(r.hallId)!,
        row: r.rowId === null ? null : rowName.get(r.rowId)!,
        xM: mFromMm(r.xMm),
        yM: mFromMm(r.yMm),
        rotationDeg: r.rotationDeg,
        widthM: mFromMm(r.widthMm),
        depthM: mFromMm(r.depthMm),
        heightU: r.heightU,
        powerBudgetKw: r.powerBudgetW / 1000,
        feed: r.feedId === null ? null : feedName.get(r.feedId)!,
        dropTray: r.dropTrayId === null ? null : trayName.get(r.dropTrayId)!,
        ...(r.nameAuto ? { nameAuto: true } : {}),
        ...rackPhysics(r, feedName, cduName),
      })),
      devices: devices.map((d) => {
        const split = splitOf(typeById.get(d.typeId)?.ports ?? [], portNames.get(d.id) ?? new Set());
        return { name: d.name, rack: rackName.get(d.rackId)!, type: typeSlug.get(d.typeId)!, u: d.u, face: d.face, ...(split ? { split } : {}) };
      }),
      trays: trays.map((t) => ({
        name: t.name,
        hall: hallName.get(t.hallId)!,
        heightM: mFromMm(t.heightMm),
        widthMm: t.widthMm,
        depthMm: t.depthMm,
        points: t.points.map(([x, y]) => [mFromMm(x), mFromMm(y)] as [number, number]),
        ...(t.ratedLoadKgPerM != null && t.ratedLoadKgPerM !== DEFAULT_TRAY_LOAD_KG_PER_M ? { ratedLoadKgPerM: t.ratedLoadKgPerM } : {}),
      })),
      cables: s
        .all('cable')
        .sort((a: Cable, b: Cable) => compareNatural(a.label, b.label))
        .map((c) => ({
          label: c.label,
          a: end.get(c.aPortId)!,
          b: end.get(c.bPortId)!,
          media: c.mediaId,
          lengthM: c.lengthMm === null ? null : mFromMm(c.lengthMm),
          ...(c.opticA !== null ? { opticA: c.opticA } : {}),
          ...(c.opticB !== null ? { opticB: c.opticB } : {}),
          ...(c.status !== 'planned' ? { status: c.status } : {}),
          ...(c.polarity != null ? { polarity: c.polarity } : {}),
          ...(c.assemblyId != null ? { assembly: c.assemblyId, leg: c.leg ?? 1 } : {}),
        })),
      // halls without patch panels have no channels longer than one cable: skip the tracing
      ...(db.prepare("SELECT 1 FROM port_view WHERE kind <> 'interface' LIMIT 1").get() ? structuredSections(loadSnapshot(db)) : {}),
    };
  });
}

/** A CDU's place on the floor, when it has one; its turn and footprint where not the defaults. */
function cduPlaceInLayout(c: Cdu): Partial<NonNullable<Layout['cdus']>[number]> {
  if (c.xMm == null || c.yMm == null) return {};
  return {
    xM: mFromMm(c.xMm),
    yM: mFromMm(c.yMm),
    ...(c.rotationDeg ? { rotationDeg: c.rotationDeg } : {}),
    ...(c.widthMm !== undefined && c.widthMm !== CDU_FOOTPRINT_MM.widthMm ? { widthM: mFromMm(c.widthMm) } : {}),
    ...(c.depthMm !== undefined && c.depthMm !== CDU_FOOTPRINT_MM.depthMm ? { depthM: mFromMm(c.depthMm) } : {}),
  };
}

/** A rack's physical fields that differ from the defaults, in the layout's units. */
function rackPhysics(r: Rack, feedName: Map<number, string>, cduName: Map<number, string>): Partial<Layout['racks'][number]> {
  return {
    ...(r.plinthMm != null && r.plinthMm !== DEFAULT_PLINTH_MM ? { plinthM: mFromMm(r.plinthMm) } : {}),
    ...(r.topMm != null ? { topM: mFromMm(r.topMm) } : {}),
    ...(r.feedBId != null ? { feedB: feedName.get(r.feedBId)! } : {}),
    ...(r.coolingKind === 'liquid' ? { cooling: 'liquid' as const } : {}),
    ...(r.coolingCapacityW ? { coolingKw: r.coolingCapacityW / 1000 } : {}),
    ...(r.cduId != null ? { cdu: cduName.get(r.cduId)! } : {}),
    ...(r.weightKg != null && r.weightKg !== DEFAULT_RACK_WEIGHT_KG ? { weightKg: r.weightKg } : {}),
  };
}

/** One-line JSON with a space after each colon and comma, for one entry per line. */
function inline(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(inline).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${JSON.stringify(k)}: ${inline(x)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(v);
}

/** The canonical text of a layout document: top-level keys on their own lines, one entry per line. */
export function formatLayout(layout: Layout): string {
  const parts = Object.entries(layout)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      if (!Array.isArray(v)) return `  ${JSON.stringify(k)}: ${inline(v)}`;
      if (v.length === 0) return `  ${JSON.stringify(k)}: []`;
      return `  ${JSON.stringify(k)}: [\n${v.map((e) => `    ${inline(e)}`).join(',\n')}\n  ]`;
    });
  return `{\n${parts.join(',\n')}\n}\n`;
}

/** A device's ports run split: each type port it has as sub-ports (swp1s0, swp1s1) instead, with how many. */
function splitOf(templates: readonly PortTemplate[], names: ReadonlySet<string>): Record<string, number> | null {
  let out: Record<string, number> | null = null;
  for (const t of templates) {
    if (names.has(t.name) || !t.breakouts.length || !names.has(breakoutName(t.name, 0))) continue;
    let n = 1;
    while (names.has(breakoutName(t.name, n))) n++;
    (out ??= {})[t.name] = n;
  }
  return out;
}
