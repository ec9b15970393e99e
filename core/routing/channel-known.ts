// A structured link known before tracing: a jumper the check session holds as a record
// (core/model/jumper-records.ts) names its far jumper and its trunk, so the tracer (channel.ts)
// need not fetch the three cables and look each port's cables up again. The known channel is
// taken only where every step is the one the tracer's walk would take: the front maps to a rear
// port, the trunk is the one cable on it, its far rear maps the same position to the far jumper's
// front, that jumper is the one cable there and ends on an interface port. Anything else is walked.
import type { Cable, Id } from '../model/entities.js';
import type { JumperRecords } from '../model/jumper-records.js';
import { KIND_FRONT, KIND_INTERFACE, KIND_REAR } from './channel-types.js';
import type { PanelMap } from './channel-ports.js';

/** The records a tracer may take channels from, and which jumper a cable id is (-1: none). */
export interface KnownChannels {
  records: JumperRecords;
  jumperOf(cableId: Id): number;
}

/**
 * The channel from interface port `start` through held jumper `cableId`, as the walk would record
 * it: cables into `sc`, panel passes into `sp` (both empty on entry); returns its far interface
 * port, or 0 (nothing written) when the walk must decide.
 */
export function knownChannel(
  known: KnownChannels,
  pm: PanelMap,
  cables: ReadonlyMap<Id, Cable>,
  cablesOnPort: (port: Id) => Id | readonly Id[] | undefined,
  start: Id,
  cableId: Id,
  sc: Id[],
  sp: number[],
): Id {
  const j = known.jumperOf(cableId);
  if (j < 0) return 0;
  const r = known.records;
  const k = j >> 1;
  const fromA = (j & 1) === 0;
  if ((fromA ? r.aPort[k]! : r.bPort[k]!) !== start) return 0;
  const near = fromA ? r.aFront[k]! : r.bFront[k]!;
  const far = fromA ? r.bFront[k]! : r.aFront[k]!;
  const last = fromA ? r.bId[k]! : r.aId[k]!;
  const end = fromA ? r.bPort[k]! : r.aPort[k]!;
  const trunkId = r.trunk[k]!;
  const { kind, rearOf, rearPos, pairs, slotCount } = pm;
  const rear = near < kind.length && kind[near] === KIND_FRONT ? rearOf[near]! : 0;
  if (!rear || cablesOnPort(rear) !== trunkId) return 0;
  const trunk = cables.get(trunkId);
  if (!trunk || trunk.leg != null) return 0;
  const farRear = trunk.aPortId === rear ? trunk.bPortId : trunk.aPortId;
  if (farRear >= kind.length || kind[farRear] !== KIND_REAR) return 0;
  const pos = rearPos[near]!;
  if (pos < 1 || pos > slotCount[farRear]! || pm.frontAt(farRear, pos) !== far) return 0;
  if (cablesOnPort(far) !== last || end >= kind.length || kind[end] !== KIND_INTERFACE) return 0;
  sc.push(cableId, trunkId, last);
  sp.push(near, rear, pos, pairs[near]!, far, farRear, pos, pairs[far]!);
  return end;
}
