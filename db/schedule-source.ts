// The cable schedule's data for large projects, streamed: one SQL query joins every cable to its
// two ports and devices and returns them already in pull-sheet order (SQLite sorts, using the
// same natural-order key and sheet rule as core), so rows are written as they are read and
// memory stays flat. Halls, rows, racks, trays and media (small tables) come through the store.
// On 100,000 cables this takes a fraction of loading every port and device as objects.
import { mFromMm } from '../core/model/units.js';
import type { Id, PortKind, ProjectSnapshot } from '../core/model/entities.js';
import { DEFAULT_SETTINGS } from '../core/model/entities.js';
import { ProjectIndex, type PortPlace } from '../core/export/project-index.js';
import { naturalKey, pullSheetOf, type ScheduleSource, type SheetSummary } from '../core/export/schedule.js';
import { readMedia } from './catalog.js';
import type { Db } from './open.js';
import { portEndJoin } from './compact.js';
import { EntityStore } from './store.js';
import { readingJson } from './entity-json.js';
import { columnsOf, fromValuesOf, sharedJsonDecode } from './tables.js';

// Each end's port found by seeks (a join on port_view's id would compute every block's ports).
const PA = portEndJoin('c.a_port_id', 'pa', 'da');
const PB = portEndJoin('c.b_port_id', 'pb', 'db');
const FROM = `
  FROM cable_view c
  ${PA.join}
  ${PB.join}`;

// The cable's columns (from db/tables.ts), then each end's port and device, then the sheet.
const CABLE_COLUMNS = columnsOf('cable');
const END = (p: typeof PA, d: string) => [p.name, p.kind, `${d}.name`, `${d}.u`, `${d}.rack_id`];
// One hall's export: both ends in that hall (core/export/hall-scope.ts says the same).
const IN_HALL = `WHERE da.rack_id IN (SELECT id FROM racks WHERE hall_id = @hall) AND db.rack_id IN (SELECT id FROM racks WHERE hall_id = @hall)`;
const ROWS = (where: string) => `
  SELECT ${[...CABLE_COLUMNS.map((c) => `c.${c}`), ...END(PA, 'da'), ...END(PB, 'db')].join(', ')},
         trayline_sheet(da.rack_id) AS sheet
  ${FROM} ${where}
  ORDER BY trayline_sheet_key(da.rack_id), trayline_natural(c.label), c.id`;
const A_END = CABLE_COLUMNS.length;
const B_END = A_END + 5;
const SHEET = B_END + 5;

const SHEETS = (where: string) => `
  SELECT trayline_sheet(da.rack_id) AS sheet, count(*), count(c.routed_mm), coalesce(sum(c.routed_mm), 0),
         coalesce(sum(coalesce(c.ordered_mm, c.length_mm)), 0)
  ${FROM} ${where}
  GROUP BY sheet ORDER BY trayline_natural(sheet)`;

/** One end's port name and kind, device name, U and rack, at `at` of a joined row. */
function placeOf(index: ProjectIndex, r: readonly unknown[], at: number): PortPlace | null {
  const rackId = r[at + 4] as Id | null;
  if (rackId === null) return null;
  return index.placeIn(rackId, { name: r[at] as string, kind: r[at + 1] as PortKind }, { name: r[at + 2] as string, u: r[at + 3] as number });
}

/** The schedule of the whole project, or of one hall (`hallId`). */
export function readScheduleSource(db: Db, hallId: Id | null = null): ScheduleSource {
  const where = hallId === null ? '' : IN_HALL;
  const params = hallId === null ? [] : [{ hall: hallId }];
  const s = new EntityStore(db);
  const small: ProjectSnapshot = {
    schemaVersion: 0,
    halls: s.all('hall').filter((h) => hallId === null || h.id === hallId),
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
  const cableOf = fromValuesOf('cable', sharedJsonDecode('cable'));
  const stmt = db.prepare(ROWS(where)).raw();
  return {
    index,
    sheets: () =>
      (db.prepare(SHEETS(where)).raw().all(...params) as [string, number, number, number, number][]).map(
        ([name, cables, routed, routedMm, orderedMm]): SheetSummary => ({ name, cables, routed, unrouted: cables - routed, routedM: mFromMm(routedMm), orderedM: mFromMm(orderedMm) }),
      ),
    total: db.prepare(`SELECT count(*) ${FROM} ${where}`).pluck().get(...params) as number,
    *rows() {
      for (const r of stmt.iterate(...params) as IterableIterator<unknown[]>) {
        yield { cable: readingJson(db, 'cable', 'cables', () => cableOf(r)), a: placeOf(index, r, A_END), b: placeOf(index, r, B_END), sheet: r[SHEET] as string };
      }
    },
  };
}
