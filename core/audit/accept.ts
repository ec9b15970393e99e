// "Accept as-built into the plan": turns audit items into one edit (create, update or delete
// cables) so the plan says what the floor has, undoable as one step. Links through patch panels
// are skipped with the reason: the floor says the link is wrong, not which cable of its channel.
import { freeName } from '../model/names.js';
import type { EditOp } from '../model/edits.js';
import type { Id, ProjectSnapshot } from '../model/entities.js';
import { indexPlan, resolveEnd, type PlanIndex } from './plan.js';
import type { AuditItem, EndView, FoundView, PlannedView } from './types.js';

export interface AcceptPlan {
  ops: EditOp[];
  applied: number;
  skipped: { index: number; reason: string }[];
}

type Snap = Pick<ProjectSnapshot, 'devices' | 'ports' | 'cables' | 'media'>;

export function acceptOps(s: Snap, items: AuditItem[]): AcceptPlan {
  const idx = indexPlan(s);
  const cables = new Map(s.cables.map((c) => [c.id, c]));
  const mediaIds = new Map(s.media.map((m) => [m.id.toLowerCase(), m.id]));
  const labels = new Set(s.cables.map((c) => c.label));
  const ops: EditOp[] = [];
  const skipped: AcceptPlan['skipped'] = [];
  let applied = 0;
  const portOf = (e: EndView): Id | null => {
    if (e.portId !== null && idx.portById[e.portId] !== undefined) return e.portId;
    return resolveEnd(idx, e.host, e.port).portRec?.id ?? null;
  };
  const newLabel = (f: FoundView) => {
    const base = f.label ?? `AB-${f.a.host}-${f.a.port}`;
    const label = freeName(base, (x) => labels.has(x));
    labels.add(label);
    return label;
  };

  items.forEach((item, index) => {
    const skip = (reason: string) => skipped.push({ index, reason });
    const plannedGone = item.planned.find((p) => !cables.has(p.cableId));
    if (plannedGone) return skip(`cable ${plannedGone.label} is no longer in the plan`);
    // Through patch panels the floor shows which link is wrong, not which jumper, panel port or
    // trunk position: that is for someone at the panel to find, then edit in the plan.
    const through = item.planned.find((p) => p.channel);
    if (through) return skip(`${through.label} runs through patch panels: find the jumper or panel port at fault on the floor and change it in the plan`);
    switch (item.class) {
      case 'missing':
        ops.push({ op: 'delete', kind: 'cable', id: item.planned[0]!.cableId });
        applied++;
        return;
      case 'unexpected': {
        const f = item.found[0]!;
        const [a, b] = [portOf(f.a), portOf(f.b)];
        if (a === null || b === null) return skip(unknownEnd(idx, a === null ? f.a : f.b));
        const mediaId = f.cableType ? (mediaIds.get(f.cableType.toLowerCase()) ?? null) : null;
        ops.push({
          op: 'create',
          kind: 'cable',
          value: { label: newLabel(f), aPortId: a, bPortId: b, mediaId, opticA: null, opticB: null, lengthMm: f.lengthMm, routedMm: null, orderedMm: null, route: null, status: 'connected' },
        });
        applied++;
        return;
      }
      case 'miswired':
      case 'swapped': {
        const patches: EditOp[] = [];
        // each found link rewires one planned cable (in a swap, each shares an end with both)
        const unused = [...item.found];
        for (const p of item.planned) {
          const at = unused.findIndex((x) => sharedEnd(p, x, portOf) !== null);
          const f = at >= 0 ? unused.splice(at, 1)[0] : undefined;
          const patch = f ? rewire(p, f, portOf) : null;
          if (!patch) return skip(f ? unknownEnd(idx, farOf(p, f, portOf)) : `no found link shares an end with ${p.label}`);
          patches.push({ op: 'update', kind: 'cable', id: p.cableId, patch: { ...patch, route: null, routedMm: null } });
        }
        ops.push(...patches);
        applied++;
        return;
      }
      case 'wrong-media': {
        const f = item.found[0]!;
        const mediaId = f.cableType ? mediaIds.get(f.cableType.toLowerCase()) : undefined;
        if (!mediaId) return skip(`"${f.cableType}" is a cable type, not a catalog media: choose the media in the plan`);
        ops.push({ op: 'update', kind: 'cable', id: item.planned[0]!.cableId, patch: { mediaId } });
        applied++;
        return;
      }
      case 'wrong-length': {
        const f = item.found[0]!;
        if (f.lengthMm === null || f.lengthMm <= 0) return skip('the source gives no length');
        ops.push({ op: 'update', kind: 'cable', id: item.planned[0]!.cableId, patch: { lengthMm: Math.round(f.lengthMm) } });
        applied++;
        return;
      }
      case 'wrong-speed':
        // The plan is right: the cable or optic on the floor is at fault, not the design.
        return skip('a link that trained below its planned rate is fixed on the floor (reseat or replace the cable or optic), not in the plan');
    }
  });
  return { ops, applied, skipped };
}

type PortOf = (e: EndView) => Id | null;

/** Which end of the planned cable ('a' or 'b') the found link also has. */
function sharedEnd(p: PlannedView, f: FoundView, portOf: PortOf): 'a' | 'b' | null {
  const fa = portOf(f.a);
  const fb = portOf(f.b);
  if (p.a.portId !== null && (p.a.portId === fa || p.a.portId === fb)) return 'a';
  if (p.b.portId !== null && (p.b.portId === fa || p.b.portId === fb)) return 'b';
  return null;
}

function farOf(p: PlannedView, f: FoundView, portOf: PortOf): EndView {
  const keep = sharedEnd(p, f, portOf);
  const kept = keep === 'a' ? p.a.portId : p.b.portId;
  return portOf(f.a) === kept ? f.b : f.a;
}

/** Keeps the shared end, moves the other to where the found link goes. */
function rewire(p: PlannedView, f: FoundView, portOf: PortOf): { aPortId: Id } | { bPortId: Id } | null {
  const keep = sharedEnd(p, f, portOf);
  if (!keep) return null;
  const far = portOf(farOf(p, f, portOf));
  if (far === null) return null;
  return keep === 'a' ? { bPortId: far } : { aPortId: far };
}

function unknownEnd(idx: PlanIndex, e: EndView): string {
  const r = resolveEnd(idx, e.host, e.port);
  return r.device ? `device ${r.device.name} has no port "${e.port}" in the plan` : `device "${e.host}" is not in the plan`;
}
