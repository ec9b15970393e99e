// Lengths are stored as integer millimetres and device power as integer watts so that sums,
// comparisons and round trips through the project file are exact. Metres appear only at the
// edges (layout JSON, CLI output, UI labels).

export const MM_PER_M = 1000;
/** EIA-310 rack unit: 1.75 in. */
export const U_MM = 44.45;

export function mmFromM(m: number): number {
  return Math.round(m * MM_PER_M);
}

export function mFromMm(mm: number): number {
  return mm / MM_PER_M;
}

/** Metres with at most 3 decimals, for output where float noise would look wrong. */
export function roundM(m: number, decimals = 3): number {
  const f = 10 ** decimals;
  return Math.round(m * f) / f;
}

export function formatM(mm: number, decimals = 2): string {
  return `${(mm / MM_PER_M).toFixed(decimals)} m`;
}

export function formatW(w: number): string {
  return w >= 10_000 ? `${(w / 1000).toFixed(1)} kW` : `${Math.round(w)} W`;
}

/** Metres of a length that may be unknown (not routed yet). */
export function mOrNull(mm: number | null): number | null {
  return mm == null ? null : mFromMm(mm);
}

/** "2.5 m": at most 2 decimals, trailing zeros dropped, for messages. */
export function formatMCompact(mm: number): string {
  return `${+mFromMm(mm).toFixed(2)} m`;
}
