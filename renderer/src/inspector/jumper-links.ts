// Media lists for a jumper (an interface port to a panel's front port): the transceiver sits in
// the interface port only, the cord's far connector meets a trunk leg in the panel's adapter. So a
// link option is a transceiver that fits the interface port over a cord of the panel port's
// connector family and the optic's fibre class (not a trunk or harness); the plain list fit-marks
// cords against the panel port (at a co-packaged port: the cord alone). Reach is the channel's
// (the channel view), not the jumper's.
import type { Id, Media } from '../../../core/model/entities.js';
import { connectorFamily, cpoEndProblem, fiberOpticProblem, mediaPortProblem } from '../../../core/routing/compat.js';
import { orderedLengthMm } from '../../../core/routing/link.js';
import type { LinkListOption } from '../../../core/routing/media-choice.js';
import type { DocState } from '../store/document.js';
import { portSpecOf } from './links.js';

/** The panel end of a jumper ('a' or 'b'), or null when the cable is not one. */
export function jumperPanelEnd(doc: DocState, a: Id, b: Id): 'a' | 'b' | null {
  const ka = doc.port.get(a)?.kind, kb = doc.port.get(b)?.kind;
  if (ka === 'interface' && kb === 'front-port') return 'b';
  if (kb === 'interface' && ka === 'front-port') return 'a';
  return null;
}

const isCord = (m: Media) => m.kind === 'fiber' && m.assembly?.role !== 'trunk' && m.assembly?.role !== 'harness';

/** Cords whose connector is the panel port's, with whether each fits it. */
export function jumperCordFits(doc: DocState, panelPort: Id): { m: Media; problem: string | null }[] {
  const p = portSpecOf(doc, panelPort);
  if (!p) return [];
  const want = connectorFamily(p.formFactor);
  return [...doc.media.values()]
    .filter(isCord)
    .map((m) => ({ m, problem: mediaPortProblem(m, { ...p, speedGbps: 0, lanes: 0 })?.text ?? (want && connectorFamily(m.connector) && connectorFamily(m.connector) !== want ? `${m.id} is terminated ${connectorFamily(m.connector)}, the panel port is ${want}` : null) }))
    .sort((x, y) => Number(!!x.problem) - Number(!!y.problem) || x.m.name.localeCompare(y.m.name));
}

/** Transceiver (at the interface end) over a cord (to the panel), cheapest-looking first. */
export function jumperLinks(doc: DocState, a: Id, b: Id, routedMm: number | null): LinkListOption[] {
  const panelEnd = jumperPanelEnd(doc, a, b);
  if (!panelEnd) return [];
  const iface = portSpecOf(doc, panelEnd === 'a' ? b : a);
  if (!iface) return [];
  const cords = jumperCordFits(doc, panelEnd === 'a' ? a : b).filter((c) => !c.problem).map((c) => c.m);
  const out: LinkListOption[] = [];
  // a co-packaged port takes the cord itself, no transceiver (the fibre the port-compat rule asks for)
  if (iface.cpo) {
    for (const f of cords) {
      if (cpoEndProblem(iface, null, f, null, false)) continue;
      const orderedMm = routedMm == null ? null : orderedLengthMm(routedMm, f);
      out.push({ mediaId: f.id, opticA: null, opticB: null, reachM: f.maxReachM, costUsd: null, opticsCostUsd: null, cableCostUsd: null, powerW: 0, orderedMm, label: f.name, limit: f, reaches: routedMm == null ? null : orderedMm != null });
    }
    return out.sort((p, q) => p.label.localeCompare(q.label));
  }
  const optics = [...doc.media.values()].filter((m) => m.kind === 'transceiver' && !mediaPortProblem(m, iface));
  for (const x of optics) {
    for (const f of cords) {
      if (fiberOpticProblem(f, x)) continue;
      const orderedMm = routedMm == null ? null : orderedLengthMm(routedMm, f);
      out.push({
        mediaId: f.id, opticA: panelEnd === 'b' ? x.id : null, opticB: panelEnd === 'a' ? x.id : null,
        reachM: x.maxReachM, costUsd: null, opticsCostUsd: null, cableCostUsd: null, powerW: x.powerW, orderedMm,
        label: `${x.name} over ${f.name}`, limit: x, reaches: routedMm == null ? null : orderedMm != null,
      });
    }
  }
  return out.sort((p, q) => p.label.localeCompare(q.label));
}
