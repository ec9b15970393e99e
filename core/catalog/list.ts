// The compact catalog listing printed by `trayline catalog list --json` (and shown in tables).
import type { DeviceType, Media, PortTemplate } from '../model/entities.js';
import { physicsDefaults, portFlags } from './index.js';

export interface CatalogListing {
  deviceTypes: {
    slug: string;
    manufacturer: string;
    model: string;
    role: DeviceType['role'];
    uHeight: number;
    maxPowerW: number | null;
    typicalPowerW: number | null;
    weightKg: number | null;
    coolingKind: DeviceType['coolingKind'];
    psuCount: number | null;
    psuRatingW: number | null;
    psuRedundancy: DeviceType['psuRedundancy'];
    rackScale: boolean;
    nvlinkDomainGpus: number | null;
    parts: NonNullable<DeviceType['parts']>;
    origin: DeviceType['origin'];
    ports: ({ name: string; kind: string; formFactor: string; speedGbps: number; lanes: number; face: string } & Pick<PortTemplate, 'mgmtOnly' | 'lpoCapable' | 'cpo' | 'singlePort'>)[];
    gaps: string[];
    source: string;
    unitCost: number | null;
    costEstimate: boolean;
    costSource: string | null;
  }[];
  media: {
    id: string;
    kind: Media['kind'];
    name: string;
    speedGbps: number;
    formFactor: string;
    lanes: number;
    fiber: Media['fiber'];
    connector: string;
    maxReachM: number;
    powerW: number | null;
    linear: Media['linear'];
    /** Per item; for a made assembly priced per metre, the base of one assembly (see perMUsd). */
    unitCost: number | null;
    /** A made assembly's price per metre of ordered length (added to unitCost per assembly); null otherwise. */
    perMUsd: number | null;
    costEstimate: boolean;
    costSource: string | null;
    lengthsM: number[];
    diameterMm: number | null;
    source: string;
  }[];
}

export function catalogListing(deviceTypes: readonly DeviceType[], media: readonly Media[]): CatalogListing {
  return {
    deviceTypes: deviceTypes.map((t) => ({
      slug: t.slug,
      manufacturer: t.manufacturer,
      model: t.model,
      role: t.role,
      uHeight: t.uHeight,
      maxPowerW: t.maxPowerW,
      typicalPowerW: t.typicalPowerW,
      weightKg: t.weightKg,
      ...physicsDefaults(t),
      origin: t.origin,
      ports: t.ports.map((p) => ({ name: p.name, kind: p.kind, formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, face: p.face, ...portFlags(p) })),
      gaps: t.gaps ?? [],
      source: t.source,
      unitCost: t.unitCostUsd ?? null,
      costEstimate: t.costEstimate ?? false,
      costSource: t.costSource ?? null,
    })),
    media: media.map((m) => ({
      id: m.id,
      kind: m.kind,
      name: m.name,
      speedGbps: m.speedGbps,
      formFactor: m.formFactor,
      lanes: m.lanes,
      fiber: m.fiber,
      connector: m.connector,
      maxReachM: m.maxReachM,
      powerW: m.powerW,
      linear: m.linear ?? null,
      unitCost: m.unitCostUsd,
      perMUsd: m.assembly?.costPerMUsd ?? null,
      costEstimate: m.costEstimate ?? false,
      costSource: m.costSource ?? null,
      lengthsM: m.lengthsM,
      diameterMm: m.diameterMm,
      source: m.source,
    })),
  };
}
