// The weight of the cables in each tray segment against the tray's rated load: sum of the cables'
// kg per metre (NVIDIA DGX SuperPOD H100 design: copper 0.045 kg/m, AOC and fibre 0.009 kg/m; a
// trunk's own figure where its media gives one; core/model/physical.ts) against ratedLoadKgPerM
// (default NEMA VE 1 class A, 74.4 kg/m = 50 lb/ft).
import { trayRatedLoadKgPerM } from '../model/physical.js';
import { NO_VIOLATIONS, type Rule, type Violation } from './types.js';

export const trayLoadRule: Rule = {
  id: 'tray-load',
  owner: 'tray',
  check(ctx, trayId) {
    const tray = ctx.world.trays.get(trayId);
    const load = ctx.trayLoadKgPerM(trayId);
    if (!tray || !load) return NO_VIOLATIONS;
    const rated = trayRatedLoadKgPerM(tray);
    const count = ctx.trayFill(trayId)?.count;
    const out: Violation[] = [];
    for (let s = 0; s < load.length; s++) {
      // (1e-9: the sum of floating-point terms, not a tolerance)
      if (load[s]! <= rated + 1e-9) continue;
      out.push({
        rule: 'tray-load',
        severity: 'error',
        objects: [ctx.ref.tray(tray)],
        message: `Tray ${tray.name} segment ${s + 1}: ${count?.[s] ?? '?'} cables weigh ${load[s]!.toFixed(1)} kg/m, over its rated ${rated} kg/m.`,
        hint: 'Use a tray of a heavier load class (NEMA VE 1 B 111.6 kg/m, C 148.8 kg/m) or shorter support spans, add a parallel tray, or route some cables another way.',
      });
    }
    return out.length ? out : NO_VIOLATIONS;
  },
};
