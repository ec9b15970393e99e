// A link's channel insertion loss against the transceivers' budget:
//   loss = sum of cable lengths (km) x fibre attenuation (dB/km, multimode or single-mode)
//        + mated connector pairs x loss per pair + splices x loss per splice
// with the project's figures (defaults TIA-568.3-D / IEEE 802.3, core/model/entities.ts), and the
// budget the IEEE clause gives the optic on its fibre (core/catalog/media/channel-budgets.ts).
// Also: a cable of the wrong fibre class in the channel (an OM4 trunk under single-mode optics).
// A co-packaged-optics end (no transceiver) is taken to be of the DR4-class module it replaces:
// single-mode, held to the far transceiver's budget; with co-packaged optics at both ends no
// budget is published, so only the fibre class is judged.
// `channelLossOf` is the one computation: the rule and the editor's channel view both read it.
import { channelBudget } from '../catalog/media/channel-budgets.js';
import { matedPairsOf, type Link } from '../routing/channel.js';
import type { Media } from '../model/entities.js';
import { fibreEnded, linkName, linkObjects, linkParts, linkRule, type LinkParts } from './link-parts.js';
import type { CheckContext } from './types.js';

const single = (m: Media) => m.fiber === 'OS2';

export interface ChannelLoss {
  parts: LinkParts;
  /** The transceiver whose fibre class the channel must be: the a end's, else the b end's; null
   * with co-packaged optics at both ends (single-mode). */
  optic: Media | null;
  singleMode: boolean;
  /** A cable of the other fibre class in the channel, or null. */
  wrongFibre: Media | null;
  lengthMm: number;
  matedPairs: number;
  splices: number;
  dbPerKm: number;
  fibreDb: number;
  connectorDb: number;
  spliceDb: number;
  lossDb: number;
  /** The smaller of the two transceivers' sourced budgets; null when neither has one. */
  budget: { db: number; source: string; optic: string } | null;
}

const budgets = new WeakMap<Media, WeakMap<Media, ChannelLoss['budget']>>();

/** The smaller of two transceivers' sourced budgets (one shared object per pair); a co-packaged
 * end (null) adds none. */
function budgetOf(a: Media | null, b: Media | null): ChannelLoss['budget'] {
  if (!a || !b) return a ? budgetOf(a, a) : b ? budgetOf(b, b) : null;
  let byB = budgets.get(a);
  if (!byB) budgets.set(a, (byB = new WeakMap()));
  let budget = byB.get(b);
  if (budget === undefined) {
    budget = null;
    for (const o of a === b ? [a] : [a, b]) {
      const x = channelBudget(o);
      if (x && (!budget || x.db < budget.db)) budget = { db: x.db, source: x.source, optic: o.id };
    }
    byB.set(b, budget);
  }
  return budget;
}

/** The loss of a complete fibre link with transceivers at both ends; null otherwise. */
export function channelLossOf(ctx: CheckContext, link: Link): ChannelLoss | null {
  const l = lossOf(ctx, link);
  return l && { ...l, parts: { ...l.parts, cables: l.parts.cables.slice(), media: l.parts.media.slice() } };
}

/** What channelLossOf answers, in one object overwritten by the next call: the rule reads it at
 * once (30,000 links with transceivers in the bench hall; an object each was 6 MB of garbage). */
const scratch: ChannelLoss = {
  parts: null as unknown as LinkParts, optic: null, singleMode: false, wrongFibre: null, lengthMm: 0, matedPairs: 0, splices: 0, dbPerKm: 0,
  fibreDb: 0, connectorDb: 0, spliceDb: 0, lossDb: 0, budget: null,
};

function lossOf(ctx: CheckContext, link: Link): ChannelLoss | null {
  if (link.b === null) return null;
  const s = ctx.settings;
  if (!fibreEnded(ctx, link)) return null;
  const parts = linkParts(ctx, link);
  if (!parts || !(parts.opticA || parts.cpoA) || !(parts.opticB || parts.cpoB)) return null;
  const optic = parts.opticA ?? parts.opticB;
  if (optic && !optic.fiber) return null;
  const sm = optic ? single(optic) : true;
  // (plain loops and a budget shared per pair of optics: this runs for every link of a hall)
  let wrongFibre: Media | null = null;
  let splices = 0;
  for (let i = 0; i < parts.media.length; i++) {
    const m = parts.media[i];
    if (!wrongFibre && m?.kind === 'fiber' && m.fiber && single(m) !== sm) wrongFibre = m;
    splices += m?.assembly?.splices ?? 0;
  }
  const budget = budgetOf(parts.opticA, parts.opticB);
  let mm = 0;
  for (let i = 0; i < link.cables.length; i++) mm += ctx.cableLengthMm(link.cables[i]!) ?? 0;
  const pairs = matedPairsOf(link);
  const perKm = sm ? s.smLossDbPerKm : s.mmLossDbPerKm;
  const fibreDb = (mm / 1e6) * perKm;
  const connectorDb = pairs * s.matedPairLossDb;
  const spliceDb = splices * s.spliceLossDb;
  const l = scratch;
  l.parts = parts;
  l.optic = optic;
  l.singleMode = sm;
  l.wrongFibre = wrongFibre;
  l.lengthMm = mm;
  l.matedPairs = pairs;
  l.splices = splices;
  l.dbPerKm = perKm;
  l.fibreDb = fibreDb;
  l.connectorDb = connectorDb;
  l.spliceDb = spliceDb;
  l.lossDb = fibreDb + connectorDb + spliceDb;
  l.budget = budget;
  return l;
}

// Class-pure by link (rule-classes.ts): the transceivers at the ends, each cable's media (fibre
// class, splices) and length, the mated pairs, and the project's settings (one per session).
export const channelLossRule = linkRule('channel-loss', (ctx, link) => {
  const l = lossOf(ctx, link);
  if (!l) return null;
  const s = ctx.settings;
  if (l.wrongFibre) {
    return {
      rule: 'channel-loss',
      severity: 'error',
      objects: linkObjects(ctx, link, l.parts.cables),
      message: `Link ${linkName(ctx, link)}: ${l.wrongFibre.id} is ${l.wrongFibre.fiber} in a ${l.singleMode ? 'single-mode' : 'multimode'} channel (${l.optic?.id ?? 'co-packaged optics at both ends'}).`,
      hint: `Use ${l.singleMode ? 'single-mode (OS2)' : 'multimode'} trunks and cords all along the channel.`,
    };
  }
  const budget = l.budget;
  // (1e-9: the sum of floating-point terms, not a tolerance)
  if (!budget || l.lossDb <= budget.db + 1e-9) return null;
  return {
    rule: 'channel-loss',
    severity: 'error',
    objects: linkObjects(ctx, link, l.parts.cables),
    message:
      `Link ${linkName(ctx, link)} loses ${l.lossDb.toFixed(2)} dB, over the ${budget.db} dB ${budget.optic} allows: ` +
      `${+(l.lengthMm / 1000).toFixed(1)} m x ${l.dbPerKm} dB/km = ${l.fibreDb.toFixed(2)} dB, ${l.matedPairs} mated pair(s) x ${s.matedPairLossDb} dB` +
      (l.splices ? `, ${l.splices} splice(s) x ${s.spliceLossDb} dB` : '') +
      '.',
    hint: `Fewer mated pairs (adapter panels instead of cassettes, fewer panels), low-loss connectors (set the loss per pair in the project settings), or optics with a larger budget. Budget: ${budget.source}`,
  };
}, 'link');
