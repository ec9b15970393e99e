// A trunk (a cable between two panels' rear ports) carries the links patched onto its positions:
// the fibres they use (the front ports' fibres at each used position) must fit the trunk's fibre
// count, and each used position must exist at both ends.
import type { Cable, Id } from '../model/entities.js';
import { resolveLink } from '../routing/link.js';
import { NO_VIOLATIONS, type CheckContext, type Rule, type Violation } from './types.js';

/** A trunk runs between two rear ports. */
export function isTrunk(ctx: CheckContext, c: Cable): boolean {
  return ctx.world.ports.get(c.aPortId)?.kind === 'rear-port' && ctx.world.ports.get(c.bPortId)?.kind === 'rear-port';
}

function positionsOf(ctx: CheckContext, rearId: Id): number {
  const p = ctx.world.ports.get(rearId);
  if (!p) return 0;
  if (p.positions != null) return p.positions;
  const d = ctx.world.devices.get(p.deviceId);
  const t = d && ctx.world.types.get(d.typeId);
  return t?.ports.find((x) => x.name === p.name)?.positions ?? 1;
}

export const trunkCapacityRule: Rule = {
  id: 'trunk-capacity',
  owner: 'cable',
  // a held jumper runs from an interface port to a panel front: no trunk
  recordsClean: true,
  check(ctx, id) {
    const c = ctx.world.cables.get(id);
    // a link through a trunk has a cable before it (its a-end is an interface port), so a cable in
    // no longer channel carries none: no port fetched for the 100,000 cables of a direct hall
    if (!c || !ctx.channels.inLongerChannel(id) || !isTrunk(ctx, c)) return NO_VIOLATIONS;
    // the position each link uses on this trunk, and the fibres of the front port there (by
    // position: a list, not a map, read in position order; 8,960 trunks in a 32k hall)
    const fibresAt: number[] = [];
    ctx.channels.eachThrough(id, (l) => {
      const p = l.panels;
      for (let i = 0; i < p.length; i += 4) {
        if (p[i + 1] !== c.aPortId && p[i + 1] !== c.bPortId) continue;
        fibresAt[p[i + 2]!] = Math.max(fibresAt[p[i + 2]!] ?? 0, ctx.world.ports.get(p[i]!)?.lanes ?? 0);
        break;
      }
    });
    const out: Violation[] = [];
    const used: number[] = [];
    let fibres = 0;
    for (let pos = 0; pos < fibresAt.length; pos++) {
      if (fibresAt[pos] === undefined) continue;
      used.push(pos);
      fibres += fibresAt[pos]!;
    }
    const media = resolveLink(c, ctx.world.media).cable;
    if (media?.kind === 'fiber' && media.lanes > 0 && fibres > media.lanes) {
      out.push({
        rule: 'trunk-capacity',
        severity: 'error',
        objects: ctx.ref.cableAndRacks(c),
        message: `Trunk ${c.label} (${media.id}, ${media.lanes} fibres) carries ${used.length} link(s) on positions ${used.join(', ')} needing ${fibres} fibres, over its ${media.lanes}.`,
        hint: 'Use a trunk with more fibres, or move links to another trunk.',
      });
    }
    const ends = Math.min(positionsOf(ctx, c.aPortId), positionsOf(ctx, c.bPortId));
    const beyond = used.filter((p) => p > ends);
    if (beyond.length) {
      out.push({
        rule: 'trunk-capacity',
        severity: 'error',
        // (named only for a violation, as above: thousands of trunks pass; no closure made per
        // trunk to share them, which tsx's keepNames made cost ~20 ms over 8,960 trunks)
        objects: out[0]?.objects ?? ctx.ref.cableAndRacks(c),
        message: `Trunk ${c.label} joins rear ports with ${positionsOf(ctx, c.aPortId)} and ${positionsOf(ctx, c.bPortId)} positions; links use position(s) ${beyond.join(', ')} that one end lacks.`,
        hint: 'Land the trunk on panel entries with the same number of positions at both ends.',
      });
    }
    return out.length ? out : NO_VIOLATIONS;
  },
};
