import { hasAnyMedia, resolveLink } from '../routing/link.js';
import type { Rule, Violation } from './types.js';

export const noMediaRule: Rule = {
  id: 'no-media',
  owner: 'cable',
  check(ctx, id) {
    const c = ctx.world.cables.get(id);
    if (!c) return [];
    const parts = resolveLink(c, ctx.world.media);
    const obj = () => [ctx.ref.cable(c)];
    const out: Violation[] = [];
    if (parts.missing.length > 0) {
      out.push({
        rule: 'no-media',
        severity: 'error',
        objects: obj(),
        message: `Cable ${c.label} names media not in the catalog: ${parts.missing.join(', ')}.`,
        hint: 'Add the media to the catalog or choose another one.',
      });
    } else if (!hasAnyMedia(parts)) {
      out.push({
        rule: 'no-media',
        severity: 'warning',
        objects: obj(),
        message: `Cable ${c.label} has no media, so it cannot be ordered or checked for reach.`,
        hint: 'Choose media in the inspector, or run `trayline route FILE --auto-media`.',
      });
    } else if (!parts.cable && (parts.opticA || parts.opticB)) {
      out.push({
        rule: 'no-media',
        severity: 'warning',
        objects: obj(),
        message: `Cable ${c.label} has transceivers but no fibre to order.`,
        hint: 'Set the cable\'s media to a fibre or patch cord that suits the transceivers.',
      });
    }
    return out;
  },
};
