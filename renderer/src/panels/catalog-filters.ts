// Search and filters for the catalog browser, as plain functions (no React) so they stay simple
// to reason about: what a filter offers is derived from the catalog itself.
import type { DeviceType, Media } from '../../../core/model/entities.js';

export interface MediaFilter {
  q: string;
  kind: string;
  speed: string;
  formFactor: string;
  vendor: string;
}

export interface DeviceFilter {
  q: string;
  vendor: string;
  role: string;
  speed: string;
  formFactor: string;
}

export const ALL = '';

/** Cage and connector names inside a free-text form factor such as "QSFP-DD/OSFP twin-port". */
export function formFactorTokens(ff: string): string[] {
  return ff
    .split(/[\s/(),>]+/)
    .map((t) => t.replace(/[^A-Za-z0-9+-]/g, ''))
    .filter((t) => /^(OSFP|QSFP|SFP|LC|MPO|RJ45|CFP)/i.test(t))
    .map((t) => t.toUpperCase());
}

/** Who defines a media entry: a vendor part family, or a standard / generic assembly. */
export function mediaVendor(m: Media): string {
  if (/^nvidia/i.test(m.id) || /^nvidia/i.test(m.name)) return 'NVIDIA';
  if (m.kind === 'fiber') return 'Generic';
  if (/IEEE|802\.3/i.test(m.standard ?? '') || /BASE/.test(m.id)) return 'IEEE';
  return 'MSA / vendor-neutral';
}

const sortedUnique = <T>(xs: T[], cmp?: (a: T, b: T) => number): T[] => [...new Set(xs)].sort(cmp);
const num = (a: number, b: number) => a - b;

export function mediaOptions(media: readonly Media[]) {
  return {
    kinds: sortedUnique(media.map((m) => m.kind)),
    speeds: sortedUnique(media.map((m) => m.speedGbps), num),
    formFactors: sortedUnique(media.flatMap((m) => formFactorTokens(m.formFactor))),
    vendors: sortedUnique(media.map(mediaVendor)),
  };
}

export function deviceOptions(types: readonly DeviceType[]) {
  const data = (t: DeviceType) => t.ports.filter((p) => p.speedGbps > 0);
  return {
    vendors: sortedUnique(types.map((t) => t.manufacturer)),
    roles: sortedUnique(types.map((t) => t.role)),
    speeds: sortedUnique(types.flatMap((t) => data(t).map((p) => p.speedGbps)), num),
    formFactors: sortedUnique(types.flatMap((t) => t.ports.map((p) => p.formFactor.toUpperCase())).filter((f) => f !== 'UNKNOWN')),
  };
}

const matchesText = (q: string, ...fields: (string | null | undefined)[]) => {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const hay = fields.filter(Boolean).join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
};

export function filterMedia(media: readonly Media[], f: MediaFilter): Media[] {
  return media.filter(
    (m) =>
      matchesText(f.q, m.id, m.name, m.formFactor, m.connector, m.fiber, m.standard, m.kind) &&
      (f.kind === ALL || m.kind === f.kind) &&
      (f.speed === ALL || m.speedGbps === Number(f.speed)) &&
      (f.formFactor === ALL || formFactorTokens(m.formFactor).includes(f.formFactor)) &&
      (f.vendor === ALL || mediaVendor(m) === f.vendor),
  );
}

export function filterDeviceTypes(types: readonly DeviceType[], f: DeviceFilter): DeviceType[] {
  return types.filter(
    (t) =>
      matchesText(f.q, t.manufacturer, t.model, t.slug, t.role, t.partNumber) &&
      (f.vendor === ALL || t.manufacturer === f.vendor) &&
      (f.role === ALL || t.role === f.role) &&
      (f.speed === ALL || t.ports.some((p) => p.speedGbps === Number(f.speed))) &&
      (f.formFactor === ALL || t.ports.some((p) => p.formFactor.toUpperCase() === f.formFactor)),
  );
}

/** "64 x 800G OSFP, 1 x 1G RJ45": port templates grouped by speed and cage. */
export function portSummary(t: DeviceType): string {
  const groups = new Map<string, number>();
  for (const p of t.ports) {
    const key = p.speedGbps > 0 ? `${p.speedGbps >= 1 ? p.speedGbps : p.speedGbps * 1000 + 'M'}G ${p.formFactor}`.replace('MG', 'M') : `${p.formFactor} ${p.kind === 'interface' ? '' : p.kind}`.trim();
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([k, n]) => `${n} x ${k}`).join(', ') || 'no ports';
}
