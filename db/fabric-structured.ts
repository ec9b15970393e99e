// The structured part of a generated hall (fabric-write.ts buildHallEntities): trunk panels in
// their racks, their ports with the front-to-rear map of the panel's type, and for each structured
// link a record of its two jumpers (switch port -> panel front at each end), and the trunks
// between the panels' rear entries. Positions follow the plan: link k of a pair of racks sits on
// trunk floor(k / 12) at position k mod 12 + 1, and its jumpers land on the fronts mapped to that
// position, so tracing needs nothing else. Polarity is left to the media (method B: type-B cords
// and trunks, docs/structured-cabling.md).
import { portMaker, type PortBlock } from '../core/model/port-from-template.js';
import type { Cable, Device, Port } from '../core/model/entities.js';
import type { FabricPlan } from '../core/fabric/plan.js';
import { emptyRecords, jumperCable, type JumperCombo, type JumperRecords } from '../core/model/jumper-records.js';
import type { JumperMm } from './channels.js';

export interface StructuredIds {
  /** Id of the first panel device and of the first panel port; racks by placement index. */
  devBase: number;
  portBase: number;
  rackId: (rack: number) => number;
  rackName: (rack: number) => string;
  /** Prefix for panel names when a generated name is already taken ("F3-"). */
  prefix: string;
}

export interface StructuredEntities {
  devices: Device[];
  /** The hall's port list, the panels' ports appended (249,600 in a 32k hall: no list of their own);
   * their rear ports only when the fronts are kept as blocks. */
  ports: Port[];
  /** Port id of each panel's first port. */
  firstPort: Int32Array;
  /** Each panel's front ports as one block (none when `compact` is false). */
  blocks: PortBlock[];
}

/** Panel devices and ports, named RACK-PPnn from the top of the rack down; the ports are
 * appended to `ports` (the hall's), the front ports as a block per panel (`compact`, the file's
 * form) or as ports. Ids are the same either way. */
export function panelEntities(plan: FabricPlan, ids: StructuredIds, ports: Port[], compact = true): StructuredEntities {
  const sp = plan.structured!;
  const type = sp.panel.type;
  const devices: Device[] = [];
  const firstPort = new Int32Array(sp.panelRack.length);
  const blocks: PortBlock[] = [];
  const blocked = compact && type.ports.some((t) => t.kind === 'front-port');
  const make = type.ports.map((t) => (blocked && t.kind === 'front-port' ? null : portMaker(t)));
  let portId = ids.portBase;
  let prevRack = -1;
  let k = 0;
  for (let i = 0; i < sp.panelRack.length; i++) {
    const r = sp.panelRack[i]!;
    k = r === prevRack ? k + 1 : 1;
    prevRack = r;
    const id = ids.devBase + i;
    devices.push({ id, rackId: ids.rackId(r), name: `${ids.prefix}${ids.rackName(r)}-PP${String(k).padStart(2, '0')}`, typeId: type.id, u: sp.panelU[i]!, face: 'front' });
    firstPort[i] = portId;
    if (blocked) blocks.push({ deviceId: id, firstId: portId });
    for (let x = 0; x < make.length; x++, portId++) if (make[x]) ports.push(make[x]!(portId, id));
  }
  return { devices, ports, firstPort, blocks };
}

/** The device and port names at an end of link i (end 0: a, 1: b), for labels: from the plan's
 * devices and port lists, not by port id through the hall's 473,344 port objects. */
export interface LinkEndNames {
  device: (i: number, end: 0 | 1) => string;
  port: (i: number, end: 0 | 1) => string;
}

/**
 * A label kept while the hall is checked (a trunk's), as one flat string: a template literal
 * leaves a tree of joined pieces (four or five objects a label) that the collector copies until
 * SQLite flattens it at the write. Array join makes the flat string at once. A label made at the
 * write instead (LABEL_AT_WRITE: the links' cables and jumpers) is bound at once and dropped, so it
 * is joined with `+`, a rope the binding flattens once (Array join took 50-60 ms for the 196,608
 * jumper labels of a 32k structured hall, `+` about 10).
 */
export const flatLabel = (parts: string[]): string => parts.join('');

/** A cable row with nothing routed yet. */
function cable(id: number, label: string, a: number, b: number, mediaId: string | null, opticA: string | null, opticB: string | null): Cable {
  return { id, label, aPortId: a, bPortId: b, mediaId, opticA, opticB, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned' };
}

/**
 * A generated link's cable's label (a direct cable or a jumper) until the hall is written: the
 * label is built at the write (HallEntities.labelOf, through insertHall), not kept through the
 * route and check. As 196,608 strings of a 32k structured hall, alive through the check session,
 * they cost about 0.3 s of CPU (mostly the collector copying them); the generator's session
 * reports counts only, so no message of its shows a label. (Trunks, a few thousand, are labelled
 * when made.)
 */
export const LABEL_AT_WRITE = '';

/**
 * The structured links' jumpers as records (core/model/jumper-records.ts: no jumper object, about
 * 0.4 s of the 32k structured generation when the check session indexed, routed and checked
 * 196,608 of them) and the trunks as cables. `linkCount` links take cable ids first + i (a
 * structured link's a-end jumper), then come the b-end jumpers (record k: first + linkCount + k),
 * then the trunks. `label` gives the label of link i's jumper at an end (0: a, 1: b), made at the
 * write (LABEL_AT_WRITE).
 */
export function structuredRecords(
  plan: FabricPlan,
  panels: StructuredEntities,
  endA: (i: number) => number,
  endB: (i: number) => number,
  names: LinkEndNames,
  first: number,
  linkCount: number,
): { records: JumperRecords; trunks: Cable[]; linkOf: Int32Array; label: (i: number, end: 0 | 1) => string } {
  const sp = plan.structured!;
  const P = sp.panel.positions;
  // A panel port's name is its panel's and its template port's: no lookup in the hall's port list.
  const tplNames = sp.panel.type.ports.map((t) => t.name);
  const panelName = panels.devices.map((d) => `${d.name}:`);
  const { device, port } = names;
  // the panel and its front port at an end of link i (the trunk end at the link's a-end rack, then the far one)
  const panelAt = (i: number, end: 0 | 1) => sp.trunkPanel[2 * sp.trunkOf[i]! + (sp.flipped[i] ? 1 - end : end)]!;
  const frontAt = (i: number, end: 0 | 1) => sp.panel.frontAt[sp.trunkEntry[2 * sp.trunkOf[i]! + (sp.flipped[i] ? 1 - end : end)]! * P + sp.posOf[i]! - 1]!;
  const label = (i: number, end: 0 | 1): string => {
    const panel = panelName[panelAt(i, end)]!;
    const front = tplNames[frontAt(i, end)]!;
    return end ? panel + front + '/' + device(i, 1) + ':' + port(i, 1) : device(i, 0) + ':' + port(i, 0) + '/' + panel + front;
  };
  let n = 0;
  for (let i = 0; i < linkCount; i++) if (sp.trunkOf[i]! >= 0) n++;
  const records = emptyRecords(n);
  const linkOf = new Int32Array(n);
  // The plan's media choices are a hundred or so shared objects (a few combinations): looked up by
  // object, the object before kept at hand, and by text only the first time an object is seen.
  const combos = new Map<string, number>();
  const byChoice = new Map<unknown, number>();
  let lastChoice: unknown = byChoice; // (no choice is the map itself)
  let lastCombo = -1;
  const comboOf = (m: FabricPlan['media'][number] | undefined): number => {
    const key = `${m?.mediaId ?? ''}\u0000${m?.opticA ?? ''}\u0000${m?.opticB ?? ''}`;
    let c = combos.get(key);
    if (c === undefined) {
      if (combos.size === 0xffff) throw new Error('structured links: more media combinations than records can name');
      combos.set(key, (c = combos.size));
      (records.combos as JumperCombo[]).push({ mediaId: m?.mediaId ?? null, opticA: m?.opticA ?? null, opticB: m?.opticB ?? null, status: 'planned' });
    }
    return c;
  };
  const trunkBase = first + linkCount + n;
  // (the arrays at hand and each end's trunk entry worked out here, not through panelAt/frontAt:
  // four closure calls a record, 98,304 records at 32k, run before anything is optimised)
  const { aId, bId, aPort, bPort, aFront, bFront, trunk, position, combo } = records;
  const { trunkOf, flipped, trunkPanel, trunkEntry, posOf } = sp;
  const frontOf = sp.panel.frontAt;
  const firstPort = panels.firstPort;
  for (let i = 0, k = 0; i < linkCount; i++) {
    const t = trunkOf[i]!;
    if (t < 0) continue;
    const m = plan.media[i];
    if (m !== lastChoice) {
      lastChoice = m;
      lastCombo = byChoice.get(m) ?? -1;
      if (lastCombo < 0) byChoice.set(m, (lastCombo = comboOf(m)));
    }
    linkOf[k] = i;
    aId[k] = first + i;
    bId[k] = first + linkCount + k;
    aPort[k] = endA(i);
    bPort[k] = endB(i);
    // the trunk's ends at the link's a and b ends (its a-end is at the link's b-end when flipped)
    const ea = flipped[i] ? 2 * t + 1 : 2 * t;
    const eb = flipped[i] ? 2 * t : 2 * t + 1;
    const pos = posOf[i]!;
    aFront[k] = firstPort[trunkPanel[ea]!]! + frontOf[trunkEntry[ea]! * P + pos - 1]!;
    bFront[k] = firstPort[trunkPanel[eb]!]! + frontOf[trunkEntry[eb]! * P + pos - 1]!;
    trunk[k] = trunkBase + t;
    position[k] = pos;
    combo[k] = lastCombo;
    k++;
  }
  const rearPort = (k: number) => panels.firstPort[sp.trunkPanel[k]!]! + sp.panel.entries[sp.trunkEntry[k]!]!;
  const rearName = (k: number) => tplNames[sp.panel.entries[sp.trunkEntry[k]!]!]!;
  const trunks = sp.trunkMedia.map((m, t) => {
    const label = flatLabel([panelName[sp.trunkPanel[2 * t]!]!, rearName(2 * t), '/', panelName[sp.trunkPanel[2 * t + 1]!]!, rearName(2 * t + 1)]);
    return cable(trunkBase + t, label, rearPort(2 * t), rearPort(2 * t + 1), m?.id ?? null, null, null);
  });
  return { records, trunks, linkOf, label };
}

/** Record jumper j as the cable row it stands for, with its route (in its rack, from `routes`)
 * and its label (a hall written without records: tests comparing the two forms). */
export function routedJumper(r: JumperRecords, j: number, routes: JumperMm | undefined, label: string): Cable {
  const c = jumperCable(r, j);
  const routed = routes?.routedMm[j];
  if (routed !== undefined && !Number.isNaN(routed)) {
    const ordered = routes!.orderedMm[j]!;
    c.routedMm = routed;
    c.orderedMm = Number.isNaN(ordered) ? null : ordered;
    c.route = [];
  }
  c.label = label;
  return c;
}
