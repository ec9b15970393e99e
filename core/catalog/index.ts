// The built-in catalog as plain data, and lookups over any catalog (built-in or a project's).
import type { DeviceType, Media, PortTemplate } from '../model/entities.js';
import { DGX_B300 } from './device-types/dgx-b300.js';
import { DGX_TYPES } from './device-types/nvidia-dgx.js';
import { PASSIVE_TYPES } from './device-types/passive.js';
import { QUANTUM_X800_TYPES } from './device-types/quantum-x800.js';
import { RACK_SCALE_TYPES } from './device-types/rack-scale.js';
import { STRUCTURED_TYPES } from './device-types/structured.js';
import { TRUNKS_AND_HARNESSES } from './media/trunks.js';
import { SWITCH_TYPES } from './device-types/switches.js';
import { CABLES_AND_OPTICS } from './media/cables-and-optics.js';
import { FIBRE } from './media/fibre.js';
import { OPTICS_1600G } from './media/optics-1600g.js';
import { PER_FIBRE } from './media/per-fibre.js';
import { builtinPrice, priceSourceText } from './prices.js';
import type { BuiltinDeviceType, BuiltinMedia, DeviceFigure } from './types.js';

export type { BuiltinDeviceType, BuiltinMedia, CatalogPortGroup, DeviceFigure } from './types.js';

/** A built-in entry with its default price from prices.ts, the one home of default prices. */
function priced<T extends { unitCostUsd?: number | null; costSource?: string | null; costEstimate?: boolean }>(key: string, x: T): T {
  const p = builtinPrice(key);
  return p ? { ...x, unitCostUsd: p.usd, costSource: priceSourceText(p), costEstimate: p.estimate } : x;
}

/**
 * A built-in media entry priced: a made assembly (trunk, harness, jumper) also gets the price in
 * its assembly spec (base, and per metre when made to length), which media choice, compare and the
 * BOM price it by (routing/link.ts assemblyCostUsd), never a per-piece price times metres.
 */
function pricedMedia(m: BuiltinMedia): BuiltinMedia {
  const p = builtinPrice(m.id);
  const out = priced(m.id, m);
  if (p?.perMUsd != null && !m.assembly) throw new Error(`prices.ts: ${m.id} has a price per metre but no assembly spec to carry it`);
  return p && m.assembly ? { ...out, assembly: { ...m.assembly, costBaseUsd: p.usd, costPerMUsd: p.perMUsd ?? null } } : out;
}

export const BUILTIN_DEVICE_TYPES: readonly BuiltinDeviceType[] = [
  ...DGX_TYPES,
  DGX_B300,
  ...RACK_SCALE_TYPES,
  ...SWITCH_TYPES,
  ...QUANTUM_X800_TYPES,
  ...PASSIVE_TYPES,
  ...STRUCTURED_TYPES,
].map((t) => priced(t.slug, t));
export const BUILTIN_MEDIA: readonly BuiltinMedia[] = [...CABLES_AND_OPTICS, ...OPTICS_1600G, ...PER_FIBRE, ...FIBRE, ...TRUNKS_AND_HARNESSES].map(pricedMedia);

/** Expands port groups into port templates, in order. */
export function portTemplates(t: Pick<BuiltinDeviceType, 'portGroups'>): PortTemplate[] {
  return t.portGroups.flatMap((g) =>
    g.names.map((name, i) => {
      const p: PortTemplate = {
        name,
        kind: g.kind ?? 'interface',
        formFactor: g.formFactor,
        speedGbps: g.speedGbps,
        lanes: g.lanes,
        face: g.face,
        breakouts: g.breakouts ?? [],
        ...portFlags(g),
      };
      const r = g.rear?.[i];
      if (r) {
        p.rearPort = r.port;
        p.rearPosition = r.position;
      }
      if (g.positions != null) p.positions = g.positions;
      return p;
    }),
  );
}

/** The port flags that are set, and only those: a plain port stays { name, kind, ... breakouts }. */
export function portFlags(p: Pick<PortTemplate, 'mgmtOnly' | 'lpoCapable' | 'cpo' | 'singlePort'>): Pick<PortTemplate, 'mgmtOnly' | 'lpoCapable' | 'cpo' | 'singlePort'> {
  return {
    ...(p.mgmtOnly ? { mgmtOnly: true } : {}),
    ...(p.lpoCapable ? { lpoCapable: true } : {}),
    ...(p.cpo ? { cpo: true } : {}),
    ...(p.singlePort ? { singlePort: true } : {}),
  };
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
    ...physicsDefaults(rest),
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

/** The cooling, PSU and rack-scale fields with their "not published" values filled in. */
export function physicsDefaults(t: Partial<DeviceType>): Required<Pick<DeviceType, 'coolingKind' | 'psuCount' | 'psuRatingW' | 'psuRedundancy' | 'rackScale' | 'nvlinkDomainGpus' | 'parts'>> {
  return {
    coolingKind: t.coolingKind ?? null,
    psuCount: t.psuCount ?? null,
    psuRatingW: t.psuRatingW ?? null,
    psuRedundancy: t.psuRedundancy ?? null,
    rackScale: t.rackScale ?? false,
    nvlinkDomainGpus: t.nvlinkDomainGpus ?? null,
    parts: t.parts ?? [],
  };
}

/** A built-in media entry as the model's Media. */
export function toMedia(m: BuiltinMedia): Media {
  return { ...m, unitCostUsd: m.unitCostUsd ?? null, standard: m.standard ?? null, notes: m.notes ?? null, costSource: m.costSource ?? null, costEstimate: m.costEstimate ?? false, linear: m.linear ?? null };
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
