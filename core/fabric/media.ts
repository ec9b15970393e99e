// Media choice for fabric previews and summaries: the catalog media that carries the link speed,
// fits both port cages, and reaches the cable's length (stock lengths for assemblies), cheapest or
// lowest-power first. After generation the routing engine chooses again on routed lengths.
import type { Media } from '../model/entities.js';

export type MediaPolicy = 'cheapest' | 'power';

const ASSEMBLY = new Set(['dac', 'acc', 'aec', 'aoc']);

function fitsCage(m: Media, formFactor: string): boolean {
  const want = formFactor.toUpperCase();
  return m.formFactor
    .toUpperCase()
    .split(/[^A-Z0-9-]+/)
    .some((tok) => tok === want);
}

/** Ends of a cable that need a pluggable optic (a transceiver link has two; assemblies none). */
export function opticsPerCable(m: Media): number {
  return m.kind === 'transceiver' ? 2 : 0;
}

/** Watts drawn by one cable: both optics, or both active ends of an active assembly. */
export function cablePowerW(m: Media): number {
  return (m.powerW ?? 0) * (m.kind === 'dac' || m.kind === 'fiber' ? 0 : 2);
}

/** Price of one cable: two optics for a transceiver link, one assembly otherwise. */
export function cableCostUsd(m: Media): number | null {
  if (m.unitCostUsd === null) return null;
  return m.kind === 'transceiver' ? 2 * m.unitCostUsd : m.unitCostUsd;
}

export function reaches(m: Media, lengthMm: number): boolean {
  const needM = lengthMm / 1000;
  if (ASSEMBLY.has(m.kind) && m.lengthsM.length > 0) return m.lengthsM.some((l) => l >= needM) && m.maxReachM >= needM;
  return m.maxReachM >= needM;
}

export class MediaChooser {
  private byKey = new Map<string, Media[]>();
  constructor(
    private readonly media: readonly Media[],
    private readonly policy: MediaPolicy,
  ) {}

  /** Candidates for a speed and pair of cages, best first under the policy. */
  candidates(speedGbps: number, ffA: string, ffB: string): Media[] {
    const key = `${speedGbps}|${ffA}|${ffB}`;
    let list = this.byKey.get(key);
    if (!list) {
      list = this.media.filter((m) => m.kind !== 'fiber' && m.speedGbps === speedGbps && fitsCage(m, ffA) && fitsCage(m, ffB));
      const cost = (m: Media) => cableCostUsd(m) ?? Number.POSITIVE_INFINITY;
      list.sort((x, y) =>
        this.policy === 'power'
          ? cablePowerW(x) - cablePowerW(y) || cost(x) - cost(y) || x.id.localeCompare(y.id)
          : cost(x) - cost(y) || cablePowerW(x) - cablePowerW(y) || x.id.localeCompare(y.id),
      );
      this.byKey.set(key, list);
    }
    return list;
  }

  choose(speedGbps: number, ffA: string, ffB: string, lengthMm: number): Media | null {
    for (const m of this.candidates(speedGbps, ffA, ffB)) if (reaches(m, lengthMm)) return m;
    return null;
  }
}
