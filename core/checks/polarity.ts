// Every channel must deliver each transmit fibre to a receive fibre (TIA-568.3-D methods A, B, C;
// core/routing/polarity.ts). A cable's polarity is the one it declares, else its media's. A
// channel through one breakout harness's leg is judged by the harness's fibre map where it is
// published (core/routing/harness-polarity.ts, with its sources); elsewhere it is not judged. A
// co-packaged-optics end (no transceiver) is judged as the DR4-class module it replaces.
import { defaultPolarity, endLayout, polarityProblem, type FibreLayout as Layout } from '../routing/polarity.js';
import { harnessPolarity } from '../routing/harness-polarity.js';
import type { Link } from '../routing/channel.js';
import type { Polarity } from '../model/entities.js';
import { fibreEnded, linkName, linkObjects, linkParts, linkRule, type LinkParts } from './link-parts.js';
import type { CheckContext } from './types.js';

// Class-pure by link (rule-classes.ts): it reads the ends' transceivers (or co-packaged ports),
// the cables' media and declared polarity; a link through a harness leg (which reads the legs'
// ports) has no class.
export const polarityRule = linkRule('polarity', (ctx, link) => {
  if (!fibreEnded(ctx, link)) return null;
  const parts = linkParts(ctx, link);
  if (!parts || !(parts.opticA || parts.cpoA) || !(parts.opticB || parts.cpoB)) return null;
  // assemblies with transceivers built in (AOC) have no polarity to get wrong
  // (plain loops, no closures: this runs for every link with transceivers at both ends)
  const n = parts.cables.length;
  for (let i = 0; i < n; i++) if (parts.media[i] && parts.media[i]!.kind !== 'fiber') return null;
  const a = endLayout(parts.opticA, parts.cpoA);
  const b = endLayout(parts.opticB, parts.cpoB);
  if (!a || !b) return null;
  const polarities = new Array<Polarity>(n);
  for (let i = 0; i < n; i++) polarities[i] = parts.cables[i]!.polarity ?? defaultPolarity(parts.media[i]!);
  // halls without harnesses never get past this test (links carry a shared empty list)
  const harness = link.legs.length > 0 ? harnessIndex(ctx, link, parts) : -1;
  const problem = harness >= 0 ? throughHarness(link, parts, polarities, a, b, harness) : harness === -1 ? polarityProblem(a, b, polarities) : null;
  if (!problem) return null;
  return {
    rule: 'polarity',
    severity: 'error',
    objects: linkObjects(ctx, link, parts.cables),
    message: `Link ${linkName(ctx, link)}: ${problem} (polarity along the channel: ${parts.cables.map((c, i) => `${c.label} ${polarities[i]}`).join(', ')}).`,
    hint:
      'Use one TIA-568 method end to end: method B (type B trunk and cords), or method A (type A trunk, an A cord at one end and a B cord at the other).' +
      (harness >= 0 ? ' Through a breakout harness, the channel as a whole must still cross each lane once: a type-B harness alone, or a type-A harness after one type-B cord.' : ''),
  };
}, 'link');

/** Where the channel's one breakout harness leg is (an index into its cables); -1 when its legs
 * are all a multi-leg trunk's (cables like any other); -2 when it passes two harnesses (not judged). */
function harnessIndex(ctx: CheckContext, link: Link, parts: LinkParts): number {
  let at = -1;
  const rear = (id: number) => ctx.world.ports.get(id)?.kind === 'rear-port';
  for (const l of link.legs) {
    const role = parts.media[l.cable]?.assembly?.role;
    const c = parts.cables[l.cable]!;
    if (role === 'trunk' || (role !== 'harness' && rear(c.aPortId) && rear(c.bPortId))) continue;
    if (at >= 0) return -2;
    at = l.cable;
  }
  return at;
}

/** One harness leg judged by its map; null also when the map is not published (not judged). */
function throughHarness(link: Link, parts: LinkParts, polarities: Polarity[], a: Layout, b: Layout, h: number): string | null {
  const leg = link.legs.find((l) => l.cable === h)!;
  const spec = parts.media[h]?.assembly;
  const legs = spec?.role === 'harness' ? spec.legs : leg.of;
  // the wide end is the transceiver with more lanes; equal lanes: which end is wide is not known
  if (a.tx.length === b.tx.length) return null;
  const wideIsA = a.tx.length > b.tx.length;
  const v = harnessPolarity({
    wide: wideIsA ? a : b,
    narrow: wideIsA ? b : a,
    before: wideIsA ? polarities.slice(0, h) : polarities.slice(h + 1).reverse(),
    harness: polarities[h]!,
    leg: leg.leg,
    legs,
    after: wideIsA ? polarities.slice(h + 1) : polarities.slice(0, h).reverse(),
  });
  return v.judged ? v.problem : null;
}
