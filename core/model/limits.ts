// The bounds every input is checked against (layout JSON, NetBox files, devicetype-library YAML,
// as-built captures, CLI flags, API arguments), so that no file or call can make Trayline run out
// of memory or time, and no number is stored that does not come back the same (1e308 m becomes
// Infinity mm, which JSON writes as null). These are Trayline's own bounds, not published figures:
// each is far above any real hall and below what a 2-core laptop with 2 GB to spare handles (the
// worst accepted inputs are measured in docs/limits.md). An input beyond one is refused with one
// line naming the field and the bound.

export const LIMITS = {
  /** Longest side of a hall, m. */
  hallSideM: 2_000,
  /** Floor tile side, m: 0.1 m keeps a 2 km hall at 20,000 grid lines per side in a drawing. */
  tileMinM: 0.1,
  tileMaxM: 10,
  /** |x| and |y| of anything placed in a hall (racks, tray points), m. */
  coordM: 2_000,
  /** Rack width or depth, m. */
  rackSideM: 10,
  /** Rack height, U (EIA-310 racks go to about 58U). */
  rackHeightU: 60,
  /** One rack's power budget or cooling, kW. */
  rackPowerKw: 10_000,
  /** An empty cabinet's weight, kg. */
  rackWeightKg: 10_000,
  /** One CDU's cooling capacity, kW. */
  cduKw: 100_000,
  /** Tray height above the floor, m; width and depth, mm; corner points per tray. */
  trayHeightM: 100,
  trayWidthMm: 5_000,
  trayDepthMm: 2_000,
  trayPoints: 1_000,
  /** A cable's fixed length, m (single-mode runs reach tens of km). */
  cableLengthM: 100_000,
  /** A power feed's voltage, V, and current, A. */
  feedVoltageV: 100_000,
  feedAmps: 100_000,
  /** A device type's height, U, ports (and passive positions), weight, kg, and power, W. */
  deviceHeightU: 100,
  devicePorts: 10_000,
  portPositions: 1_024,
  deviceWeightKg: 100_000,
  devicePowerW: 10_000_000,
  /** A port's speed, Gb/s, and lanes. */
  portSpeedGbps: 100_000,
  portLanes: 1_024,
  /** A unit price, USD. */
  priceUsd: 1e9,
  /** Lengths in the project settings (slack, service loop, ...), mm. */
  settingMm: 100_000,
  /** Characters in a name (racks, devices, cables, ...) and in other text fields. */
  nameChars: 200,
  textChars: 10_000,
  /** Nesting of a JSON or YAML document (layout JSON is 4 deep, NetBox exports about 6). */
  jsonDepth: 64,
  /** Bytes of one input file (layout JSON, NetBox export, YAML, as-built capture). */
  fileBytes: 256 * 1024 * 1024,
  /**
   * Records in one table file (a NetBox racks/devices/cables export, a p2p sheet): a 131,072-GPU
   * hall has about 400,000 cables. Reading 500,000 CSV rows took 0.9 GB here, 1,000,000 took 3 GB.
   */
  tableRows: 500_000,
  /** Entries of one layout JSON section (racks, devices, cables ...). */
  layoutItems: 1_000_000,
  /** GPUs of one generated or compared fabric. */
  gpus: 131_072,
  /** Any other count an engineer gives the generator (servers per rack, scalable units, p, a, h ...). */
  fabricCount: 100_000,
  /** Switch radix. */
  radix: 2_048,
  /** Problems listed in one message before "... and N more". */
  listedProblems: 100,
} as const;

/** "1,000,000" for messages. */
export const fmtLimit = (n: number): string => n.toLocaleString('en-US');

/**
 * The nesting depth of JSON text beyond `max`, scanned without parsing (a parser or a validator
 * walking 100,000 nested arrays overflows the stack or runs out of memory); returns the 1-based
 * line where the nesting first passes `max`, or null when it never does.
 */
export function jsonTooDeep(text: string, max: number = LIMITS.jsonDepth): number | null {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return line;
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}
