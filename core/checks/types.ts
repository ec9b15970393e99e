// What a check reports. Each rule lives in its own file and checks one "owner" object (a cable, a
// port, a rack, a feed or a tray; a rule id may have one rule per owner kind), so that after an edit only the owners it touched are re-checked.
import type { Rect } from '../geometry/footprint.js';
import type { Cable, Cdu, Hall, Id, PowerFeed, ProjectSettings, Rack, Tray } from '../model/entities.js';
import type { PortSpec } from '../routing/compat.js';
import type { CableRoute, RoutingWorld } from '../routing/router.js';
import type { Channels } from '../routing/channel.js';

export const RULE_IDS = [
  'reach',
  'port-compat',
  'port-reuse',
  'rack-power',
  'feed-power',
  'u-space',
  'tray-fill',
  'unroutable',
  'no-media',
  'lpo-host',
  // structured cabling (docs/structured-cabling.md)
  'channel-loss',
  'connector-count',
  'polarity',
  'trunk-capacity',
  'panel-port-reuse',
  'leg-order',
  // hall bounds (core/model/bounds.ts)
  'bounds',
  // physical model (docs/routing-and-checks.md)
  'cooling',
  'floor-load',
  'tray-load',
  'aisle',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning';
export type ObjectKind = 'cable' | 'rack' | 'device' | 'port' | 'tray' | 'feed' | 'cdu';

export interface CheckObject {
  kind: ObjectKind;
  id: Id;
  name: string;
}

export interface Violation {
  rule: RuleId;
  severity: Severity;
  objects: CheckObject[];
  message: string;
  /** How to fix it; steps a surface phrases in its own words are written {token} (hint-steps.ts). */
  hint: string;
}

export type OwnerKind = 'cable' | 'port' | 'rack' | 'feed' | 'tray' | 'cdu';

export interface RackLoad {
  /** Devices' maximum power (typical where no maximum is known), W. */
  devicesW: number;
  /** Transceivers and active cable ends plugged into the rack's devices, W. */
  opticsW: number;
  totalW: number;
  /** Devices whose type gives no power figure (counted as 0 W). */
  unknown: string[];
}

export interface CheckWorld extends RoutingWorld {
  cables: Map<Id, Cable>;
  feeds: Map<Id, PowerFeed>;
  cdus: Map<Id, Cdu>;
  halls: Map<Id, Hall>;
}

/** What a rule may read. */
export interface CheckContext {
  world: CheckWorld;
  settings: ProjectSettings;
  routeOf(cableId: Id): CableRoute | undefined;
  cablesOnPort(portId: Id): readonly Id[];
  /** The cables that are legs of one made assembly (harness, multi-leg trunk), by `assemblyId`. */
  legsOf(assemblyId: string): readonly Id[];
  devicesInRack(rackId: Id): readonly Id[];
  racksOnFeed(feedId: Id): readonly Id[];
  rackLoad(rackId: Id): RackLoad;
  /** Cross-section of the cables in each segment of a tray, mm^2, and how many. */
  trayFill(trayId: Id): { areaMm2: Float64Array; count: Int32Array } | undefined;
  /** Weight of the cables in each segment of a tray, kg per metre. */
  trayLoadKgPerM(trayId: Id): Float64Array | undefined;
  racksOnCdu(cduId: Id): readonly Id[];
  /** Racks of a hall whose footprints meet a floor rectangle. */
  racksNear(hallId: Id, area: Rect): readonly Id[];
  portSpec(portId: Id): PortSpec | undefined;
  /** Links and their channels (jumpers, panels, trunks) between interface ports. */
  channels: Channels;
  /** A cable's length as installed: fixed, else ordered, else routed, mm; null when unroutable. */
  cableLengthMm(cableId: Id): number | null;
  ref: {
    cable(c: Cable): CheckObject;
    rack(r: Rack): CheckObject;
    tray(t: Tray): CheckObject;
    feed(f: PowerFeed): CheckObject;
    cdu(c: Cdu): CheckObject;
    device(id: Id): CheckObject | null;
    port(id: Id): CheckObject | null;
    /** A cable, then the racks of its two ends (one when both are in the same rack). */
    cableAndRacks(c: Cable): CheckObject[];
  };
}

export interface Rule {
  id: RuleId;
  owner: OwnerKind;
  check(ctx: CheckContext, ownerId: Id): readonly Violation[];
  /** A cable rule that reads only the cable, its ports and their devices: a session's first run
   * checks each cable by it as the cable is routed, while those objects are in the processor's
   * cache (the router has just read them). */
  whileRouting?: true;
  /** A cable rule whose answer for a cable depends only on its class (rule-classes.ts): 'cable',
   * its media combination and its two ports' specs; 'link', the one link of two or more cables it
   * heads (ends' transceivers, cables' media, polarity and lengths, panels' junctions and mated
   * pairs). A session's first run checks one cable of a class and, when it finds nothing, takes
   * that for the whole class. Each rule says why it qualifies. */
  classPure?: 'cable' | 'link';
  /** A cable rule with nothing to report on a jumper a session holds as a record
   * (session-records.ts: inside one rack, from an interface port to a panel front, no fixed
   * length, polarity or assembly): a first run holding records does not ask it of each. Each rule
   * says why it qualifies. */
  recordsClean?: true;
}

/** What most owners return: shared, so that 100,000 clean cables allocate nothing. */
export const NO_VIOLATIONS: readonly Violation[] = Object.freeze([]);
