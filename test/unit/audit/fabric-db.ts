// The fixtures' fabric (fabric.ts) as a real project file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { upsertDeviceType, upsertMedia } from '../../../db/catalog.js';
import { applyEdit } from '../../../db/edits.js';
import { openProject, type Db } from '../../../db/open.js';
import { CABLES, DAC, DEVICES, DR4 } from './fabric.js';

export function createFabricProject(): { path: string; db: Db; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tl-audit-'));
  const path = join(dir, 'fabric.trayline');
  const db = openProject(path, { create: true });
  upsertMedia(db, DR4);
  upsertMedia(db, DAC);
  const typeIds = new Map<string, number>();
  for (const [name, ports] of Object.entries(DEVICES)) {
    const slug = `audit-test-${name.replace(/\d+$/, '')}`;
    if (typeIds.has(slug)) continue;
    const { id } = upsertDeviceType(db, {
      slug, manufacturer: 'Test', model: slug, role: name.startsWith('gpu') ? 'server' : 'switch', uHeight: 1, isFullDepth: true,
      maxPowerW: null, typicalPowerW: null, weightKg: null, airflow: null, source: 'test', origin: 'user',
      ports: ports.map((p) => ({ name: p, kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'front', breakouts: [] })),
    });
    typeIds.set(slug, id);
  }
  applyEdit(db, { label: 'hall', ops: [{ op: 'create', kind: 'hall', value: { name: 'H1', widthMm: 12000, depthMm: 6000, tileMm: 600 } }] });
  applyEdit(db, {
    label: 'rack',
    ops: [{ op: 'create', kind: 'rack', value: { hallId: 1, rowId: null, name: 'R1', nameAuto: false, xMm: 1500, yMm: 1800, rotationDeg: 0, widthMm: 600, depthMm: 1200, heightU: 42, powerBudgetW: 0, feedId: null, dropTrayId: null } }],
  });
  applyEdit(db, {
    label: 'devices',
    ops: Object.keys(DEVICES).map((name, i) => ({ op: 'create' as const, kind: 'device' as const, value: { rackId: 1, name, typeId: typeIds.get(`audit-test-${name.replace(/\d+$/, '')}`)!, u: 2 * i + 1, face: 'front' } })),
  });
  const portId = (device: string, port: string) =>
    db.prepare('SELECT p.id FROM ports p JOIN devices d ON d.id = p.device_id WHERE d.name = ? AND p.name = ?').pluck().get(device, port) as number;
  applyEdit(db, {
    label: 'cables',
    ops: CABLES.map(([label, ad, ap, bd, bp, media, len]) => ({
      op: 'create' as const, kind: 'cable' as const,
      value: { label, aPortId: portId(ad, ap), bPortId: portId(bd, bp), mediaId: media.id, opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: len, route: null, status: 'planned' },
    })),
  });
  return { path, db, dir };
}
