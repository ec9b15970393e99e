// The ports as link tracing reads them (core/routing/channel.ts): each port's kind, each front
// port's rear port, position and mated pairs, each rear port's front port per position, all in
// typed arrays by port id. A 32k structured hall has 473,344 ports, 230,400 of them panel fronts:
// built in one pass over the ports and one over the fronts, a panel's rear ports found by name
// from one map per device (its fronts come together), the slots of every rear port in one array.
import type { Id, Port, PortTemplate } from '../model/entities.js';
import { IdMap } from '../model/id-map.js';
import { connectorFamily, grown, listOf, portMapping } from './channel-index.js';
import { KIND, KIND_FRONT, KIND_INTERFACE, KIND_NONE, KIND_REAR, type ChannelInput } from './channel-types.js';

export class PanelMap {
  kind: Uint8Array;
  /** Front ports: their rear port id (0 when unmapped) and position. */
  rearOf: Int32Array;
  rearPos: Int32Array;
  /** Front ports: mated pairs of the pass (1 adapter, 2 cassette). */
  pairs: Uint8Array;
  /** Rear ports: where their slots (front port per position) start in `slots`, and how many (0
   * for a port never indexed as a rear port). A rear port whose positions change gets new slots.
   * Made at the first rear port (a hall cabled point to point has none). */
  slotStart = new Int32Array(0);
  slotCount = new Int32Array(0);
  slots = new Int32Array(0);
  private used = 0;
  /** A slot per port, about: the pool's first size (grown from 1,024 by doubling, it was copied ~9 times). */
  private poolSize: number;
  /** Rear ports by device, then name: what front ports name as their rear port. */
  private rearNames = new Map<Id, Map<string, Port>>();
  private templates = new Map<Id, Map<string, PortTemplate>>();
  private one: Id[] = [0];

  constructor(
    private readonly input: ChannelInput,
    max: number,
  ) {
    this.kind = new Uint8Array(max + 1);
    this.rearOf = new Int32Array(max + 1);
    this.rearPos = new Int32Array(max + 1);
    this.pairs = new Uint8Array(max + 1);
    this.poolSize = input.ports.size + 1024;
  }

  /** Indexes every port and maps every front port; the interface ports' ids go to `interfaces`,
   * their count is returned. */
  build(interfaces: Int32Array): number {
    const ports = this.input.ports;
    const list = ports instanceof IdMap ? (ports.slotArray() as readonly (Port | undefined)[] | null) : null;
    const scan: Scan = { device: -1, pending: [], count: 0, seen: new Set(), disordered: false };
    let n = 0;
    if (list) {
      for (let i = 0; i < list.length; i++) {
        const p = list[i];
        if (p !== undefined) n = this.first(p, scan, interfaces, n);
      }
    } else for (const p of ports.values()) n = this.first(p, scan, interfaces, n);
    this.mapFronts(scan.pending, scan.count);
    if (scan.disordered) this.mapAgain();
    return n;
  }

  /** Indexes a port; a device's front ports are mapped once its ports end (while they are in the
   * cache: a second pass over 230,400 fronts read each object again), which holds when each
   * device's ports come together, as they do in any hall Trayline makes; else see mapAgain. */
  private first(p: Port, scan: Scan, interfaces: Int32Array, n: number): number {
    if (p.deviceId !== scan.device) {
      this.mapFronts(scan.pending, scan.count);
      scan.count = 0;
      scan.device = p.deviceId;
      if (scan.seen.has(p.deviceId)) scan.disordered = true;
      scan.seen.add(p.deviceId);
    }
    const k = p.kind;
    if (k === 'interface') {
      this.kind[p.id] = KIND_INTERFACE;
      interfaces[n++] = p.id;
    } else if (k === 'front-port') {
      this.kind[p.id] = KIND_FRONT;
      scan.pending[scan.count++] = p;
    } else this.indexPort(p);
    return n;
  }

  /** A device's ports came in more than one run (its rear ports may have come after fronts already
   * mapped): every front is mapped again from empty maps, in port order. */
  private mapAgain(): void {
    this.rearOf.fill(0);
    this.rearPos.fill(0);
    this.pairs.fill(0);
    this.slots.fill(0);
    const fronts: Port[] = [];
    for (const p of this.input.ports.values()) if (p.kind === 'front-port') fronts.push(p);
    this.mapFronts(fronts, fronts.length);
  }

  /** Maps the first `count` fronts with the rear ports indexed so far: a device's fronts one after
   * another share its rear names, and a panel's fronts its two form factors (no Map lookup per
   * front, no stale entry to rule out in a fresh index). */
  private mapFronts(fronts: Port[], count: number): void {
    let device = -1;
    let names: Map<string, Port> | undefined;
    let ff = '';
    let rf = '';
    let pairs = 1;
    let lastName: string | undefined;
    let lastRear: Port | undefined;
    for (let i = 0; i < count; i++) {
      const p = fronts[i]!;
      const m = p.rearPort != null || p.positions != null ? p : portMapping(this.input, this.templates, p);
      if (!m.rearPort) continue;
      if (p.deviceId !== device) {
        device = p.deviceId;
        names = this.rearNames.get(device);
        lastName = undefined;
      }
      // (a panel's fronts come a rear port's positions at a time: its rear found once per run)
      if (m.rearPort !== lastName) {
        lastName = m.rearPort;
        lastRear = names?.get(lastName);
      }
      const rear = lastRear;
      if (rear === undefined) continue;
      if (p.formFactor !== ff || rear.formFactor !== rf) {
        ff = p.formFactor;
        rf = rear.formFactor;
        pairs = pairsOf(ff, rf);
      }
      this.place(p.id, rear.id, m.rearPosition ?? 1, pairs);
    }
  }

  /** Indexes a port; true when an existing rear port's positions changed (its slots emptied). */
  indexPort(p: Port): boolean {
    if (p.id >= this.kind.length) this.grow(p.id);
    this.kind[p.id] = KIND[p.kind];
    if (p.kind !== 'rear-port') return false;
    let byName = this.rearNames.get(p.deviceId);
    if (!byName) this.rearNames.set(p.deviceId, (byName = new Map()));
    byName.set(p.name, p);
    const n = Math.max(1, portMapping(this.input, this.templates, p).positions ?? 1);
    if (p.id >= this.slotCount.length) {
      this.slotStart = grown(this.slotStart, this.kind.length - 1, (k) => new Int32Array(k));
      this.slotCount = grown(this.slotCount, this.kind.length - 1, (k) => new Int32Array(k));
    }
    const old = this.slotCount[p.id]!;
    if (old === n) return false;
    if (this.used + n > this.slots.length) this.slots = grown(this.slots, Math.max(this.used + n, this.poolSize), (k) => new Int32Array(k));
    this.slotStart[p.id] = this.used;
    this.slotCount[p.id] = n;
    this.used += n;
    return old !== 0;
  }

  /** Maps a front port (again) to its rear port, after edits. */
  mapFront(p: Port): void {
    const m = portMapping(this.input, this.templates, p);
    this.rearOf[p.id] = 0;
    if (!m.rearPort) return;
    const rear = this.rearByName(p.deviceId, m.rearPort);
    if (!rear || rear.kind !== 'rear-port') return;
    this.place(p.id, rear.id, m.rearPosition ?? 1, pairsOf(p.formFactor, rear.formFactor));
  }

  private place(front: Id, rear: Id, pos: number, pairs: number): void {
    if (pos > this.slotCount[rear]!) return;
    this.rearOf[front] = rear;
    this.rearPos[front] = pos;
    if (pos >= 1) this.slots[this.slotStart[rear]! + pos - 1] = front;
    this.pairs[front] = pairs;
  }

  /** The rear port a name stands for, as it is now (an entry may be stale after edits). */
  private rearByName(deviceId: Id, name: string): Port | undefined {
    const id = this.rearNames.get(deviceId)?.get(name)?.id;
    const p = id === undefined ? undefined : this.input.ports.get(id);
    return p && p.deviceId === deviceId && p.name === name ? p : undefined;
  }

  /** The front port mapped to a rear port's position; 0 when none is. */
  frontAt(rear: Id, pos: number): Id {
    if (rear >= this.slotCount.length || pos < 1 || pos > this.slotCount[rear]!) return 0;
    const f = this.slots[this.slotStart[rear]! + pos - 1]!;
    // a slot may be stale after its front port was re-mapped or deleted
    return f && this.kind[f] === KIND_FRONT && this.rearOf[f] === rear && this.rearPos[f] === pos ? f : 0;
  }

  /** Positions a rear port carries (1 for a plain adapter); 0 for a port that is none. */
  positionsOf(rear: Id): number {
    return rear < this.slotCount.length ? this.slotCount[rear]! : 0;
  }

  private grow(id: Id): void {
    this.kind = grown(this.kind, id, (n) => new Uint8Array(n));
    this.rearOf = grown(this.rearOf, id, (n) => new Int32Array(n));
    this.rearPos = grown(this.rearPos, id, (n) => new Int32Array(n));
    this.pairs = grown(this.pairs, id, (n) => new Uint8Array(n));
  }

  /** Interface ports reachable from some ports over cables and panel mappings, stopping at
   * interfaces. */
  reachableInterfaces(from: Id[]): Set<Id> {
    const { input, kind, rearOf } = this;
    const seen = new Set<Id>();
    const found = new Set<Id>();
    const stack = [...from];
    while (stack.length) {
      const p = stack.pop()!;
      if (seen.has(p)) continue;
      seen.add(p);
      const k = p < kind.length ? kind[p]! : KIND_NONE;
      if (k === KIND_INTERFACE) found.add(p);
      for (const cid of listOf(input.cablesOnPort(p), this.one)) {
        const c = input.cables.get(cid);
        if (!c) continue;
        const far = c.aPortId === p ? c.bPortId : c.aPortId;
        if (far < kind.length && kind[far] === KIND_INTERFACE) found.add(far);
        else stack.push(far);
      }
      if (k === KIND_FRONT && rearOf[p]) stack.push(rearOf[p]!);
      if (k === KIND_REAR && p < this.slotCount.length) for (let i = 0, s = this.slotStart[p]!; i < this.slotCount[p]!; i++) if (this.slots[s + i]) stack.push(this.slots[s + i]!);
    }
    return found;
  }
}

/** Where the pass over the ports is: the device whose ports come now, its front ports so far. */
interface Scan {
  device: Id;
  pending: Port[];
  count: number;
  seen: Set<Id>;
  disordered: boolean;
}

/** Front and rear of the same connector type is an adapter the two cables' connectors meet in
 * (one mated pair), also when a rear port stands for the legs of one trunk (a position per leg);
 * a change of connector (MPO rear, LC fronts; MPO-16 to MPO-8) is a cassette or module with fibre
 * inside: two mated pairs. */
function pairsOf(front: string, rear: string): number {
  return front === rear || connectorFamily(front) === connectorFamily(rear) ? 1 : 2;
}
