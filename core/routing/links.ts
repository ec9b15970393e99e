// Links, trunks and panels of a whole snapshot as plain rows: what `info --json` counts and
// `route --json` lists (each link's channel). Pure; builds its own port -> cables index.
import type { Cable, Id, ProjectSnapshot } from '../model/entities.js';
import { DenseIdIndex } from '../model/id-index.js';
import { IdMap } from '../model/id-map.js';
import { Channels, junctionsOf, matedPairsOf, type ChannelInput, type Link } from './channel.js';

// Array-backed by id (IdMap, DenseIdIndex): a 32k structured hall's 473,344 ports and 205,568
// cables as hash maps took ~1 s to build for `info` and each structured export.
export function channelsOf(s: Pick<ProjectSnapshot, 'ports' | 'cables' | 'devices' | 'deviceTypes'>): Channels {
  return channelsOver(s, { ports: IdMap.of(s.ports), cables: IdMap.of(s.cables), devices: IdMap.of(s.devices), types: new Map(s.deviceTypes.map((t) => [t.id, t])) });
}

/** channelsOf over maps already built from the snapshot (a routing world's: not built twice). */
export function channelsOver(s: Pick<ProjectSnapshot, 'ports' | 'cables'>, maps: Omit<ChannelInput, 'cablesOnPort' | 'known'>): Channels {
  let maxPort = 0;
  for (const p of s.ports) if (p.id > maxPort) maxPort = p.id;
  const onPort = new DenseIdIndex(maxPort + 1);
  for (const c of s.cables) {
    onPort.add(c.aPortId, c.id);
    onPort.add(c.bPortId, c.id);
  }
  return new Channels({ ...maps, cablesOnPort: (p) => onPort.get(p) });
}

export interface StructuredCounts {
  /** Logical links between interface ports (complete channels). */
  links: number;
  /** Channels that stop before reaching an interface port. */
  openLinks: number;
  /** Trunk assemblies: cables between two rear ports (the legs of one assembly count once). */
  trunks: number;
  /** Devices with front or rear ports (patch panels, cassette enclosures). */
  panels: number;
}

export function isTrunkCable(c: Cable, kindOf: (portId: Id) => string | undefined): boolean {
  return kindOf(c.aPortId) === 'rear-port' && kindOf(c.bPortId) === 'rear-port';
}

export function structuredCounts(s: ProjectSnapshot, channels = channelsOf(s)): StructuredCounts {
  let links = 0;
  let openLinks = 0;
  for (const l of channels.all()) l.b === null ? openLinks++ : links++;
  // (the rear ports alone: a kind per port was a 473,344-entry map in a 32k structured hall)
  const rear = new Set<Id>();
  for (const p of s.ports) if (p.kind === 'rear-port') rear.add(p.id);
  const kindOf = (p: Id) => (rear.has(p) ? 'rear-port' : undefined);
  const assemblies = new Set<string>();
  let trunks = 0;
  for (const c of s.cables) {
    if (!isTrunkCable(c, kindOf)) continue;
    if (c.assemblyId == null) trunks++;
    else if (!assemblies.has(c.assemblyId)) {
      assemblies.add(c.assemblyId);
      trunks++;
    }
  }
  const panelDevices = new Set<Id>();
  for (const p of s.ports) if (p.kind !== 'interface') panelDevices.add(p.deviceId);
  return { links, openLinks, trunks, panels: panelDevices.size };
}

export interface LinkRow {
  /** "device:port" at each end; b null for an open channel. */
  a: string;
  b: string | null;
  /** Cable labels from a to b. */
  cables: string[];
  /** Each panel pass: the panel, its front and rear port and the rear position. */
  panels: { device: string; front: string; rear: string; position: number }[];
  junctions: number;
  matedPairs: number;
  /** Harness legs on the way: "LABEL leg k/n". */
  legs: string[];
  /** Sum of the cables' lengths (fixed, else ordered, else routed), m; null when one is unknown. */
  lengthM: number | null;
  open: string | null;
}

/** Every link's channel, ordered by its a-end name. `lengthMm` gives a cable's length (e.g. from fresh routes). */
export function linkRows(s: ProjectSnapshot, lengthMm: (c: Cable) => number | null, channels = channelsOf(s)): LinkRow[] {
  const ports = new Map(s.ports.map((p) => [p.id, p]));
  const devices = new Map(s.devices.map((d) => [d.id, d.name]));
  const cables = new Map(s.cables.map((c) => [c.id, c]));
  const name = (id: Id) => {
    const p = ports.get(id);
    return p ? `${devices.get(p.deviceId) ?? p.deviceId}:${p.name}` : String(id);
  };
  const row = (l: Link): LinkRow => {
    let mm: number | null = 0;
    for (const id of l.cables) {
      const c = cables.get(id);
      const x = c ? lengthMm(c) : null;
      mm = mm == null || x == null ? null : mm + x;
    }
    return {
      a: name(l.a),
      b: l.b === null ? null : name(l.b),
      cables: l.cables.map((id) => cables.get(id)?.label ?? String(id)),
      panels: channels.passes(l).map((p) => ({ device: devices.get(p.deviceId) ?? String(p.deviceId), front: ports.get(p.front)?.name ?? '', rear: ports.get(p.rear)?.name ?? '', position: p.position })),
      junctions: junctionsOf(l),
      matedPairs: matedPairsOf(l),
      legs: l.legs.map((x) => `${cables.get(l.cables[x.cable]!)?.label ?? ''} leg ${x.leg}/${x.of}`),
      lengthM: mm == null ? null : mm / 1000,
      open: l.open,
    };
  };
  return [...channels.all()].map(row).sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : (x.b ?? '') < (y.b ?? '') ? -1 : 1));
}
