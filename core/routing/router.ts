// Routes cables: in-rack runs by U distance, rack-to-rack runs over the tray graph. Pure and
// incremental: the world maps are shared with the caller (the check session updates them in
// place), drops are cached per rack and shortest paths per pair of drop points.
import type { Cable, Device, DeviceType, Face, Id, Media, Port, ProjectSettings, Rack, RouteStep, Tray } from '../model/entities.js';
import { orderedLengthMm, pulledMedia } from './link.js';
import { TrayGraph, type TrayPoint } from './tray-graph.js';
import { portHeightMm, verticalRunMm, withContingency } from './vertical.js';

export interface RoutingWorld {
  racks: Map<Id, Rack>;
  devices: Map<Id, Device>;
  ports: Map<Id, Port>;
  types: Map<Id, DeviceType>;
  media: Map<string, Media>;
  trays: Map<Id, Tray>;
  settings: ProjectSettings;
}

export interface CableRoute {
  cableId: Id;
  /** Routed length including slack and service loops, mm; null when unroutable. */
  routedMm: number | null;
  /** Length to order (stock length for assemblies), mm; null without media or stock long enough. */
  orderedMm: number | null;
  /** Tray segments from the a-end to the b-end; [] inside one rack; null when unroutable. */
  route: RouteStep[] | null;
  /** Why the cable cannot be routed; null when it can. */
  problem: string | null;
  /** Racks of the a- and b-end, when known. */
  rackA: Id | null;
  rackB: Id | null;
}

/** A routed cable's path in plan, for drawing: rack centre, drop, trays, drop, rack centre. */
export interface RoutePath {
  points: [number, number][];
}

export interface RackDrop {
  tray: Tray;
  at: TrayPoint;
  /** The graph's id for the drop point (cache key). */
  pointId: number;
  /** Plan distance from the rack's centre to the drop point, mm. */
  acrossMm: number;
}

/** Where a device sits. Classes rather than object literals (Mount, Drop): a literal's
 * allocation site changes its tenuring decision at a scavenge once most of its objects survive
 * (these are all kept), and every function that inlined the allocation was thrown away and
 * compiled again, at whatever moment that scavenge came. */
class Mount {
  /** Its rack's drop (or why there is none) and the climb from the ports to that drop's tray, mm:
   * found once per device, not per cable end. null (and NaN) until first asked. */
  drop: RackDrop | string | null = null;
  upMm = Number.NaN;
  constructor(
    readonly device: Device,
    readonly rack: Rack,
    /** The device's ports above the floor, mm. */
    readonly heightMm: number,
  ) {}
}

class Drop implements RackDrop {
  constructor(
    readonly tray: Tray,
    readonly at: TrayPoint,
    readonly pointId: number,
    readonly acrossMm: number,
  ) {}
}

const NO_TRAYS: readonly { tray: Tray; box: [number, number, number, number] }[] = [];

/** Shared by every in-rack route (and, through generateFabric, by every jumper's `route`): frozen,
 * so a push meant for one cable throws instead of reaching 196,608 of them. */
const NO_STEPS = Object.freeze([]) as unknown as RouteStep[];

/** A cable's route inside one rack: four fields of its own, the rest read from its class. The
 * check session keeps one for each of a structured hall's 196,608 jumpers, and with the seven
 * fields of a route through trays they cost tens of ms of scavenging in every first check
 * (measured). Nothing writes a route, so a reader cannot tell the two apart, but a spread or a
 * structured clone sees only the four own fields: copy a route field by field (JSON is the
 * plain route's, through toJSON). */
class InRackRoute implements CableRoute {
  constructor(
    readonly cableId: Id,
    readonly routedMm: number,
    readonly orderedMm: number | null,
    readonly rackA: Id,
  ) {}
  get rackB(): Id {
    return this.rackA;
  }
  get route(): RouteStep[] {
    return NO_STEPS;
  }
  get problem(): null {
    return null;
  }
  toJSON(): CableRoute {
    return { cableId: this.cableId, routedMm: this.routedMm, orderedMm: this.orderedMm, route: NO_STEPS, problem: null, rackA: this.rackA, rackB: this.rackA };
  }
}

/** A route inside one rack (no tray step), as the router makes it. */
export function inRackRoute(cableId: Id, routedMm: number, orderedMm: number | null, rackId: Id): CableRoute {
  return new InRackRoute(cableId, routedMm, orderedMm, rackId);
}
export const isInRack = (r: CableRoute): boolean => r instanceof InRackRoute;

function failed(cableId: Id, rackA: Id | null, rackB: Id | null, problem: string): CableRoute {
  return { cableId, routedMm: null, orderedMm: null, route: null, problem, rackA, rackB };
}

export class Router {
  graph: TrayGraph;
  private drops = new Map<Id, RackDrop | string>();
  /** Each hall's trays with their plan boxes, for the drop search. */
  private hallTrays = new Map<Id, { tray: Tray; box: [number, number, number, number] }[]>();
  /** Devices' mounting (rack, port height) by device id; cleared whenever a rack or device changes. */
  private mounts = new Map<Id, Mount | string>();

  constructor(readonly world: RoutingWorld) {
    this.graph = new TrayGraph([...world.trays.values()]);
    this.boxTrays();
  }

  /** Call after trays change: rebuilds the graph and forgets every cached path. */
  traysChanged(): void {
    this.graph = new TrayGraph([...this.world.trays.values()]);
    this.drops.clear();
    this.mounts.clear(); // (each holds its rack's drop)
    this.boxTrays();
  }

  /** Each hall's trays with their boxes, and the drop search's scratch, made with the graph: made
   * on first use, they were a branch the optimized drop search had never run (it was thrown away
   * and compiled again in every check session). */
  private boxTrays(): void {
    this.hallTrays.clear();
    let most = 0;
    for (const tray of this.graph.trays.values()) {
      let list = this.hallTrays.get(tray.hallId);
      if (!list) this.hallTrays.set(tray.hallId, (list = []));
      const xs = tray.points.map((p) => p[0]);
      const ys = tray.points.map((p) => p[1]);
      list.push({ tray, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] });
      most = Math.max(most, list.length);
    }
    this.boxDist = new Float64Array(most);
  }

  /** Call after one device changes (its rack, U, type) or is added or deleted. */
  deviceChanged(deviceId: Id): void {
    this.mounts.delete(deviceId);
  }

  /** Call after a rack moves, is renamed, changes its drop tray or heights, is added or deleted. */
  rackChanged(rackId: Id): void {
    this.drops.delete(rackId);
    // its devices' mounts, and those of devices whose rack was missing (it may be this one, new);
    // the other racks' thousands of devices keep theirs (forEach: a for-of over the map made an
    // entry array per device, 0.36 MB of each rack move's 0.63 MB of garbage in a 4,000-device hall)
    const mounts = this.mounts;
    mounts.forEach((m, id) => {
      if (typeof m === 'string' || m.rack.id === rackId) mounts.delete(id);
    });
  }

  route(cable: Cable): CableRoute {
    // Mounts are cached per device: no object is built per cable end (100,000+ cables).
    const a = this.mountOfPort(cable.aPortId);
    const b = this.mountOfPort(cable.bPortId);
    const rackA = typeof a === 'string' ? null : a.rack.id;
    const rackB = typeof b === 'string' ? null : b.rack.id;
    if (typeof a === 'string' || typeof b === 'string') {
      return failed(cable.id, rackA, rackB, typeof a === 'string' ? `a-end: ${a}` : `b-end: ${b}`);
    }
    const s = this.world.settings;
    if (a.rack.id === b.rack.id) {
      const crossing = this.faceOf(cable.aPortId, a) !== this.faceOf(cable.bPortId, b);
      const mm = withContingency(Math.abs(a.heightMm - b.heightMm), s.lengthContingencyPct) + (crossing ? s.faceCrossingMm : 0) + s.slackMm;
      const routedMm = Math.round(mm);
      return new InRackRoute(cable.id, routedMm, this.orderedMm(cable, routedMm), rackA!);
    }
    const da = a.drop ?? this.dropOfMount(a);
    const db = b.drop ?? this.dropOfMount(b);
    if (typeof da === 'string') return failed(cable.id, rackA, rackB, da);
    if (typeof db === 'string') return failed(cable.id, rackA, rackB, db);
    const steps = this.graph.shortestSteps(da.at, db.at, da.pointId, db.pointId);
    if (!steps) {
      return failed(cable.id, rackA, rackB, `no tray path from ${da.tray.name} (rack ${a.rack.name}) to ${db.tray.name} (rack ${b.rack.name})`);
    }
    const measured = a.upMm + da.acrossMm + this.graph.lastMm + db.acrossMm + b.upMm;
    const routedMm = Math.round(withContingency(measured, s.lengthContingencyPct) + s.slackMm + 2 * s.serviceLoopMm);
    return { cableId: cable.id, routedMm, orderedMm: this.orderedMm(cable, routedMm), route: steps, problem: null, rackA, rackB };
  }

  /** A fixed length, or the routed one as the pulled media is ordered. */
  private orderedMm(cable: Cable, routedMm: number): number | null {
    // the pulled media alone, not resolveLink: its cache of the last combinations is keyed by the
    // catalog map, so a new world's first cables took a branch the optimized route had never run
    // and route was thrown away and compiled again (46-77 ms of compiling) in each check session
    return cable.lengthMm ?? orderedLengthMm(routedMm, cable.mediaId == null ? null : pulledMedia(this.world.media.get(cable.mediaId)));
  }

  /** The plan path of a cable between two racks; null inside one rack or when unroutable. */
  path(cable: Cable): RoutePath | null {
    const a = this.mountOfPort(cable.aPortId);
    const b = this.mountOfPort(cable.bPortId);
    if (typeof a === 'string' || typeof b === 'string' || a.rack.id === b.rack.id) return null;
    const da = this.drop(a.rack);
    const db = this.drop(b.rack);
    if (typeof da === 'string' || typeof db === 'string') return null;
    const p = this.graph.polyline(da.at, db.at);
    if (!p) return null;
    return { points: [[a.rack.xMm, a.rack.yMm], ...p, [b.rack.xMm, b.rack.yMm]] };
  }

  /** A mount's rack drop and the climb to it, kept on the mount. */
  private dropOfMount(m: Mount): RackDrop | string {
    const d = this.drop(m.rack);
    m.drop = d;
    if (typeof d !== 'string') m.upMm = verticalRunMm(m.rack, m.heightMm, d.tray.heightMm);
    return d;
  }

  /** Where a rack's cables enter the trays, or why they cannot. */
  drop(rack: Rack): RackDrop | string {
    let d = this.drops.get(rack.id);
    if (d === undefined) {
      d = this.computeDrop(rack);
      this.drops.set(rack.id, d);
    }
    return d;
  }

  private computeDrop(rack: Rack): RackDrop | string {
    // (the centre as two numbers: see nearestOnPolylineXY)
    const x = rack.xMm;
    const y = rack.yMm;
    let tray: Tray | undefined;
    if (rack.dropTrayId != null) {
      tray = this.graph.trays.get(rack.dropTrayId);
      if (!tray || tray.hallId !== rack.hallId) return `rack ${rack.name}: its drop tray ${rack.dropTrayId} is not a tray of its hall`;
    }
    let best: (TrayPoint & { d: number }) | null = null;
    if (tray) best = this.graph.dropAt(tray, x, y);
    else {
      // A tray's drop is no nearer than its plan box: starting from the tray whose box is nearest,
      // only trays whose box lies within the best drop so far are asked (1 mm of margin against
      // rounding). 4,544 racks over 317 trays made the drop search a quarter of routing at 131k;
      // in hall order from no bound the 32k hall asked 18 of its 98 trays per rack, and sorting
      // the boxes nearest first cost as much (a comparator call per comparison). Of trays equally
      // near, the first in the hall's order wins, as it did when they were searched in that order.
      const list = this.traysOf(rack.hallId);
      const first = this.boxDistances(list, x, y);
      const d = this.boxDist;
      let bestAt = first;
      if (first >= 0) {
        tray = list[first]!.tray;
        best = this.graph.dropAt(tray, x, y);
      }
      for (let i = 0; i < list.length; i++) {
        if (i === first || d[i]! > best!.d + 1) continue;
        const p = this.graph.dropAt(list[i]!.tray, x, y);
        if (p.d < best!.d || (p.d === best!.d && i < bestAt)) {
          best = p;
          tray = list[i]!.tray;
          bestAt = i;
        }
      }
    }
    if (!best || !tray) return `rack ${rack.name}: no tray in its hall to drop into`;
    return new Drop(tray, best, this.graph.pointId(best), Math.hypot(x - best.point[0], y - best.point[1]));
  }

  /** Scratch of boxDistances: each tray's box distance, by its index in the hall's list. */
  private boxDist = new Float64Array(0);

  /** Each of a hall's trays' plan box distance to (x, y) into boxDist; returns the index of the
   * nearest (the first of equals), -1 for no tray. */
  private boxDistances(list: readonly { box: [number, number, number, number] }[], x: number, y: number): number {
    if (this.boxDist.length < list.length) this.boxDist = new Float64Array(list.length);
    const d = this.boxDist;
    let first = -1;
    for (let i = 0; i < list.length; i++) {
      const box = list[i]!.box;
      d[i] = Math.hypot(Math.max(box[0] - x, 0, x - box[2]), Math.max(box[1] - y, 0, y - box[3]));
      if (first < 0 || d[i]! < d[first]!) first = i;
    }
    return first;
  }

  private traysOf(hallId: Id): readonly { tray: Tray; box: [number, number, number, number] }[] {
    return this.hallTrays.get(hallId) ?? NO_TRAYS;
  }

  /** Where a port's device sits, or why it cannot be placed. */
  private mountOfPort(portId: Id): Mount | string {
    const port = this.world.ports.get(portId);
    if (!port) return `port ${portId} does not exist`;
    return this.mountOf(port.deviceId);
  }

  /** The rack face a port is on: a device mounted from the rear has its "front" ports on the rack's rear. */
  private faceOf(portId: Id, mount: Mount): Face {
    const face = this.world.ports.get(portId)!.face;
    return mount.device.face === 'front' ? face : face === 'front' ? 'rear' : 'front';
  }

  /** Where a device sits: cached per device (thousands), not per port (hundreds of thousands). */
  private mountOf(deviceId: Id): Mount | string {
    let m = this.mounts.get(deviceId);
    if (m === undefined) this.mounts.set(deviceId, (m = this.resolveMount(deviceId)));
    return m;
  }

  private resolveMount(deviceId: Id): Mount | string {
    const device = this.world.devices.get(deviceId);
    if (!device) return `device ${deviceId} does not exist`;
    const rack = this.world.racks.get(device.rackId);
    if (!rack) return `rack ${device.rackId} does not exist`;
    const h = this.world.types.get(device.typeId)?.uHeight ?? 1;
    return new Mount(device, rack, portHeightMm(rack, device.u, h));
  }
}
