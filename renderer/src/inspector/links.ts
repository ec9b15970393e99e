// Media lists for a cable's two ports, shared by the cable inspector and the new-cable dialog: the
// links that fit both ports (chosen whole: an assembly, or a transceiver pair over a fibre) and the
// plain media list with a fit mark on every entry.
import type { Id, Media, Port } from '../../../core/model/entities.js';
import { mediaPortProblem, portSpecFrom, type PortSpec } from '../../../core/routing/compat.js';
import { linkOptions, type LinkListOption } from '../../../core/routing/media-choice.js';
import type { DocState } from '../store/document.js';

/** A port with the breakouts its device type's template allows. */
export function portSpecOf(doc: DocState, portId: Id): (Port & PortSpec) | null {
  const p = doc.port.get(portId);
  if (!p) return null;
  const d = doc.device.get(p.deviceId);
  const tpl = d ? doc.deviceTypes.get(d.typeId)?.ports.find((t) => t.name === p.name) : undefined;
  // (the template's cage flags too: without them a co-packaged, single-port or LPO-capable cage
  // was offered the media the rules then refuse)
  return { ...p, ...portSpecFrom(p, tpl) };
}

const lists = new WeakMap<Map<string, Media>, Media[]>();
function catalog(doc: DocState): Media[] {
  let l = lists.get(doc.media);
  if (!l) lists.set(doc.media, (l = [...doc.media.values()]));
  return l;
}

export type Link = Pick<LinkListOption, 'mediaId' | 'opticA' | 'opticB'>;
export const linkKey = (l: Link) => `${l.mediaId ?? ''}|${l.opticA ?? ''}|${l.opticB ?? ''}`;

/** The links that fit both ports, best first; each says whether it reaches `routedMm`. */
export function linksFor(doc: DocState, a: Id, b: Id, routedMm: number | null): LinkListOption[] {
  const pa = portSpecOf(doc, a), pb = portSpecOf(doc, b);
  if (!pa || !pb) return [];
  return linkOptions(catalog(doc), pa, pb, routedMm, doc.settings.mediaPolicy);
}

/** "2 × SR4 over MPO-12 OM3, 7.5 m" or "DAC 2 m"; ✓ reaches, ✗ too short, nothing when not routed yet. */
export function linkLabel(doc: DocState, o: LinkListOption): string {
  const name = (id: string | null) => (id ? doc.media.get(id)?.name ?? id : '');
  // one optic: a jumper to a panel (the other end is the panel's adapter)
  const optics = o.opticA && o.opticB ? (o.opticA === o.opticB ? `2 × ${name(o.opticA)}` : `${name(o.opticA)} + ${name(o.opticB)}`) : name(o.opticA ?? o.opticB);
  const what = o.opticA || o.opticB ? `${optics} over ${o.mediaId ? name(o.mediaId) : 'no fibre in the catalog'}` : name(o.mediaId);
  const len = o.orderedMm != null ? `, ${(o.orderedMm / 1000).toFixed(2)} m` : '';
  const mark = o.reaches == null ? '' : o.reaches ? '✓ ' : '✗ too short: ';
  return `${mark}${what}${len}`;
}

/** Every catalog medium with whether it fits both ports: ✓ fits, ⚠ and why not. */
export function mediaFits(doc: DocState, a: Id, b: Id): { m: Media; problem: string | null }[] {
  const pa = portSpecOf(doc, a), pb = portSpecOf(doc, b);
  return catalog(doc)
    .map((m) => ({ m, problem: ((pa && mediaPortProblem(m, pa)) || (pb && mediaPortProblem(m, pb)) || null)?.text ?? null }))
    .sort((x, y) => Number(!!x.problem) - Number(!!y.problem) || x.m.name.localeCompare(y.m.name));
}

export const fitMark = (problem: string | null) => (problem ? '⚠ ' : '✓ ');
