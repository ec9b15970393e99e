// What link tracing produces (core/routing/channel.ts) and small functions over it.
import type { Cable, Device, DeviceType, Id, Port } from '../model/entities.js';
import type { KnownChannels } from './channel-known.js';

/** One patch-panel pass of a channel: in at one side, out at the other. */
export interface PanelPass {
  deviceId: Id;
  front: Id;
  rear: Id;
  position: number;
  /** 1 for an adapter the two cables meet in; 2 for a cassette or module (fibre inside). */
  matedPairs: 1 | 2;
}

export interface Link {
  /** Stable while the link exists (a key for results), not across sessions. */
  id: number;
  /** The interface port at the start of the channel. */
  a: Id;
  /** The interface port at the end, or null when the channel stops short (see `open`). */
  b: Id | null;
  /** Cables from a to b. */
  cables: Id[];
  /** Panel passes, flat: [front port, rear port, position, mated pairs] for each (see Channels.passes). */
  panels: number[];
  /** Why the channel stops before an interface port; null when it reaches one. */
  open: string | null;
  /** Harness legs on the way: leg k of n of an assembly, at the cable index where it is. */
  legs: { cable: number; leg: number; of: number }[];
}

export interface ChannelInput {
  ports: ReadonlyMap<Id, Port>;
  cables: ReadonlyMap<Id, Cable>;
  devices: ReadonlyMap<Id, Device>;
  types: ReadonlyMap<Id, DeviceType>;
  /** Cables plugged into a port, as the check session indexes them: one id, several, or none. */
  cablesOnPort(portId: Id): Id | readonly Id[] | undefined;
  /** Jumpers held as records, whose channels need no walk (channel-known.ts). */
  known?: KnownChannels;
}

const NO_PANELS: number[] = [];

/** A link traced from its b-end (`from`) to its a-end (`to`), read from the a-end: its lists
 * are the tracer's scratch lists reversed into new ones. A link through no panel gets a shared
 * empty list, as the tracer gives one read forwards; built at once from the scratch lists, not
 * from a link object made first (half of a direct hall's 100,000 links are read reversed). */
export function reversed(id: number, from: Id, to: Id, cables: readonly Id[], panels: readonly number[], open: string | null, legs: Link['legs']): Link {
  const rp: number[] = panels.length ? [] : NO_PANELS;
  for (let i = panels.length - 4; i >= 0; i -= 4) rp.push(panels[i]!, panels[i + 1]!, panels[i + 2]!, panels[i + 3]!);
  const n = cables.length;
  const rl = legs.length ? legs.map((x) => ({ ...x, cable: n - 1 - x.cable })).reverse() : legs;
  return { id, a: to, b: from, cables: n === 1 ? [cables[0]!] : cables.slice().reverse(), panels: rp, open, legs: rl };
}

/** A link's panel passes as objects. */
export function passesOf(ports: ChannelInput['ports'], link: Link): PanelPass[] {
  const out: PanelPass[] = [];
  const p = link.panels;
  for (let i = 0; i < p.length; i += 4) {
    out.push({ deviceId: ports.get(p[i]!)?.deviceId ?? 0, front: p[i]!, rear: p[i + 1]!, position: p[i + 2]!, matedPairs: p[i + 3] as 1 | 2 });
  }
  return out;
}

export function matedPairsOf(link: Link): number {
  let n = 0;
  for (let i = 3; i < link.panels.length; i += 4) n += link.panels[i]!;
  return n;
}

/** Patch panels the channel passes (connector junctions). */
export function junctionsOf(link: Link): number {
  return link.panels.length / 4;
}

/** Port kinds as small numbers, for the typed arrays the tracer indexes by port id. */
export const KIND_NONE = 0;
export const KIND_INTERFACE = 1;
export const KIND_FRONT = 2;
export const KIND_REAR = 3;
export const KIND: Record<Port['kind'], number> = { interface: KIND_INTERFACE, 'front-port': KIND_FRONT, 'rear-port': KIND_REAR };

/** Empties a scratch list and keeps its storage (`length = 0` gives the storage up, so the next
 * push allocates it again: once per traced link). */
export function emptied(a: number[]): void {
  while (a.length > 0) a.pop();
}
