// The synthetic hall of test/bench/canvas.bench.ts (1,050 racks in 25 rows of 42, 268,800 ports,
// 100,000 cables routed along overhead trays), built into a project file. Same builder, so that
// benches measuring different layers measure the same project.
import { openProject } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';
import { upsertDeviceType } from '../../db/catalog.js';
import type { Id, PortTemplate, RouteStep } from '../../core/model/entities.js';

export const ROWS = 25, PER_ROW = 42, CABLES = 100_000, PORTS_PER_DEVICE = 128, DEVICES_PER_RACK = 2;
const RACK_W = 600, RACK_D = 1200, ROW_PITCH = 2400, X0 = 1500, SPINE_X = 1000, SEG_MM = 3600;

export function buildHall(file: string) {
  const t0 = performance.now();
  const db = openProject(file, { create: true });
  const store = new EntityStore(db);
  const ports: PortTemplate[] = Array.from({ length: PORTS_PER_DEVICE }, (_, i) => ({
    name: `p${i + 1}`, kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'rear', breakouts: [],
  }));
  const { id: typeId } = upsertDeviceType(db, {
    slug: 'bench-node', manufacturer: 'Bench', model: 'Node', role: 'server', uHeight: 4, isFullDepth: true,
    maxPowerW: 5000, typicalPowerW: null, weightKg: null, airflow: null, source: 'synthetic', origin: 'user', ports,
  });
  const rackPorts: Id[][] = [];
  const rackAt: { row: number; i: number }[] = [];
  const trayIds: Id[] = [];
  let spineId = 0;
  db.transaction(() => {
    const hallId = store.insert('hall', { name: 'Bench hall', widthMm: X0 + PER_ROW * RACK_W + 3000, depthMm: 2000 + ROWS * ROW_PITCH + 2000, tileMm: 600 }, null);
    for (let row = 0; row < ROWS; row++) {
      const y = 2000 + row * ROW_PITCH + RACK_D / 2;
      const points: [number, number][] = [[SPINE_X, y]];
      for (let x = X0; x <= X0 + PER_ROW * RACK_W; x += SEG_MM) points.push([x, y]);
      trayIds.push(store.insert('tray', { hallId, name: `row-${row + 1}`, heightMm: 2700, widthMm: 600, depthMm: 100, points }, null));
      for (let i = 0; i < PER_ROW; i++) {
        const rackId = store.insert('rack', {
          hallId, rowId: null, name: `B${row + 1}-${i + 1}`, nameAuto: false, xMm: X0 + i * RACK_W + RACK_W / 2, yMm: y,
          rotationDeg: row % 2 ? 180 : 0, widthMm: RACK_W, depthMm: RACK_D, heightU: 48, powerBudgetW: 12000, feedId: null, dropTrayId: null,
        }, null);
        const list: Id[] = [];
        for (let d = 0; d < DEVICES_PER_RACK; d++) {
          const deviceId = store.insert('device', { rackId, name: `n${row + 1}-${i + 1}-${d + 1}`, typeId, u: 1 + d * 4, face: 'front' }, null);
          for (const p of ports) list.push(store.insert('port', { deviceId, name: p.name, kind: p.kind, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face }, null));
        }
        rackPorts.push(list);
        rackAt.push({ row, i });
      }
    }
    const spine: [number, number][] = Array.from({ length: ROWS }, (_, r) => [SPINE_X, 2000 + r * ROW_PITCH + RACK_D / 2]);
    spineId = store.insert('tray', { hallId, name: 'spine', heightMm: 2700, widthMm: 900, depthMm: 150, points: spine }, null);
  })();

  // Cables: 80 % to a rack up to 6 places along the same row, 20 % to the same place in a row up
  // to 8 rows away; routed along the row trays and the spine.
  const seg = (i: number) => 1 + Math.floor((i * RACK_W + RACK_W / 2) / SEG_MM);
  const used = new Array(rackPorts.length).fill(0);
  const route = (a: number, b: number): RouteStep[] => {
    const A = rackAt[a]!, B = rackAt[b]!;
    const steps: RouteStep[] = [];
    if (A.row === B.row) {
      const [s0, s1] = [seg(A.i), seg(B.i)].sort((x, y) => x - y);
      for (let s = s0!; s <= s1!; s++) steps.push({ trayId: trayIds[A.row]!, seg: s });
      return steps;
    }
    for (let s = seg(A.i); s >= 0; s--) steps.push({ trayId: trayIds[A.row]!, seg: s });
    const [r0, r1] = [A.row, B.row].sort((x, y) => x - y);
    for (let r = r0!; r < r1!; r++) steps.push({ trayId: spineId, seg: r });
    for (let s = 0; s <= seg(B.i); s++) steps.push({ trayId: trayIds[B.row]!, seg: s });
    return steps;
  };
  db.transaction(() => {
    let made = 0;
    for (let k = 0; made < CABLES; k++) {
      if (k > CABLES * 4) throw new Error(`only ${made} cables fit the synthetic racks' ports`);
      const a = k % rackPorts.length;
      const A = rackAt[a]!;
      let b: number;
      if (k % 5 === 4) {
        const row = (A.row + 1 + (k % 8)) % ROWS;
        b = row * PER_ROW + A.i;
      } else {
        const i = (A.i + 1 + (k % 6)) % PER_ROW;
        b = A.row * PER_ROW + i;
      }
      if (used[a] >= rackPorts[a]!.length || used[b] >= rackPorts[b]!.length) continue;
      const aPortId = rackPorts[a]![used[a]++]!, bPortId = rackPorts[b]![used[b]++]!;
      const r = route(a, b);
      store.insert('cable', {
        label: `C${made + 1}`, aPortId, bPortId, mediaId: null, opticA: null, opticB: null, lengthMm: null,
        routedMm: null, orderedMm: null, route: r, status: 'planned',
      }, null);
      made++;
    }
  })();
  db.close();
  return { racks: rackPorts.length, ms: performance.now() - t0 };
}

