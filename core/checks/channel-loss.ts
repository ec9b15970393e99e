// A link's channel insertion loss against the transceivers' budget:
//   loss = sum of cable lengths (km) x fibre attenuation (dB/km, multimode or single-mode)
//        + mated connector pairs x loss per pair + splices x loss per splice
// with the project's figures (defaults TIA-568.3-D / IEEE 802.3, core/model/entities.ts), and the
// budget the IEEE clause gives the optic on its fibre (core/catalog/media/channel-budgets.ts).
// Also: a cable of the wrong fibre class in the channel (an OM4 trunk under single-mode optics).
import { channelBudget } from '../catalog/media/channel-budgets.js';
import { matedPairsOf } from '../routing/channel.js';
import type { Media } from '../model/entities.js';
import { linkName, linkObjects, linkParts, linkRule } from './link-parts.js';

const single = (m: Media) => m.fiber === 'OS2';

export const channelLossRule = linkRule('channel-loss', (ctx, link) => {
  if (link.b === null) return null;
  const s = ctx.settings;
  const parts = linkParts(ctx, link);
  if (!parts || !parts.opticA || !parts.opticB || !parts.opticA.fiber) return null;
  const sm = single(parts.opticA);
  const wrong = parts.media.find((m) => m?.kind === 'fiber' && m.fiber && single(m) !== sm);
  if (wrong) {
    return {
      rule: 'channel-loss',
      severity: 'error',
      objects: linkObjects(ctx, link, parts.cables),
      message: `Link ${linkName(ctx, link)}: ${wrong.id} is ${wrong.fiber} in a ${sm ? 'single-mode' : 'multimode'} channel (${parts.opticA.id}).`,
      hint: `Use ${sm ? 'single-mode (OS2)' : 'multimode'} trunks and cords all along the channel.`,
    };
  }
  const budgets = [parts.opticA, parts.opticB].map(channelBudget).filter((b) => b !== null);
  if (budgets.length === 0) return null;
  const budget = budgets.reduce((x, y) => (y.db < x.db ? y : x));
  let mm = 0;
  for (const c of link.cables) mm += ctx.cableLengthMm(c) ?? 0;
  const pairs = matedPairsOf(link);
  const splices = parts.media.reduce((n, m) => n + (m?.assembly?.splices ?? 0), 0);
  const perKm = sm ? s.smLossDbPerKm : s.mmLossDbPerKm;
  const fibreDb = (mm / 1e6) * perKm;
  const lossDb = fibreDb + pairs * s.matedPairLossDb + splices * s.spliceLossDb;
  // (1e-9: the sum of floating-point terms, not a tolerance)
  if (lossDb <= budget.db + 1e-9) return null;
  return {
    rule: 'channel-loss',
    severity: 'error',
    objects: linkObjects(ctx, link, parts.cables),
    message:
      `Link ${linkName(ctx, link)} loses ${lossDb.toFixed(2)} dB, over the ${budget.db} dB ${parts.opticA.id} allows: ` +
      `${+(mm / 1000).toFixed(1)} m x ${perKm} dB/km = ${fibreDb.toFixed(2)} dB, ${pairs} mated pair(s) x ${s.matedPairLossDb} dB` +
      (splices ? `, ${splices} splice(s) x ${s.spliceLossDb} dB` : '') +
      '.',
    hint: `Fewer mated pairs (adapter panels instead of cassettes, fewer panels), low-loss connectors (set the loss per pair in the project settings), or optics with a larger budget. Budget: ${budget.source}`,
  };
});
