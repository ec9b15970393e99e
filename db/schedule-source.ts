// The cable schedule's data for large projects, streamed: one SQL query joins every cable to its
// two ports and devices and returns them already in pull-sheet order (SQLite sorts, using the
// same natural-order key and sheet rule as core), so rows are written as they are read and
// memory stays flat. Halls, rows, racks, trays and media (small tables) come through the store.
// On 100,000 cables this takes a fraction of loading every port and device as objects.
import { mFromMm } from '../core/model/units.js';
import type { Cable, CableStatus, Id, PortKind, ProjectSnapshot, RouteStep } from '../core/model/entities.js';
import { DEFAULT_SETTINGS } from '../core/model/entities.js';
import { ProjectIndex } from '../core/export/project-index.js';
import { naturalKey, pullSheetOf, type ScheduleSource, type SheetSummary } from '../core/export/schedule.js';
import { readMedia } from './catalog.js';
import type { Db } from './open.js';
import { EntityStore } from './store.js';

const FROM = `
  FROM cables c
  LEFT JOIN ports pa ON pa.id = c.a_port_id LEFT JOIN devices da ON da.id = pa.device_id
  LEFT JOIN ports pb ON pb.id = c.b_port_id LEFT JOIN devices db ON db.id = pb.device_id`;

const ROWS = `
  SELECT c.id, c.label, c.a_port_id, c.b_port_id, c.media_id, c.optic_a, c.optic_b, c.length_mm, c.routed_mm,
         c.ordered_mm, c.route, c.status,
         pa.name, pa.kind, da.name, da.u, da.rack_id,
         pb.name, pb.kind, db.name, db.u, db.rack_id,
         trayline_sheet(da.rack_id) AS sheet
  ${FROM}
  ORDER BY trayline_sheet_key(da.rack_id), trayline_natural(c.label), c.id`;

const SHEETS = `
  SELECT trayline_sheet(da.rack_id) AS sheet, count(*), count(c.routed_mm), coalesce(sum(c.routed_mm), 0),
         coalesce(sum(coalesce(c.ordered_mm, c.length_mm)), 0)
  ${FROM}
  GROUP BY sheet ORDER BY trayline_natural(sheet)`;

type JoinedRow = [
  Id, string, Id, Id, string | null, string | null, string | null, number | null, number | null,
  number | null, string | null, CableStatus,
  string | null, PortKind | null, string | null, number | null, Id | null,
  string | null, PortKind | null, string | null, number | null, Id | null,
  string,
];

export function readScheduleSource(db: Db): ScheduleSource {
  const s = new EntityStore(db);
  const small: ProjectSnapshot = {
    schemaVersion: 0,
    halls: s.all('hall'),
    rows: s.all('row'),
    racks: s.all('rack'),
    devices: [],
    ports: [],
    cables: [],
    trays: s.all('tray'),
    feeds: [],
    deviceTypes: [],
    media: readMedia(db),
    settings: DEFAULT_SETTINGS,
  };
  const index = new ProjectIndex(small);
  const sheetOfRack = new Map<Id | null, string>();
  const sheetOf = (id: Id | null): string => {
    let name = sheetOfRack.get(id);
    if (name === undefined) {
      sheetOfRack.set(id, (name = pullSheetOf(id === null ? null : index.placeIn(id, { name: '', kind: 'interface' }, { name: '', u: 1 }))));
    }
    return name;
  };
  db.function('trayline_sheet', { deterministic: true }, (rackId: unknown) => sheetOf(rackId as Id | null));
  db.function('trayline_natural', { deterministic: true }, (v: unknown) => naturalKey(String(v ?? '')));
  // The sheet's sort key per rack, so that 100,000 rows do not each rebuild it from the name.
  const sheetKeyOfRack = new Map<Id | null, string>();
  db.function('trayline_sheet_key', { deterministic: true }, (rackId: unknown) => {
    const id = rackId as Id | null;
    let key = sheetKeyOfRack.get(id);
    if (key === undefined) sheetKeyOfRack.set(id, (key = naturalKey(sheetOf(id))));
    return key;
  });
  // Cables between the same trays store the same route text: parse each text once (the rows
  // only read the steps).
  const routes = new Map<string, RouteStep[]>();
  const parseRoute = (text: string): RouteStep[] => {
    let r = routes.get(text);
    if (!r) routes.set(text, (r = JSON.parse(text) as RouteStep[]));
    return r;
  };
  const stmt = db.prepare(ROWS).raw();
  return {
    index,
    sheets: () =>
      (db.prepare(SHEETS).raw().all() as [string, number, number, number, number][]).map(
        ([name, cables, routed, routedMm, orderedMm]): SheetSummary => ({ name, cables, routed, unrouted: cables - routed, routedM: mFromMm(routedMm), orderedM: mFromMm(orderedMm) }),
      ),
    total: db.prepare('SELECT count(*) FROM cables').pluck().get() as number,
    *rows() {
      for (const r of stmt.iterate() as IterableIterator<JoinedRow>) {
        const cable: Cable = {
          id: r[0], label: r[1], aPortId: r[2], bPortId: r[3], mediaId: r[4], opticA: r[5], opticB: r[6],
          lengthMm: r[7], routedMm: r[8], orderedMm: r[9], route: r[10] === null ? null : parseRoute(r[10]), status: r[11],
        };
        const a = r[16] === null ? null : index.placeIn(r[16], { name: r[12]!, kind: r[13]! }, { name: r[14]!, u: r[15]! });
        const b = r[21] === null ? null : index.placeIn(r[21], { name: r[17]!, kind: r[18]! }, { name: r[19]!, u: r[20]! });
        yield { cable, a, b, sheet: r[22] };
      }
    },
  };
}
