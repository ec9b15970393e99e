// Routing (cable lengths over the trays, automatic media) and checks (reach, power, ports, space,
// tray fill). Routed lengths and routes are derived data: written without an undo step. Media
// chosen automatically is a decision the user may want back: it is one undo step.
import { z } from 'zod';
import type { ChannelView } from '../checks/channel-view.js';
import type { RuleCounts } from '../checks/session.js';
import type { Violation } from '../checks/types.js';
import type { Patch } from '../model/edits.js';
import type { Id, RouteStep } from '../model/entities.js';
import { idSchema } from '../model/schemas.js';
import { method } from './define.js';

const policySchema = z.enum(['cheapest', 'power']);

export interface RoutedCableRow {
  id: Id;
  label: string;
  /** The routed and ordered media (assembly or fibre); null when none. */
  media: string | null;
  routedM: number | null;
  orderedM: number | null;
}

export interface RouteAllResult {
  routed: number;
  unroutable: number;
  /** Sum of routed lengths, m. */
  totalLengthM: number;
  /** Sum of ordered lengths, m. */
  orderedLengthM: number;
  /** Cables whose media was chosen in this run. */
  mediaChosen: number;
  /** Cables for which no media fits and reaches. */
  mediaNotFound: number;
  /** Cables whose stored routed length, ordered length or route changed. */
  changed: number;
  /** Only when asked for with `details`. */
  cables?: RoutedCableRow[];
  /** One line per cable whose media was chosen (label: reason), when asked for with `details`. */
  reasons?: { label: string; reason: string }[];
}

export interface MediaChoiceResult {
  cableId: Id;
  routedM: number | null;
  mediaId: string | null;
  opticA: string | null;
  opticB: string | null;
  orderedM: number | null;
  costUsd: number | null;
  powerW: number | null;
  reason: string;
  /** A jumper of a structured channel: the jumpers whose media its channel's choice changes (this
   * one among them), set together; empty when the channel has it already. */
  channel?: { cableId: Id; label: string; mediaId: string | null; opticA: string | null; opticB: string | null }[];
}

export interface CableRouteResult {
  cableId: Id;
  routedM: number | null;
  orderedM: number | null;
  route: RouteStep[] | null;
  problem: string | null;
  /** Plan polyline: rack centre, drop, trays, drop, rack centre; [] inside one rack or when unroutable. */
  points: [number, number][];
}

export interface ChannelsResult {
  /** The links through the cable or at the port, each with its channel hop by hop (at most `limit`). */
  links: ChannelView[];
  /** How many links there are in all (a trunk carries many). */
  total: number;
}

export interface ChecksResult {
  errors: number;
  warnings: number;
  counts: RuleCounts;
  violations: Violation[];
  /** How many objects were (re-)checked to produce this result. */
  checked: number;
  /**
   * checks.update only: cables whose stored routed length, ordered length or route the update
   * brought up to date (derived data, written without an undo step). Apply it to the client's copy.
   */
  routes?: Patch;
}

export interface RouteCablesResult {
  /** Cables routed through the trays or within one rack, and cables with no route (why: checks). */
  routed: number;
  unroutable: number;
  /** Ids asked for that are no cable (deleted since, or wrong): nothing done for them. */
  missing: Id[];
  /** The cables whose stored routed length, ordered length or route changed (derived data,
   * written without an undo step). Apply it to the client's copy. */
  routes?: Patch;
}

export interface HeatResult {
  /** Each rack's load (devices at maximum power + optics) and budget (0 = none set), W. */
  racks: { id: Id; loadW: number; budgetW: number }[];
  /** Each tray's fullest segment: cable cross-sections over the tray section, percent, and the limit. */
  trays: { id: Id; maxFillPct: number; limitPct: number }[];
}

const objectKindSchema = z.enum(['cable', 'rack', 'device', 'port', 'tray', 'feed', 'cdu']);
const idList = z.array(idSchema).max(1_000_000).optional();

export const routingApi = {
  /** Routes every cable, optionally choosing media first; writes routed/ordered lengths and routes. */
  'routing.routeAll': method<RouteAllResult>()(
    z.object({
      /** 'missing': choose media for cables without any; 'all': reconsider every cable. */
      autoMedia: z.enum(['none', 'missing', 'all']).default('none'),
      /** Defaults to the project's media policy. */
      policy: policySchema.optional(),
      details: z.boolean().default(false),
    }),
    { progress: true },
  ),
  /** The media the policy would pick for one cable, and why; writes nothing. */
  'routing.chooseMedia': method<MediaChoiceResult>()(z.object({ cableId: idSchema, policy: policySchema.optional() })),
  /**
   * Routes the given cables as the layout stands and stores what changed, without the check
   * session: what an edit that draws or re-ends cables asks while no checks run (a large project
   * before its Checks tab is shown), so the new cables are drawn in the trays at once.
   */
  'routing.routeCables': method<RouteCablesResult>()(z.object({ cableIds: z.array(idSchema).min(1).max(10_000) })),
  /** One cable's route as it is now, with its plan polyline for drawing. */
  'routing.cableRoute': method<CableRouteResult>()(z.object({ cableId: idSchema })),
  /**
   * The links a cable carries (a trunk: every link on its positions), or that end at or pass a port,
   * each with its channel hop by hop (jumpers, panel passes, trunk), lengths, mated pairs and loss
   * against the optics' budget, as the check session has them now.
   */
  'routing.channels': method<ChannelsResult>()(
    z
      .object({ cableId: idSchema.optional(), portId: idSchema.optional(), limit: z.number().int().min(1).max(1000).default(100) })
      .refine((x) => (x.cableId == null) !== (x.portId == null), { message: 'give either cableId or portId' }),
  ),
  /** Runs every check over the whole project. */
  'checks.run': method<ChecksResult>()(z.object({}), { progress: true }),
  /**
   * Re-checks after an edit: pass the ids the edit's patch put or deleted, per kind; only what they
   * touch is recomputed (and the re-routed cables' stored lengths and routes kept current). Falls
   * back to a full run when there is no earlier run to update.
   */
  'checks.update': method<ChecksResult>()(
    z.object({
      touched: z.object({ rack: idList, device: idList, port: idList, cable: idList, tray: idList, feed: idList, cdu: idList, hall: idList }).strict(),
    }),
  ),
  /** Rack power use and tray fill from the latest run or update, for colouring the floor plan. */
  'checks.heat': method<HeatResult>()(z.object({})),
  /** Violations involving the given objects, from the latest run or update (hints may name steps as {token}: core/checks/hint-steps.ts phrases them). */
  'checks.forObjects': method<ChecksResult>()(z.object({ objects: z.array(z.object({ kind: objectKindSchema, id: idSchema })).min(1).max(100_000) })),
};
