// The fixtures' fabric (fabric.ts) as a real project file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { upsertDeviceType, upsertMedia } from '../../../db/catalog.js';
import { applyEdit } from '../../../db/edits.js';
import { openProject, type Db } from '../../../db/open.js';
import { CABLES, DAC, DEVICES, DR4 } from './fabric.js';

export function createFabricProject(): { path: string; db: Db; dir: string } {
  return createProject(DEVICES, CABLES.map(([label, ad, ap, bd, bp, media, len]) => [label, ad, ap, bd, bp, media.id, len]));
}

/**
 * A project file with one 400G-port type per device name stem (leaf01, leaf02 -> one type; names
 * starting with gpu are servers) and the cables given: [label, a device, a port, b device, b port,
 * media id, ordered length mm].
 */
export function createProject(
  devices: Record<string, string[]>,
  cables: [string, string, string, string, string, string | null, number | null][],
): { path: string; db: Db; dir: string } {
  const DEVICES = devices;
  const dir = mkdtempSync(join(tmpdir(), 'tl-audit-'));
  const path = join(dir, 'fabric.trayline');
  const db = openProject(path, { create: true });
  upsertMedia(db, DR4);
  upsertMedia(db, DAC);
  const typeIds = new Map<string, number>();
  // one type per name stem and port list: devices that differ only by their number share it
  const lists = [...new Set(Object.values(DEVICES).map((p) => p.join('\n')))];
  const slugOf = (name: string) => `audit-test-${name.replace(/\d+$/, '')}-${lists.indexOf(DEVICES[name]!.join('\n'))}`;
  for (const [name, ports] of Object.entries(DEVICES)) {
    const slug = slugOf(name);
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
    ops: Object.keys(DEVICES).map((name, i) => ({ op: 'create' as const, kind: 'device' as const, value: { rackId: 1, name, typeId: typeIds.get(slugOf(name))!, u: 2 * i + 1, face: 'front' } })),
  });
  const portId = (device: string, port: string) =>
    db.prepare('SELECT p.id FROM port_view p JOIN devices d ON d.id = p.device_id WHERE d.name = ? AND p.name = ?').pluck().get(device, port) as number;
  applyEdit(db, {
    label: 'cables',
    ops: cables.map(([label, ad, ap, bd, bp, media, len]) => ({
      op: 'create' as const, kind: 'cable' as const,
      value: { label, aPortId: portId(ad, ap), bPortId: portId(bd, bp), mediaId: media, opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: len, route: null, status: 'planned' },
    })),
  });
  return { path, db, dir };
}
