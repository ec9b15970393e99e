// A small project touching every entity kind and every awkward value, and the snapshot as the
// generic row mapping (db/tables.ts fromRow) builds it: the reference the faster snapshot paths
// are compared with.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityKind, ProjectSnapshot } from '../../core/model/entities.js';
import { openProject, currentVersion, type Db } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';
import { TABLES, fromRow } from '../../db/tables.js';
import { readDeviceTypes, readMedia, upsertDeviceType } from '../../db/catalog.js';
import { readSettings, writeSettings } from '../../db/settings.js';
import { seedCatalog } from '../../db/seed-catalog.js';

export function projectPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'tl-snap-')), 'p.trayline');
}

/** The snapshot as the generic row mapping builds it: SELECT * and fromRow() per row. */
export function referenceSnapshot(db: Db): ProjectSnapshot {
  const all = <K extends EntityKind>(kind: K) =>
    (db.prepare(`SELECT * FROM ${TABLES[kind].table} ORDER BY id`).all() as Record<string, unknown>[]).map((r) => fromRow(kind, r));
  return {
    schemaVersion: currentVersion(db),
    halls: all('hall'),
    rows: all('row'),
    racks: all('rack'),
    devices: all('device'),
    ports: all('port'),
    cables: all('cable'),
    trays: all('tray'),
    feeds: all('feed'),
    cdus: all('cdu'),
    deviceTypes: readDeviceTypes(db),
    media: readMedia(db),
    settings: readSettings(db),
  };
}

/** A small project touching every kind and every awkward value: nulls, both booleans, JSON columns
 * null and set, optional fields set and absent, non-integer numbers, quotes, newlines and non-ASCII text. */
export function smallProject(): { db: Db; store: EntityStore } {
  const db = openProject(projectPath(), { create: true });
  seedCatalog(db);
  const store = new EntityStore(db);
  const { id: typeId } = upsertDeviceType(db, {
    slug: 'snap-node', manufacturer: 'Snap "Co"', model: 'Node\nTwo', role: 'server', uHeight: 2, isFullDepth: false,
    maxPowerW: 1200, typicalPowerW: null, weightKg: 23.7, airflow: null, source: 'test', origin: 'user',
    ports: [{ name: 'p1', kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear', breakouts: [] }],
  });
  writeSettings(db, readSettings(db));
  db.transaction(() => {
    const hallId = store.insert('hall', { name: 'Halle Ü "1"', widthMm: 30000, depthMm: 20000, tileMm: 600 }, null);
    const rowId = store.insert('row', { hallId, name: 'Row A', kind: 'row' }, null);
    const feedId = store.insert('feed', { hallId, name: 'F1', voltageV: 415, amps: 60, phases: 3, deratePct: 80 }, null);
    const feedB = store.insert('feed', { hallId, name: 'F1-B', voltageV: 415, amps: 60, phases: 3, deratePct: 80 }, null);
    const cduId = store.insert('cdu', { hallId, name: 'CDU 1', placement: 'in-row', capacityW: 1_200_000 }, null);
    const trayId = store.insert('tray', { hallId, name: 'T1', heightMm: 2700, widthMm: 600, depthMm: 100, points: [[0, 600], [3600.5, 600]] }, null);
    const racks = [true, false].map((nameAuto, i) =>
      store.insert('rack', {
        hallId, rowId: i ? null : rowId, name: `R${i}`, nameAuto, xMm: 900.5 + i * 2100, yMm: 1200, rotationDeg: i ? 90 : 0,
        widthMm: 600, depthMm: 1200, heightU: 48, powerBudgetW: 0.1 + 0.2, feedId: i ? null : feedId, dropTrayId: i ? trayId : null,
        // the second rack keeps every physical default (plinth, top, cooling, weight)
        ...(i ? {} : { plinthMm: 150, topMm: 2300, feedBId: feedB, coolingKind: 'liquid' as const, coolingCapacityW: 140_000, cduId, weightKg: 185.45 }),
      }, null),
    );
    const ports = racks.map((rackId, i) => {
      const deviceId = store.insert('device', { rackId, name: `d${i}\t✓`, typeId, u: 1, face: 'front' }, null);
      // the first port sets two of its optional (left out when NULL) fields, the second none
      const opt = i ? {} : { rearPort: 'r1', rearPosition: 2 };
      return store.insert('port', { deviceId, name: 'p1', kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear', ...opt }, null);
    });
    store.insert('cable', {
      label: 'C1', aPortId: ports[0]!, bPortId: ports[1]!, mediaId: null, opticA: null, opticB: null, lengthMm: null,
      routedMm: 4200, orderedMm: 5000, route: [{ trayId, seg: 0 }], status: 'planned', polarity: 'B', leg: 1,
    }, null);
    store.insert('cable', {
      label: 'C2 "x"', aPortId: ports[1]!, bPortId: ports[0]!, mediaId: readMedia(db)[0]!.id, opticA: null, opticB: null, lengthMm: 3000,
      routedMm: null, orderedMm: null, route: null, status: 'planned',
    }, null);
  })();
  return { db, store };
}

