// The synthetic hall of test/bench/routing.bench.ts: 1000 racks in 25 rows, 4000 switches,
// 256,000 ports, 29 trays and 100,000 cables between racks all over the hall (a worst case for
// shortest paths). Shared with the profiling scripts so that they measure the same hall.
import { DEFAULT_SETTINGS, type Cable, type Device, type DeviceType, type Media, type Port, type PowerFeed, type ProjectSnapshot, type Rack, type Tray } from '../../core/model/entities.js';

const ROWS = 25;
const PER_ROW = 40;
const DEVICES_PER_RACK = 4;
const PORTS_PER_DEVICE = 64;
const CABLES = 100_000;

export function hall(): ProjectSnapshot {
  let next = 1;
  const type: DeviceType = {
    id: next++, slug: 'sw', manufacturer: 'X', model: 'SW', role: 'switch', uHeight: 2, isFullDepth: true, maxPowerW: 2000,
    typicalPowerW: null, weightKg: null, airflow: null, source: 'bench', origin: 'user',
    ports: Array.from({ length: PORTS_PER_DEVICE }, (_, i) => ({ name: `p${i}`, kind: 'interface' as const, formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front' as const, breakouts: [] })),
  };
  const m = (x: Partial<Media> & { id: string }): Media => ({
    kind: 'dac', name: x.id, speedGbps: 800, formFactor: 'OSFP', lanes: 8, connector: 'twinax', fiber: null, maxReachM: 3, powerW: 0.1,
    lengthsM: [1, 2, 3], unitCostUsd: 100, diameterMm: 5.8, source: 'bench', ...x,
  });
  const media = [
    m({ id: 'DAC' }),
    m({ id: 'AOC', kind: 'aoc', maxReachM: 100, powerW: 8, lengthsM: [3, 5, 7, 10, 15, 20, 25, 30, 50, 70, 100], diameterMm: 3 }),
    m({ id: 'SR8', kind: 'transceiver', fiber: 'OM4', connector: 'MPO-16', maxReachM: 100, powerW: 16, lengthsM: [] }),
    m({ id: 'OM4', kind: 'fiber', formFactor: 'MPO-16', speedGbps: 0, connector: 'MPO-16', fiber: 'OM4', maxReachM: 100, lengthsM: [], diameterMm: 3 }),
  ];
  const feeds: PowerFeed[] = [];
  const racks: Rack[] = [];
  const devices: Device[] = [];
  const ports: Port[] = [];
  const trays: Tray[] = [];
  // One tray over each row (y = row centre - 900), four cross trays joining them all.
  for (let r = 0; r < ROWS; r++) {
    const y = 2000 + r * 3000;
    trays.push({ id: next++, hallId: 1, name: `ROW${r}`, heightMm: 2700, widthMm: 600, depthMm: 150, points: [[0, y - 900], [PER_ROW * 600 + 2000, y - 900]] });
    const feed: PowerFeed = { id: next++, hallId: 1, name: `F${r}`, voltageV: 415, amps: 250, phases: 3, deratePct: 80 };
    feeds.push(feed);
    for (let i = 0; i < PER_ROW; i++) {
      const rack: Rack = {
        id: next++, hallId: 1, rowId: null, name: `R${r}-${i}`, nameAuto: false, xMm: 1000 + i * 600, yMm: y, rotationDeg: 0,
        widthMm: 600, depthMm: 1200, heightU: 48, powerBudgetW: 9000, feedId: feed.id, dropTrayId: null,
      };
      racks.push(rack);
      for (let d = 0; d < DEVICES_PER_RACK; d++) {
        const dev: Device = { id: next++, rackId: rack.id, name: `${rack.name}-sw${d}`, typeId: type.id, u: 1 + d * 10, face: 'front' };
        devices.push(dev);
        for (const p of type.ports) ports.push({ id: next++, deviceId: dev.id, name: p.name, kind: p.kind, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face });
      }
    }
  }
  for (const x of [500, 6000, 12000, 18000]) trays.push({ id: next++, hallId: 1, name: `X${x}`, heightMm: 3000, widthMm: 600, depthMm: 150, points: [[x, 0], [x, ROWS * 3000 + 2000]] });
  const portsPerRack = DEVICES_PER_RACK * PORTS_PER_DEVICE;
  const used = new Int32Array(racks.length);
  const cables: Cable[] = [];
  const pick = (ri: number) => ports[ri * portsPerRack + used[ri]!++]!;
  for (let k = 0; k < CABLES; k++) {
    const ra = k % racks.length;
    let rb = (k * 7 + 13 + Math.floor(k / racks.length) * 31) % racks.length;
    if (rb === ra) rb = (rb + 1) % racks.length;
    const kind = k % 10;
    cables.push({
      id: next++, label: `C${k}`, aPortId: pick(ra).id, bPortId: pick(rb).id,
      mediaId: kind < 6 ? 'AOC' : kind < 9 ? 'OM4' : 'DAC', opticA: kind >= 6 && kind < 9 ? 'SR8' : null, opticB: kind >= 6 && kind < 9 ? 'SR8' : null,
      lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned',
    });
  }
  return {
    schemaVersion: 1, halls: [{ id: 1, name: 'H', widthMm: 30000, depthMm: 80000, tileMm: 600 }], rows: [], racks, devices, ports, cables, trays, feeds,
    deviceTypes: [type], media, settings: { ...DEFAULT_SETTINGS },
  };
}
