import { hasAnyMedia, resolveLink } from '../routing/link.js';
import { step } from './hint-steps.js';
import { NO_VIOLATIONS, type Rule } from './types.js';

export const noMediaRule: Rule = {
  id: 'no-media',
  owner: 'cable',
  classPure: 'cable', // it reads the cable's media combination alone
  check(ctx, id) {
    const c = ctx.world.cables.get(id);
    if (!c) return NO_VIOLATIONS;
    const parts = resolveLink(c, ctx.world.media);
    if (parts.missing.length > 0) {
      return [
        {
          rule: 'no-media',
          severity: 'error',
          objects: [ctx.ref.cable(c)],
          message: `Cable ${c.label} names media not in the catalog: ${parts.missing.join(', ')}.`,
          hint: 'Add the media to the catalog or choose another one.',
        },
      ];
    }
    if (!hasAnyMedia(parts)) {
      return [
        {
          rule: 'no-media',
          severity: 'warning',
          objects: [ctx.ref.cable(c)],
          message: `Cable ${c.label} has no media, so it cannot be ordered or checked for reach.`,
          hint: `Give it media: ${step('auto-media')}, or ${step('choose-media')}.`,
        },
      ];
    }
    if (!parts.cable && (parts.opticA || parts.opticB)) {
      return [
        {
          rule: 'no-media',
          severity: 'warning',
          objects: [ctx.ref.cable(c)],
          message: `Cable ${c.label} has transceivers but no fibre to order.`,
          hint: 'Set the cable\'s media to a fibre or patch cord that suits the transceivers.',
        },
      ];
    }
    return NO_VIOLATIONS;
  },
};
