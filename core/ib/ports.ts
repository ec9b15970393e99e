// Which ports of a device InfiniBand tools number, and how host adapters are named.
//
// Port numbers: a switch reports its IB ports 1..n, a host its adapters' ports; the topology
// tools, UFM's P2P sheet and ibdiagnet name them by that number. Trayline takes port n of a
// device to be its n-th data port (interface ports faster than 10 Gb/s, in device-type order),
// so on a QM9700 (32 twin-port OSFP cages named 1/1 .. 32/2) port 1 is 1/1, port 2 is 1/2 and
// port 3 is 2/1. NVIDIA's QM97X0 manual ("each OSFP port consists of 2 logical InfiniBand
// ports", https://docs.nvidia.com/networking/display/QM97X0PUB/Interfaces) does not publish the
// ASIC numbering, so check one cabled port per switch model before trusting a whole audit.
//
// Host adapters: UFM's Cable Validation Tool maps host port 1 to mlx5_0, 2 to mlx5_1, ... unless
// an HCA mapping file (`port,hca-name`) says otherwise ("Optional Files",
// https://docs.nvidia.com/networking/display/cablevalidationtool150/optional+files).
import { sourceError } from '../audit/errors.js';
import type { DeviceType, Port } from '../model/entities.js';

type DataPort = Pick<Port, 'kind' | 'speedGbps'>;

/** The ports IB tools number, in the order given (a device's ports in id order = type order). */
export function ibPorts<P extends DataPort>(ports: readonly P[]): P[] {
  return ports.filter((p) => p.kind === 'interface' && p.speedGbps > 10);
}

/** NVIDIA Quantum/Switch-IB switches and other InfiniBand switches, by model or part number. */
export function isInfiniBandSwitch(t: Pick<DeviceType, 'role' | 'model' | 'slug'> & { partNumber?: string | null }): boolean {
  if (t.role !== 'switch') return false;
  return /quantum|infiniband|\bm?qm\d{4}|\bq3\d{3}|\bsb7\d{3}|\bcs[78]\d{3}|switch-?ib/i.test(`${t.model} ${t.slug} ${t.partNumber ?? ''}`);
}

/** The host port -> RDMA device names in force: index 0 is port 1. null means UFM's default. */
export type HcaMap = readonly string[] | null;

export function hcaNameOf(portNumber: number, map: HcaMap): string {
  return map?.[portNumber - 1] ?? `mlx5_${portNumber - 1}`;
}

/**
 * The host port an RDMA device name stands for, or null. With a mapping file only its names
 * count; without one, mlx5_N is port N+1 (UFM's default) and HCA-N, the older OFED name, port N.
 */
export function hcaPortNumber(name: string, map: HcaMap): number | null {
  const n = name.trim().toLowerCase();
  if (map) {
    const i = map.findIndex((m) => m.toLowerCase() === n);
    return i < 0 ? null : i + 1;
  }
  let m = /^mlx5_(\d+)$/.exec(n);
  if (m) return Number(m[1]) + 1;
  m = /^hca-(\d+)$/.exec(n);
  return m && Number(m[1]) > 0 ? Number(m[1]) : null;
}

/** A UFM HCA mapping file: `port,hca-name` lines (a header line optional), ports 1..n. */
export function parseHcaMap(file: string, text: string): string[] {
  const out: string[] = [];
  const seen = new Map<string, number>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split(',').map((c) => c.trim());
    if (i === 0 && /^port$/i.test(cells[0] ?? '')) return;
    const [port, name] = cells;
    if (cells.length !== 2 || !/^\d+$/.test(port!) || Number(port) < 1 || !name) {
      throw sourceError(file, i + 1, `expected "port,hca-name" with a port number from 1 (e.g. "1,mlx5_0"), found "${line}"`);
    }
    const k = Number(port);
    if (out[k - 1] !== undefined) throw sourceError(file, i + 1, `port ${k} is mapped twice`);
    const other = seen.get(name.toLowerCase());
    if (other !== undefined) throw sourceError(file, i + 1, `${name} is already port ${other}`);
    seen.set(name.toLowerCase(), k);
    out[k - 1] = name;
  });
  for (let k = 1; k <= out.length; k++) if (out[k - 1] === undefined) throw sourceError(file, null, `port ${k} is missing: the mapping must list ports 1 to ${out.length}`);
  if (out.length === 0) throw sourceError(file, null, 'no "port,hca-name" lines');
  return out;
}
