// A port split by a breakout into sub-ports (an 800G OSFP cage run as 2 x 400G), one rule for the
// generator (fabric/hardware.ts) and the NetBox import (a cable on swp1s0 splits swp1).
import type { Breakout } from './entities.js';

/** Sub-port names follow the Cumulus/SONiC convention: swp1 split in two is swp1s0, swp1s1. */
export function breakoutName(parent: string, lane: number): string {
  return `${parent}s${lane}`;
}

/** The sub-ports a breakout makes of a port: its name with the lane, the breakout's speed, the
 * port's lanes shared out; each takes no further breakout. */
export function breakoutPorts<P extends { name: string; speedGbps: number; lanes: number; breakouts: Breakout[] }>(p: P, b: Breakout): P[] {
  const out: P[] = [];
  for (let i = 0; i < b.count; i++) out.push({ ...p, name: breakoutName(p.name, i), speedGbps: b.speedGbps, lanes: Math.max(1, Math.floor(p.lanes / b.count)), breakouts: [] });
  return out;
}
