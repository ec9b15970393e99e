import { NO_VIOLATIONS, type Rule, type Violation } from './types.js';

export const trayFillRule: Rule = {
  id: 'tray-fill',
  owner: 'tray',
  check(ctx, trayId) {
    const tray = ctx.world.trays.get(trayId);
    const fill = ctx.trayFill(trayId);
    if (!tray || !fill) return NO_VIOLATIONS;
    const usable = tray.widthMm * tray.depthMm * (ctx.settings.trayFillPct / 100);
    const out: Violation[] = [];
    for (let s = 0; s < fill.areaMm2.length; s++) {
      const area = fill.areaMm2[s]!;
      if (area <= usable) continue;
      const pct = (100 * area) / (tray.widthMm * tray.depthMm);
      out.push({
        rule: 'tray-fill',
        severity: 'error',
        objects: [ctx.ref.tray(tray)],
        message: `Tray ${tray.name} segment ${s + 1}: ${fill.count[s]} cables fill ${pct.toFixed(1)}% of its ${tray.widthMm} x ${tray.depthMm} mm section, over the ${ctx.settings.trayFillPct}% allowed (${Math.round(area)} of ${Math.round(usable)} mm2).`,
        hint: 'Widen or deepen the tray, add a parallel tray, or route some cables another way.',
      });
    }
    return out.length ? out : NO_VIOLATIONS;
  },
};
