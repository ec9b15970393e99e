// The built-in demo: one DGX H100 scalable unit in a 12 x 13.8 m hall, so a newcomer sees a populated
// hall at once. Three rows of GPU racks (four DGX H100 per rack) standing side by side, a network
// rack at the west end of each row with the rail leaf switches (NVIDIA QM9700), a spine rack,
// overhead trays along each row joined by one tray across the rows. Rows alternate their facing so
// that fronts face fronts across the cold aisle and rears face rears across the hot aisle. The
// cables carry no media or length here: creating the demo project routes them and chooses media
// (main/session/create-project.ts), so it opens routed with nothing to warn about.
//
// Fabric: rail-optimised. GPU NIC k (k = 1..8) of every server goes to leaf k; each leaf has 48
// downlinks and 16 uplinks (3:1), 8 to each of the 2 spines, which fills the spines' 64 ports.
// Deterministic: no randomness, the same layout every time.
import type { Layout } from '../model/layout.js';
import { rackRect } from '../geometry/footprint.js';
import { tileName } from '../geometry/grid.js';
import { mmFromM } from '../model/units.js';

export const DEMO_HALL = 'Hall 1';

const HALL = { widthM: 12, depthM: 13.8, tileM: 0.6 };
const ROWS = 3;
const SERVERS_PER_RACK = 4;
const RAILS = 8;
const LEAVES = RAILS;
const SPINES = 2;
const UPLINKS_PER_SPINE = 8;
/**
 * Row centre lines (y), metres, on the 0.6 m tile grid: row 1 spans 3.6-4.8 m and faces south,
 * a 1.8 m (3-tile) cold aisle, row 2 spans 6.6-7.8 m and faces north, a 1.2 m (2-tile) hot aisle,
 * row 3 spans 9.0-10.2 m and faces south.
 */
const ROW_Y = [4.2, 7.2, 9.6];
/** 0 degrees faces +y (south on the plan), 180 faces north. */
const ROW_ROTATION = [0, 180, 0] as const;
/** Racks 0.6 m wide side by side from the west end: the network rack, then the GPU racks. */
const NET_RACK_X = 4.5;
const GPU_RACK_X = [5.1, 5.7, 6.3, 6.9];
const SPINE_RACK_X = 7.5;
const TRAY_WEST_X = 3.0;
const TRAY_EAST_X = 8.4;
/** DGX H100 8U each, with a 2U gap for airflow and cable management. */
const SERVER_U = [3, 13, 23, 33];
/** 4 x DGX H100 at 10.2 kW maximum = 40.8 kW, so a 42 kW budget. */
const GPU_RACK_KW = 42;
const NET_RACK_KW = 12;

/** GPU NIC k (0-based) of a DGX: OSFP cage 1..4, two ports per cage. */
const nicPort = (k: number) => `osfp${Math.floor(k / 2) + 1}/${(k % 2) + 1}`;
/** Port n (0-based) of a QM9700: twin-port cage 1..32. */
const qmPort = (n: number) => `${Math.floor(n / 2) + 1}/${(n % 2) + 1}`;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** TIA-606 name of the tile under the footprint's north-west corner, as the app names racks. */
function rackName(xM: number, yM: number): string {
  const r = rackRect({ xMm: mmFromM(xM), yMm: mmFromM(yM), widthMm: 600, depthMm: 1200, rotationDeg: 0 });
  return tileName(r.x0 + 1, r.y0 + 1, mmFromM(HALL.tileM));
}

export function demoLayout(): Layout {
  const layout: Layout = {
    format: 'trayline-layout',
    version: 1,
    halls: [{ name: DEMO_HALL, ...HALL }],
    rows: [],
    feeds: [],
    racks: [],
    devices: [],
    trays: [],
    cables: [],
  };
  const rack = (name: string, row: string, xM: number, yM: number, kw: number, feed: string, tray: string, rotationDeg: 0 | 180) =>
    layout.racks.push({
      name, hall: DEMO_HALL, row, xM, yM, rotationDeg, widthM: 0.6, depthM: 1.2, heightU: 48,
      powerBudgetKw: kw, feed, dropTray: tray, nameAuto: true,
    });
  const device = (name: string, rackName: string, type: string, u: number) => layout.devices.push({ name, rack: rackName, type, u, face: 'front' });

  const servers: string[] = [];
  const leafRack: string[] = [];
  for (let r = 0; r < ROWS; r++) {
    const row = `Row ${r + 1}`;
    const feed = `Busway ${r + 1}`;
    const tray = `Row ${r + 1} tray`;
    const y = ROW_Y[r]!;
    layout.rows!.push({ name: row, hall: DEMO_HALL, kind: 'row' });
    // A 415 V 3-phase 400 A busway per row: 415 x 400 x sqrt(3) x 80% = 230 kW for 4 x 42 + 12 kW.
    layout.feeds!.push({ name: feed, hall: DEMO_HALL, voltageV: 415, amps: 400, phases: 3, deratePct: 80 });
    layout.trays.push({ name: tray, hall: DEMO_HALL, heightM: 2.6, widthMm: 600, depthMm: 100, points: [[TRAY_WEST_X, y], [TRAY_EAST_X, y]] });
    const net = rackName(NET_RACK_X, y);
    rack(net, row, NET_RACK_X, y, NET_RACK_KW, feed, tray, ROW_ROTATION[r]!);
    leafRack.push(net);
    for (const x of GPU_RACK_X) {
      const name = rackName(x, y);
      rack(name, row, x, y, GPU_RACK_KW, feed, tray, ROW_ROTATION[r]!);
      for (const u of SERVER_U.slice(0, SERVERS_PER_RACK)) {
        const server = `dgx-${pad(servers.length + 1)}`;
        servers.push(server);
        device(server, name, 'nvidia-dgx-h100', u);
      }
    }
    if (r === 1) {
      const spineRack = rackName(SPINE_RACK_X, y);
      rack(spineRack, row, SPINE_RACK_X, y, NET_RACK_KW, feed, tray, ROW_ROTATION[r]!);
      for (let s = 0; s < SPINES; s++) device(`spine-${pad(s + 1)}`, spineRack, 'nvidia-qm9700', 24 + 2 * s);
    }
  }
  layout.trays.push({ name: 'Cross tray west', hall: DEMO_HALL, heightM: 2.6, widthMm: 600, depthMm: 100, points: ROW_Y.map((y) => [TRAY_WEST_X, y] as [number, number]) });

  // Leaves 1-3 in row 1's network rack, 4-6 in row 2's, 7-8 in row 3's.
  const perRack = Math.ceil(LEAVES / ROWS);
  for (let l = 0; l < LEAVES; l++) device(`leaf-${pad(l + 1)}`, leafRack[Math.floor(l / perRack)]!, 'nvidia-qm9700', 24 + 2 * (l % perRack));

  const cable = (label: string, aDev: string, aPort: string, bDev: string, bPort: string) =>
    layout.cables.push({ label, a: { device: aDev, port: aPort }, b: { device: bDev, port: bPort }, media: null, lengthM: null });
  let n = 0;
  servers.forEach((server, i) => {
    for (let k = 0; k < RAILS; k++) cable(`GPU-${pad(++n, 4)}`, server, nicPort(k), `leaf-${pad(k + 1)}`, qmPort(i));
  });
  const down = servers.length;
  n = 0;
  for (let l = 0; l < LEAVES; l++) {
    for (let s = 0; s < SPINES; s++) {
      for (let j = 0; j < UPLINKS_PER_SPINE; j++) {
        cable(`UPL-${pad(++n, 4)}`, `leaf-${pad(l + 1)}`, qmPort(down + s * UPLINKS_PER_SPINE + j), `spine-${pad(s + 1)}`, qmPort(l * UPLINKS_PER_SPINE + j));
      }
    }
  }
  return layout;
}
