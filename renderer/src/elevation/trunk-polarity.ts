// The polarity methods offered for a trunk made by hand, and what each would do to the links the
// new trunk completes: where both panels already have a jumper from an active port on the fronts
// at the same position, the channel is jumper -> trunk -> jumper, judged by the polarity rule's
// own verdict (core/routing/polarity.ts) with the jumpers' polarities as they are.
import type { Id, Media, Polarity, Port } from '../../../core/model/entities.js';
import { resolveLink } from '../../../core/routing/link.js';
import { defaultPolarity, endLayout, polarityProblem, type FibreLayout } from '../../../core/routing/polarity.js';
import { cablesByPort, type DocState } from '../store/document.js';
import { panelMap } from './panel-map.js';

export const METHODS: readonly Polarity[] = ['A', 'B', 'C'];

/** "A — straight, fibre 1 to 1" for a connector of n fibres. */
export function methodLabel(p: Polarity, n: number): string {
  if (p === 'A') return 'A — straight, fibre 1 to 1';
  if (p === 'B') return `B — reversed, fibre 1 to ${n}`;
  return 'C — pairs flipped, fibre 1 to 2';
}

/** Fibres per connector of a trunk (its legs' connector), for the labels: 12 for MPO-12. */
export function fibresPerConnector(m: Media | null): number {
  return m?.assembly?.fibresPerLeg ?? Number(/MPO-?(\d+)/i.exec(m?.formFactor ?? '')?.[1] ?? 12);
}

/** The polarity the generator gives a trunk of this media (it writes none: the media's own). */
export const generatorPolarity = (m: Media | null): Polarity => defaultPolarity(m);

export interface PendingLink {
  position: number;
  /** "leaf-a01:1/13 to spine-b01:1/13". */
  name: string;
  /** Per method: null when transmit reaches receive, else what goes wrong. */
  verdict: Record<Polarity, string | null>;
}

/** The jumper on a front port to an active port: its polarity and the fibre layout at the active end. */
function jumperOf(doc: DocState, front: Port | undefined): { polarity: Polarity; layout: FibreLayout | null; end: string } | null {
  if (!front) return null;
  const c = cablesByPort(doc.cable).get(front.id);
  if (!c) return null;
  const far = doc.port.get(c.aPortId === front.id ? c.bPortId : c.aPortId);
  if (!far || far.kind !== 'interface') return null;
  const parts = resolveLink(c, doc.media);
  const optic = c.aPortId === far.id ? parts.opticA : parts.opticB;
  // a co-packaged port takes the fibre itself and is judged as the module it replaces (the rule's reading)
  const d = doc.device.get(far.deviceId);
  const cpo = !optic && parts.cable?.kind === 'fiber' && !!doc.deviceTypes.get(d?.typeId ?? -1)?.ports.find((t) => t.name === far.name)?.cpo;
  const layout = endLayout(optic, { formFactor: far.formFactor, lanes: far.lanes, cpo });
  return { polarity: c.polarity ?? defaultPolarity(parts.cable), layout, end: `${d?.name ?? '?'}:${far.name}` };
}

/** The links a trunk between rear ports a and b would complete, with each method's verdict. */
export function pendingLinks(doc: DocState, a: Id, b: Id): PendingLink[] {
  const rearOf = (id: Id) => {
    const p = doc.port.get(id);
    return p ? panelMap(doc, p.deviceId)?.rears.find((r) => r.rear.id === id) : undefined;
  };
  const ra = rearOf(a), rb = rearOf(b);
  if (!ra || !rb) return [];
  const out: PendingLink[] = [];
  for (let i = 0; i < Math.min(ra.positions, rb.positions); i++) {
    const ja = jumperOf(doc, ra.fronts[i]), jb = jumperOf(doc, rb.fronts[i]);
    if (!ja || !jb) continue;
    const la = ja.layout, lb = jb.layout;
    // without a transceiver or co-packaged port at both ends the rule judges nothing either
    if (!la || !lb) continue;
    const verdict = {} as Record<Polarity, string | null>;
    for (const p of METHODS) verdict[p] = polarityProblem(la, lb, [ja.polarity, p, jb.polarity]);
    out.push({ position: i + 1, name: `${ja.end} to ${jb.end}`, verdict });
  }
  return out;
}

/** "✓ 1 link delivers transmit to receive" / "✗ 1 of 1 link fails polarity: ...", or null with no link to judge. */
export function verdictText(links: PendingLink[], p: Polarity): { ok: boolean; text: string } | null {
  if (links.length === 0) return null;
  const bad = links.filter((l) => l.verdict[p] !== null);
  const n = (k: number) => `${k} link${k === 1 ? '' : 's'}`;
  if (bad.length === 0) return { ok: true, text: `${n(links.length)} through the jumpers already on these panels deliver${links.length === 1 ? 's' : ''} transmit to receive` };
  return { ok: false, text: `${bad.length} of ${n(links.length)} would fail the polarity check: ${bad[0]!.name}, ${bad[0]!.verdict[p]}` };
}
