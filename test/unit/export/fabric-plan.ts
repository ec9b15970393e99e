// A small two-SU rail-optimized hall with its management networks, for the fabric exports:
//   gpu01..gpu04: compute ports c1, c2 (400G OSFP), storage st1 (200G), bmc (RJ45 1G)
//   SU 1: gpu01, gpu02 on leaf1 (c1) and leaf2 (c2); SU 2: gpu03, gpu04 on leaf3 and leaf4
//   leaf1..leaf4: ports 1/1..2/2 (400G), mgmt0; spine1, spine2: each leaf's 2/1 to spine1, 2/2 to spine2
//   mgmt1 (Ethernet): every st1; oob1: every bmc and mgmt0, and mgmt1's mgmt0
import type { Cable, Device, DeviceType, Port, ProjectSnapshot } from '../../../core/model/entities.js';
import { DEFAULT_SETTINGS } from '../../../core/model/entities.js';

const type = (id: number, slug: string, role: DeviceType['role'], model: string, ports: [string, number, string][]): DeviceType => ({
  id, slug, manufacturer: 'Test', model, role, uHeight: 1, isFullDepth: true, maxPowerW: null, typicalPowerW: null, weightKg: null,
  airflow: null, source: 'test', origin: 'user', partNumber: slug === 'ib-switch' ? 'MQM9700-NS2F' : null,
  ports: ports.map(([name, speedGbps, formFactor]) => ({ name, kind: 'interface', formFactor, speedGbps, lanes: speedGbps > 1 ? 4 : 1, face: 'front', breakouts: [] })),
});

export const TYPES: DeviceType[] = [
  type(1, 'test-gpu', 'server', 'GPU server', [['c1', 400, 'OSFP'], ['c2', 400, 'OSFP'], ['st1', 200, 'QSFP112'], ['bmc', 1, 'RJ45']]),
  type(2, 'ib-switch', 'switch', 'Quantum-2 QM9700', [['1/1', 400, 'OSFP'], ['1/2', 400, 'OSFP'], ['2/1', 400, 'OSFP'], ['2/2', 400, 'OSFP'], ['mgmt0', 1, 'RJ45']]),
  type(3, 'eth-switch', 'switch', 'Ethernet switch', [['swp1', 200, 'QSFP112'], ['swp2', 200, 'QSFP112'], ['swp3', 200, 'QSFP112'], ['swp4', 200, 'QSFP112'], ['mgmt0', 1, 'RJ45']]),
  type(4, 'oob-switch', 'switch', 'OOB switch', Array.from({ length: 12 }, (_, i): [string, number, string] => [`ge${i + 1}`, 1, 'RJ45'])),
];

/** device name -> [type id, rack name] */
const DEVICES: [string, number, string][] = [
  ['gpu01', 1, 'A01'], ['gpu02', 1, 'A01'], ['gpu03', 1, 'A02'], ['gpu04', 1, 'A02'],
  ['leaf1', 2, 'N01'], ['leaf2', 2, 'N01'], ['leaf3', 2, 'N01'], ['leaf4', 2, 'N01'],
  ['spine1', 2, 'N02'], ['spine2', 2, 'N02'], ['mgmt1', 3, 'N02'], ['oob1', 4, 'N02'],
];

const C = (a: string, ap: string, b: string, bp: string): [string, string, string, string] => [a, ap, b, bp];
export const CABLES: [string, string, string, string][] = [
  C('gpu01', 'c1', 'leaf1', '1/1'), C('gpu02', 'c1', 'leaf1', '1/2'), C('gpu01', 'c2', 'leaf2', '1/1'), C('gpu02', 'c2', 'leaf2', '1/2'),
  C('gpu03', 'c1', 'leaf3', '1/1'), C('gpu04', 'c1', 'leaf3', '1/2'), C('gpu03', 'c2', 'leaf4', '1/1'), C('gpu04', 'c2', 'leaf4', '1/2'),
  ...['leaf1', 'leaf2', 'leaf3', 'leaf4'].flatMap((l, i) => [C(l, '2/1', 'spine1', `${1 + (i >> 1)}/${1 + (i & 1)}`), C(l, '2/2', 'spine2', `${1 + (i >> 1)}/${1 + (i & 1)}`)]),
  ...['gpu01', 'gpu02', 'gpu03', 'gpu04'].map((g, i) => C(g, 'st1', 'mgmt1', `swp${i + 1}`)),
  ...['gpu01', 'gpu02', 'gpu03', 'gpu04'].map((g, i) => C(g, 'bmc', 'oob1', `ge${i + 1}`)),
  ...['leaf1', 'leaf2', 'leaf3', 'leaf4', 'spine1', 'spine2', 'mgmt1'].map((s, i) => C(s, 'mgmt0', 'oob1', `ge${i + 5}`)),
];

export function fabricSnapshot(): ProjectSnapshot {
  const racks = ['A01', 'A02', 'N01', 'N02'].map((name, i) => ({
    id: i + 1, hallId: 1, rowId: 1, name, nameAuto: false, xMm: 300 + 600 * i, yMm: 600, rotationDeg: 0 as const, widthMm: 600, depthMm: 1200, heightU: 42, powerBudgetW: 0, feedId: null, dropTrayId: null,
  }));
  const devices: Device[] = [];
  const ports: Port[] = [];
  const portId = new Map<string, number>();
  DEVICES.forEach(([name, typeId, rack], i) => {
    devices.push({ id: i + 1, rackId: racks.find((r) => r.name === rack)!.id, name, typeId, u: 1 + 2 * (i % 4), face: 'front' });
    for (const p of TYPES[typeId - 1]!.ports) {
      const id = ports.length + 1;
      ports.push({ id, deviceId: i + 1, name: p.name, kind: 'interface', formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: 'front' });
      portId.set(`${name} ${p.name}`, id);
    }
  });
  const cables: Cable[] = CABLES.map(([a, ap, b, bp], i) => ({
    id: i + 1, label: `${a}:${ap}/${b}:${bp}`, aPortId: portId.get(`${a} ${ap}`)!, bPortId: portId.get(`${b} ${bp}`)!, mediaId: null,
    opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned',
  }));
  return {
    schemaVersion: 0, halls: [{ id: 1, name: 'Hall A', widthMm: 6000, depthMm: 6000, tileMm: 600 }], rows: [{ id: 1, hallId: 1, name: 'Row 1', kind: 'row' }],
    racks, devices, ports, cables, trays: [], feeds: [], deviceTypes: TYPES, media: [], settings: DEFAULT_SETTINGS,
  };
}
