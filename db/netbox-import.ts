// Imports an existing hall from NetBox exports in ONE transaction. Reading and checking the files
// and placing the racks are pure (core/import/); this file reads what they need of the project and
// writes the result, only when every row passed, as one undo step.
import { portFromTemplate } from '../core/model/port-from-template.js';
import { portsWithSplits } from '../core/model/breakout.js';
import { normHost, normPort } from '../core/audit/names.js';
import { checkNetboxImport, type CheckedNetbox } from '../core/import/netbox-hall.js';
import { placeNetboxRacks, type RackPlacement } from '../core/import/netbox-place.js';
import type { NetboxImportInput, NetboxImportOptions, NetboxImportSummary } from '../core/import/netbox-types.js';
import type { Cdu, EntityMap, Id, Rack } from '../core/model/entities.js';
import { freeName } from '../core/model/names.js';
import { readDeviceTypes, upsertDeviceType } from './catalog.js';
import { recordInsertedStep, recordStep } from './history.js';
import { insertedSince, maxIds } from './history-aside.js';
import type { Db } from './open.js';
import { writeTransaction } from './tx.js';
import { ChangeSet, EntityStore } from './store.js';

export { NetboxImportError, formatRowError } from '../core/import/netbox-types.js';
export type { NetboxFileText, NetboxImportInput, NetboxImportOptions, NetboxImportSummary, RowError } from '../core/import/netbox-types.js';

export function importNetbox(db: Db, input: NetboxImportInput, opts: NetboxImportOptions = {}): NetboxImportSummary {
  const store = new EntityStore(db);
  // Checked and written under one write lock, so another process cannot take a name in between.
  return writeTransaction(db, () => {
    const checked = checkNetboxImport(input, {
      deviceTypes: readDeviceTypes(db),
      racks: store.all('rack'),
      devices: store.all('device'),
      cables: () => store.all('cable'),
      portsOf: (deviceId) => store.idsWhere('port', 'device_id', deviceId).map((id) => store.get('port', id)!),
      cdus: store.all('cdu'),
    });
    return write(db, store, checked, opts);
  });
}

function write(db: Db, store: EntityStore, data: CheckedNetbox, opts: NetboxImportOptions): NetboxImportSummary {
  const summary: NetboxImportSummary = { deviceTypes: data.newTypes.length, halls: 0, rows: 0, racks: 0, devices: 0, cables: 0, cdus: 0, hallIds: [], notes: data.notes };
  writeTransaction(db, () => {
    const placement = placeNetboxRacks(data.racks, { halls: store.all('hall'), racks: store.all('rack'), rows: store.all('row') }, opts, data.cdus);
    // Only rows added, no hall of the project grown: one compact step of the id ranges added, as
    // a layout import records (a row image each cost 7 of a 32k hall's 12 s); else row by row.
    const before = placement.halls.every((h) => h.hallId === null) ? maxIds(db) : null;
    const cs = before ? null : new ChangeSet();
    for (const t of data.newTypes) upsertDeviceType(db, t);
    const typeIds = new Map(readDeviceTypes(db).map((t) => [t.slug, t]));
    const rackIds = new Map(store.all('rack').map((r) => [r.name.toLowerCase(), r.id]));
    writeRacks(store, cs, placement, data, summary, rackIds);
    writeCdus(store, cs, data, placement, summary, rackIds);
    const portIds = new Map<string, Id>();
    for (const p of store.all('port')) portIds.set(`${p.deviceId}\t${normPort(p.name)}`, p.id);
    const deviceIds = new Map(store.all('device').map((d) => [normHost(d.name), d.id]));
    const devices = rowsOf(store, 'device', cs);
    const ports = rowsOf(store, 'port', cs);
    const made = data.devices.map((d) => {
      const type = typeIds.get(d.type.slug)!;
      const id = devices.add({ rackId: rackIds.get(d.rack.toLowerCase())!, name: d.name, typeId: type.id, u: d.u, face: d.face });
      deviceIds.set(normHost(d.name), id);
      summary.devices++;
      return { id, type, split: d.split };
    });
    devices.flush(); // (before their ports: a port's device must exist)
    let splits = 0;
    for (const { id, type, split } of made) {
      splits += split?.size ?? 0;
      for (const p of portsWithSplits(type.ports, split)) {
        const pid = ports.add(portFromTemplate(id, p));
        portIds.set(`${id}\t${normPort(p.name)}`, pid);
      }
    }
    if (splits) summary.notes.push(`${splits} port(s) split by a breakout: cables name their sub-ports (swp1s0, swp1s1 of swp1), as the generator names them`);
    ports.flush();
    const labels = new Set(store.all('cable').map((c) => c.label));
    const cables = rowsOf(store, 'cable', cs);
    for (const c of data.cables) {
      const port = (e: { device: string; port: string }) => portIds.get(`${deviceIds.get(normHost(e.device))}\t${normPort(e.port)}`)!;
      const label = freeName(c.label ?? `NB-${c.a.device}-${c.a.port}`, (x) => labels.has(x));
      labels.add(label);
      cables.add({ label, aPortId: port(c.a), bPortId: port(c.b), mediaId: null, opticA: null, opticB: null, lengthMm: c.lengthMm, routedMm: null, orderedMm: null, route: null, status: c.status });
      summary.cables++;
    }
    cables.flush();
    if (before) recordInsertedStep(db, 'Import from NetBox', insertedSince(db, before), summary.hallIds[0] ?? null);
    else if (cs!.changes.length) recordStep(db, 'Import from NetBox', cs!);
  });
  return summary;
}

/** The new rows of a kind: 256 a statement into new halls (the step records id ranges), else one
 * by one into the change set (a 32k hall's 330,000 rows bound by name one at a time: 1.1 s). */
function rowsOf<K extends 'device' | 'port' | 'cable'>(store: EntityStore, kind: K, cs: ChangeSet | null): { add(value: Omit<EntityMap[K], 'id'>): Id; flush(): void } {
  return cs ? { add: (value) => store.insert(kind, value, cs), flush: () => {} } : store.bulk(kind);
}

/** New halls, rows and racks where core/import/netbox-place.ts puts them; halls grow to fit. */
function writeRacks(store: EntityStore, cs: ChangeSet | null, placement: RackPlacement, data: CheckedNetbox, summary: NetboxImportSummary, rackIds: Map<string, Id>): void {
  for (const h of placement.halls) {
    let hallId = h.hallId;
    if (hallId === null) {
      hallId = store.insert('hall', { name: h.name, widthMm: h.widthMm, depthMm: h.depthMm, tileMm: h.tileMm }, cs);
      summary.halls++;
    } else {
      const hall = store.get('hall', hallId)!;
      if (h.widthMm !== hall.widthMm || h.depthMm !== hall.depthMm) store.update('hall', hallId, { widthMm: h.widthMm, depthMm: h.depthMm }, cs);
    }
    summary.hallIds.push(hallId);
    for (const row of h.rows) {
      const rowId = row.name === null ? null : store.insert('row', { hallId, name: row.name, kind: 'row' }, cs);
      if (rowId !== null) summary.rows++;
      for (const { rack: r, xMm, yMm, rotationDeg } of row.racks) {
        const rack: Omit<Rack, 'id'> = {
          hallId, rowId, name: r.name, nameAuto: false, xMm, yMm, rotationDeg,
          widthMm: r.widthMm, depthMm: r.depthMm, heightU: r.heightU, powerBudgetW: 0, feedId: null, dropTrayId: null,
          ...(data.liquidRacks.has(r.name.toLowerCase()) ? { coolingKind: 'liquid' as const } : {}),
        };
        rackIds.set(r.name.toLowerCase(), store.insert('rack', rack, cs));
        summary.racks++;
      }
    }
  }
  if (placement.note) summary.notes.push(placement.note);
}

/** The CDUs, each in the hall of the racks it serves (a standby unit: the hall its location names),
 * an in-row one where its comments say or at the end of a row it serves (netbox-place.ts), the
 * others with no place on the floor; then its
 * racks name it. */
function writeCdus(store: EntityStore, cs: ChangeSet | null, data: CheckedNetbox, placement: RackPlacement, summary: NetboxImportSummary, rackIds: Map<string, Id>): void {
  if (!data.cdus.length) return;
  const halls = store.all('hall');
  let written = 0;
  let stood = 0;
  let loose = 0;
  for (const c of data.cdus) {
    const racks = c.racks.map((name) => rackIds.get(name.toLowerCase())!);
    const hallId = racks.length ? store.get('rack', racks[0]!)!.hallId : halls.find((h) => h.name.toLowerCase() === c.hall.toLowerCase())?.id;
    if (hallId === undefined) {
      summary.notes.push(`CDU ${c.name} serves no rack and no hall is named "${c.hall}": not imported`);
      continue;
    }
    const { asWritten, ...at } = placement.cdus.get(c.name.toLowerCase()) ?? { xMm: null, yMm: null, rotationDeg: 0, asWritten: false };
    const cdu: Omit<Cdu, 'id'> = { hallId, name: c.name, placement: c.placement, capacityW: c.capacityW, ...at, ...(c.widthMm && c.depthMm ? { widthMm: c.widthMm, depthMm: c.depthMm } : {}) };
    const id = store.insert('cdu', cdu, cs);
    for (const r of racks) store.update('rack', r, { cduId: id }, cs);
    summary.cdus++;
    if (asWritten) written++;
    else if (at.xMm !== null) stood++;
    else if (c.placement === 'in-row') loose++;
  }
  if (written) summary.notes.push(`${written} in-row CDU(s) stand where their comments say`);
  if (stood) summary.notes.push(`${stood} in-row CDU(s) stood at the end of the row of the first rack each serves (NetBox has no floor coordinates): move each to where it stands`);
  if (loose) summary.notes.push(`${loose} in-row CDU(s) have no place on the floor (they serve no imported rack, or their spot is taken): place each on the floor plan`);
}
