// InfiniBand link rates: an active link is a width (1x, 2x, 4x, 8x, 12x lanes) at a per-lane
// data rate named by generation. ibnetdiscover writes them as "4xNDR", ibdiagnet's topo file as
// "-4x-100G->". Nominal per-lane rates from the InfiniBand Trade Association roadmap
// (https://www.infinibandta.org/infiniband-roadmap/): 4x EDR = 100 Gb/s, 4x HDR = 200 Gb/s,
// 4x NDR = 400 Gb/s, 4x XDR = 800 Gb/s.

export const LANE_GBPS: Readonly<Record<string, number>> = {
  SDR: 2.5,
  DDR: 5,
  QDR: 10,
  FDR10: 10,
  FDR: 14,
  EDR: 25,
  HDR: 50,
  NDR: 100,
  XDR: 200,
};

export interface LinkRate {
  width: number;
  laneGbps: number;
  /** As the source wrote it: "4xNDR", "4x-50G". */
  label: string;
}

export const rateGbps = (r: LinkRate) => r.width * r.laneGbps;

/** "4xNDR" (ibnetdiscover); null when the text is not a known rate. */
export function parseIbRate(text: string): LinkRate | null {
  const m = /^(\d+)x([A-Z]+\d*)$/i.exec(text.trim());
  const lane = m ? LANE_GBPS[m[2]!.toUpperCase()] : undefined;
  return m && lane !== undefined ? { width: Number(m[1]), laneGbps: lane, label: `${m[1]}x${m[2]!.toUpperCase()}` } : null;
}

/** "4x" and "50G" as ibdiagnet's topo file writes a link ("-4x-50G->"). */
export function rateFromLane(width: number, laneGbps: number): LinkRate {
  return { width, laneGbps, label: `${width}x-${laneGbps}G` };
}

/** The generation name of a per-lane rate ("NDR" for 100 Gb/s), or null. FDR10 is never chosen over QDR. */
export function laneName(laneGbps: number): string | null {
  for (const [name, g] of Object.entries(LANE_GBPS)) if (g === laneGbps && name !== 'FDR10') return name;
  return null;
}
