// The built-in catalog as plain data, and lookups over any catalog (built-in or a project's).
import type { DeviceType, Media, PortTemplate } from '../model/entities.js';
import { DGX_TYPES } from './device-types/nvidia-dgx.js';
import { PASSIVE_TYPES } from './device-types/passive.js';
import { SWITCH_TYPES } from './device-types/switches.js';
import { CABLES_AND_OPTICS } from './media/cables-and-optics.js';
import { FIBRE } from './media/fibre.js';
import { PER_FIBRE } from './media/per-fibre.js';
import { builtinPrice, priceSourceText } from './prices.js';
import type { BuiltinDeviceType, BuiltinMedia, DeviceFigure } from './types.js';

export type { BuiltinDeviceType, BuiltinMedia, CatalogPortGroup, DeviceFigure } from './types.js';

/** A built-in entry with its default price from prices.ts (which wins over a price written inline). */
function priced<T extends { unitCostUsd?: number | null; costSource?: string | null; costEstimate?: boolean }>(key: string, x: T): T {
  const p = builtinPrice(key);
  return p ? { ...x, unitCostUsd: p.usd, costSource: priceSourceText(p), costEstimate: p.estimate } : x;
}

export const BUILTIN_DEVICE_TYPES: readonly BuiltinDeviceType[] = [...DGX_TYPES, ...SWITCH_TYPES, ...PASSIVE_TYPES].map((t) => priced(t.slug, t));
export const BUILTIN_MEDIA: readonly BuiltinMedia[] = [...CABLES_AND_OPTICS, ...PER_FIBRE, ...FIBRE].map((m) => priced(m.id, m));

/** Expands port groups into port templates, in order. */
export function portTemplates(t: Pick<BuiltinDeviceType, 'portGroups'>): PortTemplate[] {
  return t.portGroups.flatMap((g) =>
    g.names.map((name) => ({
      name,
      kind: g.kind ?? 'interface',
      formFactor: g.formFactor,
      speedGbps: g.speedGbps,
      lanes: g.lanes,
      face: g.face,
      breakouts: g.breakouts ?? [],
    })),
  );
}

/** One line per figure ("maxPowerW: <source>"), for the device type's source column. */
export function sourceText(t: Pick<BuiltinDeviceType, 'sources'>): string {
  return (Object.entries(t.sources) as [DeviceFigure, string][]).map(([k, v]) => `${k}: ${v}`).join('\n');
}

/** A built-in device type as the model's DeviceType (without id). */
export function toDeviceType(t: BuiltinDeviceType): Omit<DeviceType, 'id'> {
  const { portGroups: _p, sources: _s, gaps, notes, partNumber, ...rest } = t;
  return {
    ...rest,
    source: sourceText(t),
    origin: 'builtin',
    ports: portTemplates(t),
    partNumber: partNumber ?? null,
    gaps,
    notes: notes ?? null,
    unitCostUsd: t.unitCostUsd ?? null,
    costSource: t.costSource ?? null,
    costEstimate: t.costEstimate ?? false,
  };
}

/** A built-in media entry as the model's Media. */
export function toMedia(m: BuiltinMedia): Media {
  return { ...m, standard: m.standard ?? null, notes: m.notes ?? null, costSource: m.costSource ?? null, costEstimate: m.costEstimate ?? false };
}

export function findBuiltinDeviceType(slug: string): BuiltinDeviceType | undefined {
  return BUILTIN_DEVICE_TYPES.find((t) => t.slug === slug);
}

export function findBuiltinMedia(id: string): BuiltinMedia | undefined {
  return BUILTIN_MEDIA.find((m) => m.id === id);
}

/** Media that fit a port: same form factor family and speed, or a fibre assembly for its connector. */
export function mediaForPort(media: readonly Media[], port: Pick<PortTemplate, 'formFactor' | 'speedGbps'>): Media[] {
  const ff = port.formFactor.toUpperCase();
  return media.filter((m) => m.speedGbps === port.speedGbps && m.formFactor.toUpperCase().includes(ff));
}
