// A link's channel passes at most `maxJunctions` patch panels and `maxMatedPairs` mated connector
// pairs (not counting the transceivers' own): NVIDIA states the reach of its NDR/XDR and 400/800G
// optics assuming two junctions, four mated pairs (docs/structured-cabling.md). An adapter panel
// is one mated pair, a cassette or module two.
import { junctionsOf, matedPairsOf } from '../routing/channel.js';
import { linkName, linkObjects, linkParts, linkRule } from './link-parts.js';

// Class-pure by link (rule-classes.ts): junctions and mated pairs, against the settings.
export const connectorCountRule = linkRule('connector-count', (ctx, link) => {
  const s = ctx.settings;
  const junctions = junctionsOf(link);
  const pairs = matedPairsOf(link);
  if (junctions <= s.maxJunctions && pairs <= s.maxMatedPairs) return null;
  const parts = linkParts(ctx, link);
  if (!parts) return null;
  return {
    rule: 'connector-count',
    severity: 'error',
    objects: linkObjects(ctx, link, parts.cables),
    message: `Link ${linkName(ctx, link)} passes ${junctions} patch panel(s) with ${pairs} mated connector pairs; optic reach assumes at most ${s.maxJunctions} junctions and ${s.maxMatedPairs} mated pairs.`,
    hint: 'Patch through fewer panels (adapter panels add one mated pair, cassettes two), or raise the limits in the project settings if your optics allow it.',
  };
}, 'link');
