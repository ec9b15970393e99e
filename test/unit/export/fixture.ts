// A project file to export: one hall of racks in rows (plus one rack in no row), GPU servers
// cabled to a leaf in each rack and leaves cabled to a spine rack, a patch panel (1 panel, 12 front
// ports, nothing cabled to it), trays, and a
// small catalog with known prices and power. Some cables are routed, some are not.
// Used by the export tests (scale 1) and by test/bench/export.bench.ts (100,000 cables).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cable, CableStatus, Media, PortTemplate } from '../../../core/model/entities.js';
import { rackRect } from '../../../core/geometry/footprint.js';
import { tileName } from '../../../core/geometry/grid.js';
import { upsertDeviceType, upsertMedia } from '../../../db/catalog.js';
import { openProject, type Db } from '../../../db/open.js';
import { EntityStore } from '../../../db/store.js';

const ports = (prefix: string, n: number, p: Omit<PortTemplate, 'name'>): PortTemplate[] =>
  Array.from({ length: n }, (_, i) => ({ ...p, name: `${prefix}${i + 1}` }));

export const MEDIA: Media[] = [
  { id: 'T-DAC-800G', kind: 'dac', name: 'Test 800G DAC', speedGbps: 800, formFactor: 'OSFP', lanes: 8, connector: 'OSFP', fiber: null, maxReachM: 3, powerW: 0.1, lengthsM: [1, 2, 3], unitCostUsd: 150, diameterMm: 8, source: 'test' },
  { id: 'T-AOC-400G', kind: 'aoc', name: 'Test 400G AOC', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'OSFP', fiber: 'OM4', maxReachM: 30, powerW: 6, lengthsM: [3, 5, 10, 20], unitCostUsd: 600, diameterMm: 4, source: 'test' },
  { id: 'T-SR4', kind: 'transceiver', name: 'Test 400G SR4', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'MPO-12', fiber: 'OM4', maxReachM: 100, powerW: 8, lengthsM: [], unitCostUsd: 900, diameterMm: null, source: 'test' },
  { id: 'T-OM4-MPO', kind: 'fiber', name: 'Test OM4 MPO-12 trunk', speedGbps: 400, formFactor: 'MPO-12', lanes: 4, connector: 'MPO-12', fiber: 'OM4', maxReachM: 100, powerW: 0, lengthsM: [], unitCostUsd: null, diameterMm: 3, source: 'test' },
];

export interface Fixture {
  db: Db;
  path: string;
  dir: string;
  racks: number;
  rows: string[];
  cables: number;
}

export interface FixtureSize {
  rows: number;
  racksPerRow: number;
  serversPerRack: number;
  /** Cables from each server to its rack's leaf. */
  portsPerServer: number;
  /** Extra rack with no row (spine), cabled to every leaf by fibre. */
  spine: boolean;
}

/** The fixture's patch panel: one device with 12 front ports (one label each, plus one for the panel). */
export const PANEL_LABELS = 1 + 12;

export const SMALL: FixtureSize = { rows: 2, racksPerRow: 3, serversPerRack: 2, portsPerServer: 2, spine: true };

export function buildFixture(size: FixtureSize = SMALL, name = 'Hall Test'): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'tl-export-'));
  const path = join(dir, 'plan.trayline');
  const db = openProject(path, { create: true });
  const s = new EntityStore(db);
  let cableCount = 0;
  db.transaction(() => {
    for (const m of MEDIA) upsertMedia(db, m);
    const server = upsertDeviceType(db, {
      slug: 'test-gpu-server', manufacturer: 'Testco', model: 'GPU Server 8', role: 'server', uHeight: 4, isFullDepth: true,
      maxPowerW: 10200, typicalPowerW: 8000, weightKg: 130, airflow: 'front-to-rear', source: 'test', origin: 'user',
      ports: [...ports('osfp', 8, { kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear', breakouts: [] }),
        { name: 'mgmt', kind: 'interface', formFactor: 'RJ45', speedGbps: 1, lanes: 1, face: 'rear', breakouts: [] }],
    }).id;
    const leaf = upsertDeviceType(db, {
      slug: 'test-leaf', manufacturer: 'Testco', model: 'Leaf 64', role: 'switch', uHeight: 2, isFullDepth: true,
      maxPowerW: 2000, typicalPowerW: null, weightKg: null, airflow: null, source: 'test', origin: 'netbox',
      ports: ports('swp', 64, { kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front', breakouts: [] }),
    }).id;
    const panel = upsertDeviceType(db, {
      slug: 'test-mpo-panel', manufacturer: 'Panelco', model: 'MPO Panel 1U', role: 'patch-panel', uHeight: 1, isFullDepth: false,
      maxPowerW: null, typicalPowerW: null, weightKg: 2, airflow: null, source: 'test', origin: 'builtin',
      // fronts 1-12 on the positions of one rear MPO-24 (a cassette: the connector changes)
      ports: [...ports('', 12, { kind: 'front-port', formFactor: 'MPO-12', speedGbps: 400, lanes: 4, face: 'front', breakouts: [], rearPort: 'R1' }).map((p, i) => ({ ...p, rearPosition: i + 1 })),
        { name: 'R1', kind: 'rear-port', formFactor: 'MPO-24', speedGbps: 0, lanes: 0, face: 'rear', breakouts: [], positions: 12 }],
    }).id;
    const hallW = Math.max(30000, (size.racksPerRow + 4) * 600);
    const hallD = Math.max(20000, (size.rows + 2) * 3000);
    const hall = s.insert('hall', { name, widthMm: hallW, depthMm: hallD, tileMm: 600 }, null);
    const tray = s.insert('tray', { hallId: hall, name: 'TR-MAIN', heightMm: 2700, widthMm: 600, depthMm: 100, points: [[600, 600], [hallW - 600, 600]] }, null);
    const tray2 = s.insert('tray', { hallId: hall, name: 'TR-SPINE', heightMm: 2700, widthMm: 300, depthMm: 100, points: [[600, 600], [600, hallD - 600]] }, null);
    const portIds = (deviceId: number) => s.idsWhere('port', 'device_id', deviceId);
    const addDevice = (rackId: number, devName: string, typeId: number, u: number, face: 'front' | 'rear', templates: number) => {
      const id = s.insert('device', { rackId, name: devName, typeId, u, face }, null);
      const t = db.prepare('SELECT name, kind, form_factor, speed_gbps, lanes, face FROM port_templates WHERE device_type_id = ? ORDER BY position').all(typeId) as { name: string; kind: PortTemplate['kind']; form_factor: string; speed_gbps: number; lanes: number; face: 'front' | 'rear' }[];
      for (const p of t.slice(0, templates)) s.insert('port', { deviceId: id, name: p.name, kind: p.kind, formFactor: p.form_factor, speedGbps: p.speed_gbps, lanes: p.lanes, face: p.face }, null);
      return id;
    };
    const rack = (rowId: number | null, x: number, y: number) => {
      const r = { hallId: hall, rowId, name: '', nameAuto: true, xMm: x, yMm: y, rotationDeg: 0 as const, widthMm: 600, depthMm: 1200, heightU: 48, powerBudgetW: 40000, feedId: null, dropTrayId: null };
      const rect = rackRect(r);
      r.name = tileName(rect.x0 + 1, rect.y0 + 1, 600);
      return { id: s.insert('rack', r, null), name: r.name };
    };
    const cable = (label: string, a: number, b: number, c: Partial<Cable>) => {
      s.insert('cable', { label, aPortId: a, bPortId: b, mediaId: null, opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned' as CableStatus, ...c }, null);
      cableCount++;
    };
    const leafPorts: number[][] = [];
    let n = 0;
    for (let r = 0; r < size.rows; r++) {
      const rowId = s.insert('row', { hallId: hall, name: `Row ${String.fromCharCode(65 + r)}`, kind: 'row' }, null);
      for (let i = 0; i < size.racksPerRow; i++) {
        // Front-left corner on tile (2 + i, 3 + 5r): racks stand side by side, rows 5 tiles apart.
        const rk = rack(rowId, (2 + i) * 600 + 300, (3 + 5 * r) * 600 + 600);
        const leafId = addDevice(rk.id, `${rk.name.toLowerCase()}-leaf`, leaf, 40, 'front', 64);
        const lp = portIds(leafId);
        leafPorts.push(lp);
        let next = 0;
        for (let v = 0; v < size.serversPerRack; v++) {
          const srv = addDevice(rk.id, `${rk.name.toLowerCase()}-gpu${v + 1}`, server, 1 + 4 * v, 'front', 9);
          const sp = portIds(srv);
          for (let p = 0; p < size.portsPerServer; p++) {
            n++;
            // Every third cable is not routed yet; the others are DAC in rack or AOC.
            const routed = n % 3 !== 0;
            const dac = p % 2 === 0;
            const routedMm = routed ? 1200 + ((n * 37) % 1500) : null;
            const stock = dac ? [1000, 2000, 3000] : [3000, 5000, 10000, 20000];
            cable(`C${String(n).padStart(6, '0')}`, sp[p]!, lp[next++]!, {
              mediaId: dac ? 'T-DAC-800G' : 'T-AOC-400G',
              routedMm,
              orderedMm: routedMm === null ? null : stock.find((x) => x >= routedMm)!,
              route: routed && !dac ? [{ trayId: tray, seg: 0 }] : null,
              status: n % 5 === 0 ? 'installed' : 'planned',
            });
          }
        }
      }
    }
    if (size.spine) {
      const rk = rack(null, 2 * 600 + 300, (3 + 5 * size.rows) * 600 + 600);
      const spineId = addDevice(rk.id, 'spine1', leaf, 20, 'front', 64);
      addDevice(rk.id, 'spine1-panel', panel, 10, 'front', 13);
      const sp = portIds(spineId);
      leafPorts.forEach((lp, i) => {
        n++;
        cable(`C${String(n).padStart(6, '0')}`, lp[63]!, sp[i]!, {
          mediaId: 'T-OM4-MPO', opticA: 'T-SR4', opticB: 'T-SR4',
          routedMm: 20000 + i * 600, orderedMm: 20000 + i * 600,
          route: [{ trayId: tray, seg: 0 }, { trayId: tray2, seg: 0 }],
          status: 'planned',
        });
      });
    }
  })();
  return { db, path, dir, racks: size.rows * size.racksPerRow + (size.spine ? 1 : 0), rows: Array.from({ length: size.rows }, (_, r) => `Row ${String.fromCharCode(65 + r)}`), cables: cableCount };
}
