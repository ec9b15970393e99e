// A small project written through the db APIs for the route/check CLI tests: two racks 3 m apart
// on one tray, three 1U switches, our own media (no dependence on the built-in catalog's figures).
import { join } from 'node:path';
import { upsertDeviceType, upsertMedia } from '../../db/catalog.js';
import { applyEdit } from '../../db/edits.js';
import { openProject } from '../../db/open.js';
import type { Media } from '../../core/model/entities.js';
import { tempDir } from './run-cli.js';

const media = (m: Partial<Media> & { id: string }): Media => ({
  kind: 'dac', name: m.id, speedGbps: 800, formFactor: 'OSFP', lanes: 8, connector: 'twinax', fiber: null, maxReachM: 2,
  powerW: 0, lengthsM: [], unitCostUsd: null, diameterMm: null, source: 'test', ...m,
});

export function buildRouteProject(opts: { rackABudgetW?: number } = {}): string {
  const path = join(tempDir(), 'route.trayline');
  const db = openProject(path, { create: true });
  const { id: typeId } = upsertDeviceType(db, {
    slug: 'sw', manufacturer: 'X', model: 'SW', role: 'switch', uHeight: 1, isFullDepth: true, maxPowerW: 1000,
    typicalPowerW: null, weightKg: null, airflow: null, source: 'test', origin: 'user',
    ports: ['p1', 'p2'].map((name) => ({ name, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front' as const, breakouts: [] })),
  });
  upsertMedia(db, media({ id: 'DAC-2', kind: 'dac', maxReachM: 2, lengthsM: [1, 2], unitCostUsd: 100 }));
  upsertMedia(db, media({ id: 'AEC-7', kind: 'aec', maxReachM: 7, lengthsM: [3, 5, 7], unitCostUsd: 250, powerW: 10 }));
  upsertMedia(db, media({ id: 'SR8', kind: 'transceiver', connector: 'MPO-16', fiber: 'OM4', maxReachM: 100, unitCostUsd: 150, powerW: 16 }));
  upsertMedia(db, media({ id: 'CORD-OM4', kind: 'fiber', formFactor: 'MPO-16', speedGbps: 0, connector: 'MPO-16', fiber: 'OM4', maxReachM: 100, lengthsM: [10, 15], unitCostUsd: 20, diameterMm: 3 }));
  const rack = (xMm: number, powerBudgetW: number) => ({
    hallId: 1, rowId: null, name: `R${xMm}`, nameAuto: false, xMm, yMm: 1200, rotationDeg: 0, widthMm: 600, depthMm: 1200,
    heightU: 42, powerBudgetW, feedId: null, dropTrayId: null,
  });
  applyEdit(db, {
    label: 'setup',
    ops: [
      { op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 30000, depthMm: 20000, tileMm: 600 } },
      { op: 'create', kind: 'tray', value: { hallId: 1, name: 'T1', heightMm: 2600, widthMm: 300, depthMm: 100, points: [[0, 2400], [12000, 2400]] } },
      { op: 'create', kind: 'rack', value: rack(900, opts.rackABudgetW ?? 0) },
      { op: 'create', kind: 'rack', value: rack(3900, 0) },
    ],
  });
  const dev = (rackId: number, name: string, u: number) => {
    const out = applyEdit(db, { label: 'd', ops: [{ op: 'create', kind: 'device', value: { rackId, name, typeId, u, face: 'front' } }] });
    return out.patch.put.port!.map((p) => p.id);
  };
  const a = dev(1, 'swA', 1);
  const b = dev(2, 'swB', 1);
  const c = dev(1, 'swC', 41);
  const cable = (label: string, aPortId: number, bPortId: number, mediaId: string | null) => ({
    op: 'create' as const, kind: 'cable' as const,
    value: { label, aPortId, bPortId, mediaId, opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned' },
  });
  applyEdit(db, { label: 'cables', ops: [cable('C1', a[0]!, b[0]!, null), cable('C2', a[1]!, c[0]!, 'DAC-2')] });
  db.close();
  return path;
}
