// The check session's first run over the jumpers it holds as records (session-records.ts): what
// addInitialCable does for a cable (index its ends, route it, add its optics to its rack's load,
// give it its cable class and run the routing rules), with no cable or route object, and the
// route of a jumper alike the one before taken from it.
import type { Cable, Id, Port } from '../model/entities.js';
import type { DenseIdIndex } from '../model/id-index.js';
import { resolveLink } from '../routing/link.js';
import type { CableRoute, Router } from '../routing/router.js';
import type { RackLoads } from './rack-load.js';
import type { RuleClasses } from './rule-classes.js';
import { mergedOrder, type RecordCables } from './session-records.js';
import type { RuleRun } from './session-results.js';
import type { CheckContext } from './types.js';

/**
 * The in-rack route the session's first run worked out last for a held jumper: a jumper between
 * the same two devices, with its ends on the same faces and of the same media, routes the same
 * (the router reads the devices' places, the ports' faces and the media's stock lengths; a
 * record has no fixed length).
 */
export class HeldMemo {
  private devA = -1;
  private devB = -1;
  private faceA = '';
  private faceB = '';
  private media: string | null = null;
  routedMm = 0;
  orderedMm = NaN;
  rack = 0;

  /** Whether jumper c (ends a and b) routes as the last; remembers its inputs either way. */
  sameRoute(c: Cable, a: Port | undefined, b: Port | undefined): boolean {
    if (!a || !b) {
      this.devA = -1;
      return false;
    }
    const same = a.deviceId === this.devA && b.deviceId === this.devB && a.face === this.faceA && b.face === this.faceB && c.mediaId === this.media;
    this.devA = a.deviceId;
    this.devB = b.deviceId;
    this.faceA = a.face;
    this.faceB = b.face;
    this.media = c.mediaId;
    return same;
  }
  routed(r: CableRoute): void {
    this.routedMm = r.routedMm!;
    this.orderedMm = r.orderedMm ?? NaN;
    this.rack = r.rackA!;
  }
  forget(): void {
    this.devA = -1;
  }
}

/** The first run's work on held jumpers, one after another in the session's cable order. */
export class HeldRun {
  private memo = new HeldMemo();

  constructor(
    private readonly ctx: CheckContext,
    private readonly router: Router,
    private readonly portCables: DenseIdIndex,
    private readonly loads: RackLoads,
    private readonly classes: RuleClasses | null,
    /** addInitialCable, for the plain cables and a jumper that routes out of its rack. */
    private readonly plain: (c: Cable, place: number) => Id,
    private readonly routingRules: readonly RuleRun[],
  ) {}

  /** The first run over the plain cables and the records' jumpers, merged by id (the order a hall
   * of cable rows is checked in); returns the cable ids in that order. */
  routeAll(cables: readonly Cable[], rec: RecordCables): Id[] {
    const order = mergedOrder(cables, rec.records);
    const out = new Array<Id>(order.length);
    for (let i = 0; i < order.length; i++) {
      const o = order[i]!;
      out[i] = o >= 0 ? this.plain(cables[o]!, i) : this.add(rec, ~o, i);
    }
    return out;
  }

  /** Jumper j of the records, at `place` in the session's cable order; returns its cable id. */
  private add(rec: RecordCables, j: number, place: number): Id {
    const c = rec.scratch(j);
    const memo = this.memo;
    const world = this.ctx.world;
    const pa = world.ports.get(c.aPortId);
    const pb = world.ports.get(c.bPortId);
    if (!memo.sameRoute(c, pa, pb)) {
      const r = this.router.route(c);
      if (!rec.keepRoute(j, r)) {
        memo.forget();
        return this.plain(rec.unhold(j), place);
      }
      memo.routed(r);
    }
    rec.keepSame(j, memo.routedMm, memo.orderedMm, memo.rack);
    this.portCables.add(c.aPortId, c.id);
    this.portCables.add(c.bPortId, c.id);
    const parts = resolveLink(c, world.media);
    this.loads.addEnd(parts, 'a', c.aPortId, memo.rack);
    this.loads.addEnd(parts, 'b', c.bPortId, memo.rack);
    const held = Number.isNaN(memo.orderedMm) ? 1 : 3;
    if (this.classes) this.classes.routingAs(this.routingRules, this.classes.heldCableClass(place, rec.comboOf(j), parts, pa!, pb!), place, c.id, held);
    else for (let i = 0; i < this.routingRules.length; i++) this.routingRules[i]!.results.first(c.id, this.routingRules[i]!.rule.check(this.ctx, c.id));
    return c.id;
  }
}
