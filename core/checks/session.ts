// Routes every cable and runs every rule once, then keeps an index so that after an edit only
// what it touched is recomputed: the cables on changed ports, devices and racks are re-routed,
// their old and new tray segments' fill adjusted, and only the owners (cables, ports, racks,
// feeds, trays, CDUs) whose inputs changed are re-checked. Moving a tray rebuilds the tray graph
// and re-routes everything; changing the settings or the catalog needs a new session.
import type { Patch } from '../model/edits.js';
import type { Cable, Id, ProjectSnapshot } from '../model/entities.js';
import type { Rect } from '../geometry/footprint.js';
import type { PortSpec } from '../routing/compat.js';
import { resolveLink } from '../routing/link.js';
import { Router, type CableRoute } from '../routing/router.js';
import { buildWorld, PortSpecs } from '../routing/world.js';
import { PhysicalIndex, sameTrayPath } from './physical-index.js';
import { TrayFills } from './tray-fills.js';
import { Channels } from '../routing/channel.js';
import { RackLoads } from './rack-load.js';
import { addTo, indexPorts, indexSnapshot, rackMoved, removeFrom, sharedPorts } from './session-index.js';
import { allViolations, ids, involving, ruleCounts, ruleRuns, type Dirty, type Results, type RuleCounts, type RuleRun } from './session-results.js';
import { AssemblyIndex } from './assembly-index.js';
import { DenseIdIndex } from '../model/id-index.js';
import { IdMap, largestId } from '../model/id-map.js';
import { RULES } from './rules.js';
import { sessionRefs } from './session-refs.js';
import { RuleClasses } from './rule-classes.js';
import { OwnerRuns } from './owner-runs.js';
import { RecordCables, type JumperRecords } from './session-records.js';
import { HeldRun } from './held-run.js';
import type { CheckContext, CheckObject, CheckWorld, OwnerKind, RackLoad, Violation } from './types.js';

const EMPTY: readonly Id[] = [];

export type { Dirty, RuleCounts };

export class CheckSession implements CheckContext {
  readonly world: CheckWorld;
  readonly router: Router;
  private routes: Map<Id, CableRoute>;
  /** Cables per port: the cable id alone for the usual one cable, an array for more. */
  private portCables: DenseIdIndex;
  // array-backed by id (ports come by id, device by device): 223,744 ports indexed per 32k hall.
  // Built when first asked (an edit, a rack's load recomputed): a generated hall's session is
  // checked and dropped without either (473,344 ports of a 32k structured hall, 30-40 ms).
  private devicePortsIndex: Map<Id, Id[]> | null = null;
  private get devicePorts(): Map<Id, Id[]> {
    if (!this.devicePortsIndex) indexPorts((this.devicePortsIndex = new IdMap<Id[]>()), [...this.world.ports.values()]);
    return this.devicePortsIndex;
  }
  private rackDevices: Map<Id, Id[]> = new IdMap<Id[]>();
  private feedRacks: Map<Id, Id[]> = new IdMap<Id[]>(); // (addTo's maps all of one class)
  private loads: RackLoads;
  private fills: TrayFills;
  private specs: PortSpecs;
  private phys: PhysicalIndex;
  readonly channels: Channels;
  private assemblies = new AssemblyIndex();
  /** Results per rule object (a rule id may check two owner kinds), per owner id. */
  private results: Results;
  /** The rules of each owner kind, in RULES order, with their results. */
  private rulesByOwner: Map<OwnerKind, RuleRun[]>;
  /** The cable rules the first run checks a cable by as it routes it (`Rule.whileRouting`: read
   * 100,000 cables later, each of the cable's port objects missed the cache again; port-compat
   * took ~40 ms less in a warm session), and the cable rules it runs after. */
  private routingRules: RuleRun[];
  private laterCableRules: RuleRun[];
  /** How many owners the last run or update re-checked. */
  lastChecked = 0;
  /** Runs owners' rules (owner-runs.ts); its first run is the constructor's. */
  private runs: OwnerRuns;
  /** The first run's classes of alike cables; null: every cable checked by every rule (tests). */
  private classes: RuleClasses | null;

  /** The generator's structured links as records (session-records.ts); null: every cable an object. */
  readonly heldJumpers: RecordCables | null = null;

  /** `records`: jumpers held as numbers, besides the snapshot's cables (the generator's session). */
  constructor(snapshot: ProjectSnapshot, options: { classes?: boolean; records?: JumperRecords } = {}) {
    this.world = buildWorld(snapshot);
    if (options.records && options.records.count > 0) this.world.cables = this.heldJumpers = new RecordCables(this.world.cables, options.records);
    const total = snapshot.cables.length + 2 * (this.heldJumpers?.records.count ?? 0);
    this.routes = IdMap.spanning<CableRoute>(snapshot.cables); // (room for every cable's at once)
    this.specs = new PortSpecs(this.world);
    this.portCables = new DenseIdIndex(largestId(this.world.ports) + 1); // (grown from 1,024 by doubling: 9 copies)
    ({ results: this.results, byOwner: this.rulesByOwner } = ruleRuns(RULES));
    const cableRules = this.rulesByOwner.get('cable') ?? [];
    this.routingRules = cableRules.filter((x) => x.rule.whileRouting);
    this.laterCableRules = cableRules.filter((x) => !x.rule.whileRouting);
    this.runs = new OwnerRuns(this, this.rulesByOwner, this.laterCableRules);
    this.router = new Router(this.world);
    this.loads = new RackLoads(this.world, {
      devicesInRack: (id) => this.devicesInRack(id),
      portsOfDevice: (id) => this.devicePorts.get(id),
      cablesAtPort: (id) => this.portCables.get(id),
    });
    this.phys = new PhysicalIndex(this.world);
    this.classes = options.classes === false ? null : new RuleClasses(this, total, this.heldJumpers);
    // Each pass over the hall is a method of its own: a constructor with all of them was compiled
    // anew (on-stack) at each loop the optimized code had not seen run, three times a check.
    indexSnapshot(this.rackDevices, this.feedRacks, snapshot);
    this.fills = new TrayFills(this.world);
    this.loads.startDevices();
    const owners = this.routeAll(snapshot.cables);
    this.loads.finishStart();
    this.channels = new Channels({ ...this.world, cablesOnPort: (p) => this.portCables.get(p), ...(this.heldJumpers ? { known: this.heldJumpers } : {}) });
    // arrays, not iterators: several rules share an owner kind. The snapshot's lists are the
    // world's maps in the maps' order (ids are unique), read without an iterator step per entry.
    this.lastChecked = this.runs.run(
      {
        cable: owners,
        // a port with one cable has nothing to report
        port: sharedPorts(this.portCables, this.heldJumpers && this.portCables.sharedCount ? owners.map((id) => this.world.cables.get(id)!) : snapshot.cables),
        rack: ids(snapshot.racks),
        feed: ids(snapshot.feeds),
        tray: ids(snapshot.trays),
        cdu: ids(snapshot.cdus ?? []),
      },
      this.classes,
    );
    this.lastChecked += this.routingRules.length * owners.length;
    this.runs.first = false;
    this.classes = null;
  }

  /** One pass over the cables, each indexed, routed, added to the fills and to its racks' loads
   * while it is at hand (separate passes fetched every cable and route again). */
  private routeAll(cables: readonly Cable[]): Id[] {
    if (this.heldJumpers) {
      const plain = (c: Cable, place: number) => this.addInitialCable(c, place);
      return new HeldRun(this, this.router, this.portCables, this.loads, this.classes, plain, this.routingRules).routeAll(cables, this.heldJumpers);
    }
    for (let i = 0; i < cables.length; i++) this.addInitialCable(cables[i]!, i);
    return ids(cables);
  }

  private addInitialCable(c: Cable, place: number): Id {
    this.assemblies.add(c);
    this.portCables.add(c.aPortId, c.id);
    this.portCables.add(c.bPortId, c.id);
    const r = this.router.route(c);
    this.routes.set(c.id, r);
    const parts = resolveLink(c, this.world.media);
    this.fills.routed(c, r, parts, null);
    this.loads.addEnd(parts, 'a', c.aPortId, r.rackA);
    this.loads.addEnd(parts, 'b', c.bPortId, r.rackB);
    // (not through runRule: its rule call would be optimized on this rule alone, then thrown away)
    const rules = this.routingRules;
    if (this.classes) this.classes.routing(rules, c, place, parts);
    else for (let i = 0; i < rules.length; i++) rules[i]!.results.first(c.id, rules[i]!.rule.check(this, c.id));
    return c.id;
  }

  get settings() {
    return this.world.settings;
  }

  // ---- reading results ----

  violations(): Violation[] {
    return allViolations(this.results);
  }

  counts(): RuleCounts {
    return ruleCounts(this.results);
  }

  /** Violations that involve any of the given objects. */
  involving(refs: readonly { kind: CheckObject['kind']; id: Id }[]): Violation[] {
    return involving(this.violations(), refs);
  }

  /** The held jumpers' routes as the session has them now (session-records.ts heldRoutes). */
  heldRoutes(): ReturnType<RecordCables['heldRoutes']> | null {
    return this.heldJumpers?.heldRoutes((id) => this.routes.get(id)) ?? null;
  }

  routeOf(cableId: Id): CableRoute | undefined {
    return this.routes.get(cableId) ?? this.heldJumpers?.route(cableId);
  }

  // ---- the context rules read ----

  cablesOnPort(portId: Id): readonly Id[] {
    const c = this.portCables.get(portId);
    return c === undefined ? EMPTY : typeof c === 'number' ? [c] : c;
  }
  devicesInRack(rackId: Id): readonly Id[] {
    return this.rackDevices.get(rackId) ?? EMPTY;
  }
  legsOf(assemblyId: string): readonly Id[] {
    return this.assemblies.of(assemblyId);
  }
  racksOnFeed(feedId: Id): readonly Id[] {
    return this.feedRacks.get(feedId) ?? EMPTY;
  }
  rackLoad(rackId: Id): RackLoad {
    return this.loads.get(rackId);
  }
  trayFill(trayId: Id) {
    return this.fills.get(trayId);
  }
  trayLoadKgPerM(trayId: Id): Float64Array | undefined {
    return this.fills.get(trayId)?.kgPerM;
  }
  racksOnCdu(cduId: Id): readonly Id[] {
    return this.phys.racksOnCdu(cduId);
  }
  racksNear(hallId: Id, area: Rect): readonly Id[] {
    return this.phys.racksNear(hallId, area);
  }
  portSpec(portId: Id): PortSpec | undefined {
    return this.specs.of(portId);
  }
  cableLengthMm(cableId: Id): number | null {
    const c = this.world.cables.get(cableId);
    if (!c) return null;
    if (c.lengthMm != null) return c.lengthMm;
    const r = this.routeOf(cableId);
    return r?.orderedMm ?? r?.routedMm ?? null;
  }

  private refs: CheckContext['ref'] | undefined;
  get ref(): CheckContext['ref'] {
    return (this.refs ??= sessionRefs(this.world, (id) => this.routeOf(id)));
  }

  // ---- incremental update ----

  /** Applies an edit's patch and re-checks what it touched; returns what was re-checked. */
  applyPatch(patch: Patch): Dirty {
    const dirty: Dirty = { cables: new Set(), ports: new Set(), racks: new Set(), feeds: new Set(), trays: new Set(), cdus: new Set(), aisle: new Set() };
    const w = this.world;
    // the devices' port lists are built from the ports as they stand before the patch, then kept
    // up to date by it (a patch of trays alone, the generator's tiers, never reads them)
    if (touchesMoreThanTrays(patch)) void this.devicePorts;
    // racks whose devices, ports or cables changed: only their loads are recomputed (a rack's own
    // fields, its place or budget, change no load; a hall of racks re-checked for a new floor
    // rating need not be summed again)
    const loaded = new Set<Id>();
    const touch = (rackId: Id) => {
      dirty.racks.add(rackId);
      loaded.add(rackId);
    };
    const cablesOfPort = (portId: Id) => {
      for (const c of this.cablesOnPort(portId)) dirty.cables.add(c);
    };
    const cablesOfDevice = (deviceId: Id) => {
      for (const p of this.devicePorts.get(deviceId) ?? EMPTY) cablesOfPort(p);
    };
    const rackOfPort = (portId: Id) => {
      const p = w.ports.get(portId);
      const d = p && w.devices.get(p.deviceId);
      if (d) touch(d.rackId);
    };
    let traysChanged = false;
    // assemblies with a leg touched: every leg is re-checked (leg-order reads them all)
    const legsTouched = new Set<string>();
    const each = <K extends keyof Patch['put']>(kind: K, fn: (id: Id, value: NonNullable<Patch['put'][K]>[number] | null) => void) => {
      for (const v of patch.put[kind] ?? []) fn(v.id, v as never);
      for (const id of patch.del[kind] ?? []) fn(id, null);
    };
    each('tray', (id, t) => {
      const old = w.trays.get(id);
      // a new rating, depth or name changes no route: only the tray's own rules run again
      if (t && old && sameTrayPath(old, t)) dirty.trays.add(id);
      else traysChanged = true;
      if (t) w.trays.set(id, t);
      else w.trays.delete(id);
    });
    each('feed', (id, f) => {
      dirty.feeds.add(id);
      if (f) w.feeds.set(id, f);
      else w.feeds.delete(id);
    });
    this.phys.cdusAndHalls(patch, dirty);
    each('rack', (id, r) => {
      const old = w.racks.get(id);
      dirty.racks.add(id);
      if (!old || !r) loaded.add(id);
      // its A and B feeds, old and new
      for (const f of old ? [old.feedId, old.feedBId ?? null] : []) removeFrom(this.feedRacks, f, id);
      for (const f of r ? [r.feedId, r.feedBId ?? null] : []) addTo(this.feedRacks, f, id);
      for (const f of [old?.feedId, old?.feedBId, r?.feedId, r?.feedBId]) if (f != null) dirty.feeds.add(f);
      if (r) w.racks.set(id, r);
      else w.racks.delete(id);
      // its CDUs, old and new, and the racks whose fronts looked at its old or new place (aisle)
      const near = this.phys.rackChanged(old, r);
      for (const c of near.cdus) dirty.cdus.add(c);
      for (const n of near.racks) dirty.aisle.add(n);
      if (rackMoved(old, r)) {
        this.router.rackChanged(id);
        for (const d of this.devicesInRack(id)) cablesOfDevice(d);
      }
    });
    each('device', (id, d) => {
      // where it sits and its ports' templates (the other devices keep theirs; a port's own fields
      // are read afresh, a moved rack forgets its devices' mounts above)
      this.router.deviceChanged(id);
      this.specs.forget(id);
      const old = w.devices.get(id);
      if (old) {
        removeFrom(this.rackDevices, old.rackId, id);
        touch(old.rackId);
      }
      if (d) {
        w.devices.set(id, d);
        addTo(this.rackDevices, d.rackId, id);
        touch(d.rackId);
      } else w.devices.delete(id);
      cablesOfDevice(id);
    });
    each('port', (id, p) => {
      const old = w.ports.get(id);
      if (old) {
        rackOfPort(id);
        removeFrom(this.devicePorts, old.deviceId, id);
      }
      if (p) {
        w.ports.set(id, p);
        addTo(this.devicePorts, p.deviceId, id);
        rackOfPort(id);
      } else w.ports.delete(id);
      dirty.ports.add(id);
      cablesOfPort(id);
    });
    each('cable', (id, c) => {
      const old = w.cables.get(id);
      if (old?.assemblyId != null) {
        this.assemblies.remove(old);
        legsTouched.add(old.assemblyId);
      }
      if (c?.assemblyId != null) {
        this.assemblies.add(c);
        legsTouched.add(c.assemblyId);
      }
      for (const x of old ? [old] : []) {
        for (const p of [x.aPortId, x.bPortId]) {
          this.portCables.remove(p, id);
          dirty.ports.add(p);
          rackOfPort(p);
        }
      }
      if (c) {
        w.cables.set(id, c);
        for (const p of [c.aPortId, c.bPortId]) {
          this.portCables.add(p, id);
          dirty.ports.add(p);
          rackOfPort(p);
        }
      } else w.cables.delete(id);
      dirty.cables.add(id);
    });
    if (traysChanged) {
      this.router.traysChanged();
      for (const t of this.fills.resetAll()) dirty.trays.add(t);
      for (const [id] of this.routes) this.routes.delete(id);
      for (const id of w.cables.keys()) dirty.cables.add(id);
    }
    // Links within reach of changed cables and ports are traced again; their cables are re-checked
    // (a trunk's capacity, a head cable's channel), and so are the links through re-routed cables
    // (a longer trunk makes every channel on it longer).
    const recheck = new Set(dirty.cables);
    if (dirty.ports.size > 0) {
      const { removed, added } = this.channels.update(dirty.ports);
      for (const l of removed) for (const c of l.cables) if (w.cables.has(c)) recheck.add(c);
      for (const l of added) for (const c of l.cables) recheck.add(c);
    }
    for (const id of dirty.cables) this.reroute(id, dirty);
    for (const id of dirty.cables) for (const l of this.channels.through(id)) recheck.add(l.cables[0]!);
    for (const id of dirty.cables) {
      const a = w.cables.get(id)?.assemblyId;
      if (a != null) legsTouched.add(a);
    }
    for (const a of legsTouched) for (const id of this.assemblies.of(a)) recheck.add(id);
    this.loads.recomputeAll(loaded, dirty);
    // ports of re-traced trunks' panels keep their one-cable state: panel-port-reuse reads cables only
    for (const id of dirty.racks) dirty.aisle.delete(id);
    this.lastChecked = this.runs.run(
      { cable: recheck, port: dirty.ports, rack: dirty.racks, feed: dirty.feeds, tray: dirty.trays, cdu: dirty.cdus },
      null,
      dirty.aisle,
    );
    return dirty;
  }

  // ---- internals ----

  private reroute(cableId: Id, dirty: Dirty | null): void {
    this.fills.unrouted(cableId, this.routeOf(cableId), dirty?.trays ?? null);
    const c = this.world.cables.get(cableId);
    if (!c) {
      this.routes.delete(cableId);
      return;
    }
    const r = this.router.route(c);
    this.routes.set(cableId, r);
    this.fills.routed(c, r, resolveLink(c, this.world.media), dirty?.trays ?? null);
  }
}

const touchesMoreThanTrays = (patch: Patch) =>
  Object.entries(patch.put).some(([k, v]) => k !== 'tray' && v && v.length > 0) || Object.entries(patch.del).some(([k, v]) => k !== 'tray' && v && v.length > 0);
