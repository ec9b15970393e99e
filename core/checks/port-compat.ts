import { fiberOpticProblem, mediaPortProblem, opticsPairProblem, portsSpeedProblem } from '../routing/compat.js';
import { isAssembly, resolveLink } from '../routing/link.js';
import type { Media } from '../model/entities.js';
import type { CheckObject, Rule, Violation } from './types.js';

export const portCompatRule: Rule = {
  id: 'port-compat',
  owner: 'cable',
  check(ctx, id) {
    const c = ctx.world.cables.get(id);
    if (!c) return [];
    const a = ctx.portSpec(c.aPortId);
    const b = ctx.portSpec(c.bPortId);
    if (!a || !b) return [];
    // object refs are built only when there is something to report
    const pa = () => ctx.ref.port(c.aPortId);
    const pb = () => ctx.ref.port(c.bPortId);
    const cable = () => ctx.ref.cable(c);
    const out: Violation[] = [];
    const add = (severity: Violation['severity'], objects: (() => CheckObject | null)[], message: string, hint: string) =>
      out.push({ rule: 'port-compat', severity, objects: objects.map((o) => o()).filter((o): o is CheckObject => !!o), message, hint });
    const speed = portsSpeedProblem(a, b);
    if (speed) add('error', [cable, pa, pb], `Cable ${c.label}: ${speed}.`, 'Connect ports of the same speed, or a port that breaks out to the other\'s speed.');
    const parts = resolveLink(c, ctx.world.media);
    const ends: [Media | null, typeof a, () => CheckObject | null][] = [
      [parts.opticA ?? (isAssembly(parts.cable) ? parts.cable : null), a, pa],
      [parts.opticB ?? (isAssembly(parts.cable) ? parts.cable : null), b, pb],
    ];
    for (const [m, spec, ref] of ends) {
      if (!m) continue;
      const p = mediaPortProblem(m, spec);
      if (!p) continue;
      add(
        p.what === 'lanes' ? 'warning' : 'error',
        [cable, ref],
        `Cable ${c.label} at ${ref()?.name ?? 'its port'}: ${p.what} mismatch, ${p.text}.`,
        p.what === 'form factor' ? 'Choose media with the port\'s connector (or run auto media).' : 'Choose media of the port\'s speed and lane count.',
      );
    }
    if (parts.opticA && parts.opticB) {
      const p = opticsPairProblem(parts.opticA, parts.opticB, a, b);
      if (p) add('error', [cable], `Cable ${c.label}: the two transceivers do not pair: ${p}.`, 'Use matching transceivers at both ends.');
    }
    if (parts.cable?.kind === 'fiber') {
      for (const o of [parts.opticA, parts.opticB]) {
        const p = o && fiberOpticProblem(parts.cable, o);
        if (p) add('error', [cable], `Cable ${c.label}: ${p}.`, 'Choose a fibre of the type and connector the transceivers need.');
      }
    }
    return out;
  },
};
