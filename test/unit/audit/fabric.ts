// The small fabric the audit fixtures describe (see test/fixtures/audit/README.md), as plain
// data for the pure tests and as a project file for the CLI and API tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cable, Device, Media, Port } from '../../../core/model/entities.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/audit');
export const fixture = (rel: string) => ({ name: rel, text: readFileSync(join(FIXTURES, rel), 'utf8') });

export const DR4: Media = {
  id: '400GBASE-DR4', kind: 'transceiver', name: '400GBASE-DR4', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'MPO-12',
  fiber: 'OS2', maxReachM: 500, powerW: 10, lengthsM: [], unitCostUsd: null, diameterMm: 3, source: 'IEEE 802.3bs',
};
export const DAC: Media = {
  id: '400GBASE-CR4-DAC', kind: 'dac', name: '400G DAC', speedGbps: 400, formFactor: 'OSFP', lanes: 4, connector: 'OSFP',
  fiber: null, maxReachM: 2, powerW: 0, lengthsM: [1, 1.5, 2], unitCostUsd: null, diameterMm: 8, source: 'IEEE 802.3ck',
};

/** Device name -> its port names. */
export const DEVICES: Record<string, string[]> = {
  spine01: range(8, (i) => `Ethernet${i}`),
  spine02: range(8, (i) => `Ethernet${i}`),
  leaf01: range(8, (i) => `swp${i}`),
  leaf02: range(8, (i) => `swp${i}`),
  gpu01: ['eth0', 'eth1'],
  gpu02: ['eth0', 'eth1'],
};

/** label, a device, a port, b device, b port, media, ordered length in mm */
export const CABLES: [string, string, string, string, string, Media, number][] = [
  ['C1', 'leaf01', 'swp1', 'spine01', 'Ethernet1', DR4, 10000],
  ['C2', 'leaf01', 'swp2', 'spine02', 'Ethernet1', DR4, 10000],
  ['C3', 'leaf02', 'swp1', 'spine01', 'Ethernet2', DR4, 10000],
  ['C4', 'leaf02', 'swp2', 'spine02', 'Ethernet2', DR4, 10000],
  ['C5', 'gpu01', 'eth1', 'leaf01', 'swp5', DAC, 2000],
  ['C6', 'gpu02', 'eth1', 'leaf02', 'swp5', DAC, 2000],
];

function range<T>(n: number, f: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => f(i + 1));
}

/** The plan as the audit reads it from a project. */
export function fabricSnapshot() {
  const devices: Device[] = [];
  const ports: Port[] = [];
  const portId = new Map<string, number>();
  Object.entries(DEVICES).forEach(([name, names], i) => {
    devices.push({ id: i + 1, rackId: 1, name, typeId: 1, u: i + 1, face: 'front' });
    for (const p of names) {
      const id = ports.length + 1;
      ports.push({ id, deviceId: i + 1, name: p, kind: 'interface', formFactor: 'OSFP', speedGbps: 400, lanes: 4, face: 'front' });
      portId.set(`${name} ${p}`, id);
    }
  });
  const cables: Cable[] = CABLES.map(([label, ad, ap, bd, bp, media, len], i) => ({
    id: i + 1, label, aPortId: portId.get(`${ad} ${ap}`)!, bPortId: portId.get(`${bd} ${bp}`)!, mediaId: media.id,
    opticA: null, opticB: null, lengthMm: null, routedMm: null, orderedMm: len, route: null, status: 'planned',
  }));
  return { devices, ports, cables, media: [DR4, DAC] };
}
