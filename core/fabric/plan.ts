// Turns fabric inputs into a complete plan: the logical topology, the racks and trays on the
// floor, every cable with its two port indexes, and the summary a user compares architectures by.
// Pure: the same inputs and catalog always give the same plan.
import { step } from '../checks/hint-steps.js';
import { DEFAULT_SETTINGS, type DeviceType, type Media } from '../model/entities.js';
import { cableKgPerM } from '../model/physical.js';
import { costSplit, type CostSplit } from '../economics/cost.js';
import { failureExposure, type FailureExposure } from '../economics/failures.js';
import { ratesOf, type FailureRates } from '../economics/rates.js';
import { buildArch, type ArchResult } from './archs.js';
import { FabricInputError, serverFacts, switchFacts, type LogicalPort, type ServerFacts, type SwitchFacts } from './hardware.js';
import { fabricInputsSchema, type FabricInputs, type FabricInputsIn } from './inputs.js';
import { fewerServersNote, placeFabric, sizeTrays, type Placement } from './layout.js';
import { estimatePath } from './path-estimate.js';
import { rateTrays } from './tray-classes.js';
import { cduNote, DEFAULT_CDU, type PlanCdu } from './cdus.js';
import { floorLoadNote } from './floor-note.js';
import { linkTotals } from './link-totals.js';
import { DEFAULT_COPPER_DIAMETER_MM, DEFAULT_OPTICAL_DIAMETER_MM } from '../routing/link.js';
import { chooseMedia, portSpecKey, type MediaOption } from '../routing/media-choice.js';
import type { StructuredPlan } from './structured.js';
import { trunkTotals } from './structured-media.js';
import { panelUPerSwitch, patchPanel, planStructuredCabling } from './structured-plan.js';

export interface FabricCatalog {
  deviceTypes: readonly DeviceType[];
  media: readonly Media[];
  /** Project settings used for length estimates and media choice (the routing engine's allowances). */
  slackMm?: number;
  serviceLoopMm?: number;
  faceCrossingMm?: number;
  mediaPolicy?: 'cheapest' | 'power';
  /** Usable share of a tray's section, percent (project setting; default 50). */
  trayFillPct?: number;
  /** The project's failure rates (defaults: DEFAULT_SETTINGS, sources in docs/economics.md). */
  failureRates?: FailureRates;
  /** The project's floor rating, kg/m2 (a generated hall gives none of its own). */
  floorRatingKgM2?: number;
}

export interface FabricSummary {
  arch: FabricInputs['arch'];
  gpus: number;
  servers: number;
  endpoints: number;
  /** Switch ports used at the NIC speed, and compute NICs (rails) per server. */
  radix: number;
  rails: number;
  tiers: number;
  scalableUnits: number | null;
  oversubscription: number | null;
  dragonfly: ArchResult['dragonfly'];
  switches: { leaf: number; spine: number; core: number; total: number } | { routers: number; total: number };
  links: { byTier: Record<string, number>; total: number };
  racks: number;
  rows: number;
  hall: { widthMm: number; depthMm: number };
  /** Links per media ("optic over fibre" or the assembly); "unassigned" where no catalog media carries the link. */
  cablesByMedia: Record<string, number>;
  /** Cable assemblies and fibre cords per media id. */
  cables: Record<string, number>;
  /** Structured cabling: links through panels and trunks, trunks (also counted in `cables`) and panels; null when direct. */
  structured: { cabling: FabricInputs['cabling']; links: number; trunks: number; panels: number; panelType: string; trunksByMedia: Record<string, number> } | null;
  /** Transceiver modules per optic id (a twin-port module serving two links counts once). */
  optics: Record<string, number>;
  transceivers: number;
  /** Network power: switches at their maximum plus optics and active cable ends, W. */
  powerW: number;
  power: { switchesW: number; opticsW: number; perGpuW: number };
  /** Network cost: switches plus cables and optics, USD (cost.totalUsd). */
  costUsd: number;
  costPerGpuUsd: number;
  /** False when a switch or media price is unknown and left out of costUsd (cost.missing says which). */
  costComplete: boolean;
  cost: CostSplit;
  failures: FailureExposure;
  notes: string[];
}

export interface FabricPlan {
  inputs: FabricInputs;
  arch: ArchResult;
  server: ServerFacts;
  sw: SwitchFacts;
  placement: Placement;
  /** Per cable: the logical port index on each end's device port list. */
  portA: Int32Array;
  portB: Int32Array;
  lengthMm: Int32Array;
  /** The routing engine's media choice on the estimated length; null where nothing fits. For a
   * structured link: its transceivers and jumper cord (structured-media.ts). */
  media: (MediaOption | null)[];
  /** Panels, trunks and positions of the structured links; null with `cabling: direct`. */
  structured: StructuredPlan | null;
  /** The in-row CDUs of the liquid-cooled racks, and each rack's (-1: air-cooled). */
  cdus: PlanCdu[];
  cduOf: Int32Array;
  /** Notes on the plan itself (architecture, structured cabling, tray estimates); the summary
   * adds its own on prices, power and media. */
  notes: string[];
}

/** A plan with the counts, costs and failure exposure of the media its links have now. */
export interface SummarizedPlan extends FabricPlan {
  summary: FabricSummary;
}

export { mediaKey } from './link-totals.js';

export function parseFabricInputs(raw: unknown): FabricInputs {
  return fabricInputsSchema.parse(raw);
}

function findType(types: readonly DeviceType[], slug: string, field: string): DeviceType {
  const t = types.find((x) => x.slug === slug);
  if (!t) throw new FabricInputError(`no device type ${JSON.stringify(slug)} in the catalog`, field);
  return t;
}

export function devicePorts(plan: Pick<FabricPlan, 'server' | 'sw'>, role: string): LogicalPort[] {
  return role === 'server' ? plan.server.ports : plan.sw.ports;
}

/** The ports at both ends of link i, as one pair that the next call overwrites (read at once:
 * asked for each of 98,304 links three times per generation, a new pair each time was 10 MB for
 * the collector, and destructuring it an iterator more). */
function linkPorts(plan: Pick<FabricPlan, 'arch' | 'server' | 'sw' | 'portA' | 'portB'>): (i: number) => [LogicalPort, LogicalPort] {
  const t = plan.arch.topo;
  const pair: [LogicalPort, LogicalPort] = [plan.server.ports[0]!, plan.server.ports[0]!];
  return (i) => {
    pair[0] = devicePorts(plan, t.devices[t.a[i]!]!.role)[plan.portA[i]!]!;
    pair[1] = devicePorts(plan, t.devices[t.b[i]!]!.role)[plan.portB[i]!]!;
    return pair;
  };
}

/** The GPUs of a plan: as asked, or every server's. */
export function planGpus(plan: Pick<FabricPlan, 'inputs' | 'arch' | 'server'>): number {
  return plan.inputs.gpus ?? plan.arch.servers * plan.server.gpusPerServer;
}

export function planFabric(rawInputs: FabricInputs | FabricInputsIn, catalog: FabricCatalog): SummarizedPlan {
  return summarizePlan(planWithoutSummary(rawInputs, catalog), catalog);
}

/**
 * The plan without its summary: for a generation that routes, whose summary counts the media
 * re-chosen on the routed lengths (summarizing the estimate first cost ~100 ms at 32k GPUs, then
 * thrown away).
 */
export function planWithoutSummary(rawInputs: FabricInputs | FabricInputsIn, catalog: FabricCatalog): FabricPlan {
  const inputs = fabricInputsSchema.parse(rawInputs);
  const server = serverFacts(findType(catalog.deviceTypes, inputs.server, 'server'), inputs);
  const sw = switchFacts(findType(catalog.deviceTypes, inputs.switch, 'switch'), server.nicSpeedGbps, inputs.radix);
  const rails = server.nicIdx.length;
  const arch = buildArch(inputs, { radix: sw.radix, rails, gpusPerServer: server.gpusPerServer });
  const serverSize = { uHeight: server.type.uHeight, powerW: server.powerW, nics: rails, liquid: server.type.coolingKind === 'liquid' };
  const placement = placeFabric(arch.topo, inputs, serverSize, { uHeight: sw.type.uHeight, powerW: sw.powerW, panelU: panelUPerSwitch(inputs, catalog, sw), liquid: sw.type.coolingKind === 'liquid' }, patchPanel(inputs, catalog));

  const t = arch.topo;
  const n = t.linkCount;
  const portA = new Int32Array(n);
  const portB = new Int32Array(n);
  const lengthMm = new Int32Array(n);
  const media: (MediaOption | null)[] = new Array(n);
  const policy = inputs.mediaPolicy ?? catalog.mediaPolicy ?? 'cheapest';
  const allow = {
    slackMm: catalog.slackMm ?? DEFAULT_SETTINGS.slackMm,
    serviceLoopMm: catalog.serviceLoopMm ?? DEFAULT_SETTINGS.serviceLoopMm,
    faceCrossingMm: catalog.faceCrossingMm ?? DEFAULT_SETTINGS.faceCrossingMm,
  };
  const toPort = (dev: number, ordinal: number): number => {
    if (t.devices[dev]!.role === 'server') return server.nicIdx[ordinal]!;
    const p = sw.fabricIdx[ordinal];
    if (p === undefined) throw new Error(`internal: ${t.devices[dev]!.name} has no fabric port ${ordinal}`);
    return p;
  };
  // The same media choice the routing engine makes, cached per pair of port kinds and 0.5 m of length (rounded up)
  // (a 100,000-cable fabric has only a few hundred distinct cases).
  // (keyed by number: the two ports' kinds as interned spec indexes and the half-metre bucket,
  // not a string built per link)
  const choices = new Map<number, MediaOption | null>();
  const mediaById = new Map(catalog.media.map((m) => [m.id, m]));
  // (the chooser's own key: ports alike to it share a choice)
  const srvSpec = server.ports.map(portSpecKey);
  const swSpec = sw.ports.map(portSpecKey);
  const specIds = new Map<string, number>();
  const intern = (x: string) => specIds.get(x) ?? (specIds.set(x, specIds.size), specIds.size - 1);
  const srvSpecId = srvSpec.map(intern);
  const swSpecId = swSpec.map(intern);
  const rackOpticsW = new Float64Array(placement.racks.length);
  const trayArea = new Float64Array(placement.trays.length);
  const trayKg = new Float64Array(placement.trays.length);
  const path: number[] = [];
  const COPPER = new Set(['dac', 'acc', 'aec']);
  for (let i = 0; i < n; i++) {
    portA[i] = toPort(t.a[i]!, t.pa[i]!);
    portB[i] = toPort(t.b[i]!, t.pb[i]!);
  }
  const ports = linkPorts({ arch, server, sw, portA, portB });
  // a link's pair of port kinds as one small number (interned specs: no string per link)
  const kinds = specIds.size;
  const kindOf = (i: number) => (t.devices[t.a[i]!]!.role === 'server' ? srvSpecId : swSpecId)[portA[i]!]! * kinds + (t.devices[t.b[i]!]!.role === 'server' ? srvSpecId : swSpecId)[portB[i]!]!;
  const structured = planStructuredCabling({ inputs, catalog, arch, placement, server, sw, policy, allow, ports, kindOf, media, lengthMm, trayArea, trayKg });
  const isStructured = structured?.sp.trunkOf;
  for (let i = 0; i < n; i++) {
    const a = t.a[i]!;
    const b = t.b[i]!;
    if (isStructured && isStructured[i]! >= 0) {
      const m = media[i];
      rackOpticsW[placement.rackOf[a]!]! += (m?.powerW ?? 0) / 2;
      rackOpticsW[placement.rackOf[b]!]! += (m?.powerW ?? 0) / 2;
      continue;
    }
    const ra = t.devices[a]!.role;
    const rb = t.devices[b]!.role;
    const pp = ports(i);
    const pa = pp[0];
    const pb = pp[1];
    const len = estimatePath(placement, a, b, allow, pa.face !== pb.face, path);
    lengthMm[i] = len;
    const bucket = Math.ceil(len / 500) * 500;
    const key = ((ra === 'server' ? srvSpecId : swSpecId)[portA[i]!]! * specIds.size + (rb === 'server' ? srvSpecId : swSpecId)[portB[i]!]!) * 2 ** 24 + bucket / 500;
    let m = choices.get(key);
    if (m === undefined) {
      m = chooseMedia(catalog.media, pa, pb, bucket, policy).choice;
      choices.set(key, m);
    }
    media[i] = m;
    if (path.length) {
      const c = m?.mediaId ? mediaById.get(m.mediaId) : undefined;
      const d = c?.diameterMm ?? (c && COPPER.has(c.kind) ? DEFAULT_COPPER_DIAMETER_MM : m ? DEFAULT_OPTICAL_DIAMETER_MM : DEFAULT_COPPER_DIAMETER_MM);
      const area = (Math.PI * d * d) / 4;
      const kg = cableKgPerM(c ?? null, !!(m?.opticA || m?.opticB));
      for (const tr of path) {
        trayArea[tr]! += area;
        trayKg[tr]! += kg;
      }
    }
    if (m) {
      // Half of a link's optics power at each end's rack (exact for a pair of equal optics).
      rackOpticsW[placement.rackOf[a]!]! += (m.powerW ?? 0) / 2;
      rackOpticsW[placement.rackOf[b]!]! += (m.powerW ?? 0) / 2;
    }
  }
  const overfull = sizeTrays(placement, trayArea, catalog.trayFillPct ?? 50);
  const overweight = rateTrays(placement, trayKg);
  // Rack budgets: the user's budget for server racks; otherwise the rack's devices and optics
  // plus 10% headroom, rounded up to a kilowatt.
  placement.racks.forEach((r, i) => {
    if (r.kind === 'compute' && inputs.rackPowerBudgetW) return;
    r.powerBudgetW = Math.ceil((1.1 * (r.powerBudgetW + rackOpticsW[i]!)) / 1000) * 1000;
  });
  const fewer = fewerServersNote(inputs, { ...serverSize, model: server.type.model }, placement.serversPerRack);
  const notes = [...arch.notes, ...(fewer ? [fewer] : []), ...(structured?.notes ?? [])];
  if (overfull.length) notes.push(`${overfull.length} trays need more than the largest standard tray on this estimate (every cable through a tray counted at once; generation stacks tiers where the routed load needs them): ${overfull.slice(0, 3).join('; ')}${overfull.length > 3 ? '; ...' : ''}`);
  if (overweight.length) notes.push(`${overweight.length} trays carry more cable weight than the heaviest NEMA VE 1 class on this estimate (generation stacks tiers where the routed load needs them): ${overweight.slice(0, 3).join('; ')}${overweight.length > 3 ? '; ...' : ''}`);
  const { cdus, cduOf } = placement;
  if (cdus.length) {
    const types = [server.type, sw.type].filter((x) => x.coolingKind === 'liquid').map((x) => x.model);
    notes.push(cduNote(types, cdus, inputs.cduKw === undefined ? DEFAULT_CDU.model : null));
  }
  const floor = floorLoadNote(placement, { typeOf: (d) => (t.devices[d]!.role === 'server' ? server.type : sw.type), devices: t.devices.length, panel: structured ? { type: structured.sp.panel.type, rack: structured.sp.panelRack } : null }, inputs.hall.floorRatingKgM2 ?? catalog.floorRatingKgM2 ?? DEFAULT_SETTINGS.floorRatingKgM2);
  if (floor) notes.push(floor);
  if (sw.breakout > 1) notes.push(`switch ports split ${sw.breakout} ways to reach ${server.nicSpeedGbps} Gb/s`);
  return { inputs, arch, server, sw, placement, portA, portB, lengthMm, media, structured: structured?.sp ?? null, cdus, cduOf, notes };
}

/** Adds (or renews, after the media changed) the plan's summary, from the media its links have now. */
export function summarizePlan(plan: FabricPlan, catalog: FabricCatalog): SummarizedPlan {
  const p = plan as SummarizedPlan;
  p.summary = summarize(plan, catalog, plan.notes);
  return p;
}

function summarize(plan: FabricPlan, catalog: FabricCatalog, baseNotes: string[]): FabricSummary {
  const { inputs, arch, server, sw, placement } = plan;
  const t = arch.topo;
  const mediaById = new Map(catalog.media.map((m) => [m.id, m]));
  const sp = plan.structured;
  const lt = linkTotals(plan.media, linkPorts(plan), mediaById, sp?.trunkOf);
  const tt = sp ? trunkTotals(sp) : null;
  const panelPrice = sp?.panel.type.unitCostUsd ?? null;
  const switchCount = t.devices.length - arch.servers;
  const switchW = switchCount * sw.powerW;
  const gpus = planGpus(plan);
  const cost = costSplit({
    gpus,
    switchType: sw.type,
    switches: switchCount,
    switchPriceUsd: inputs.switchPriceUsd,
    serverType: server.type,
    servers: arch.servers,
    opticsUsd: lt.opticsUsd,
    cablesUsd: lt.cablesUsd,
    unpricedMedia: tt ? new Set([...lt.unpriced, ...tt.unpriced]) : lt.unpriced,
    usedMedia: tt ? [...lt.used, ...tt.used] : lt.used,
    ...(sp ? { trunksUsd: tt!.usd + (panelPrice ?? 0) * sp.panelRack.length, panels: { type: sp.panel.type, count: sp.panelRack.length } } : {}),
  });
  const failures = failureExposure({
    topo: t,
    gpus,
    gpusPerNic: server.gpusPerServer / server.nicIdx.length,
    opticModules: lt.transceivers,
    opticalLinks: lt.opticalLinks,
    rates: { ...(catalog.failureRates ?? ratesOf(DEFAULT_SETTINGS)), ...definedOnly(inputs.failureRates) },
  });
  const notes = [...baseNotes];
  if (!cost.complete) notes.push(`no price for ${cost.missing.join(', ')}: left out of the cost (${step('set-price')})`);
  if (sw.powerW === 0) notes.push(`${sw.type.slug} has no published power figure: switch power counted as 0 W`);
  if (lt.linksByMedia.unassigned) notes.push(`${lt.linksByMedia.unassigned} cables have no catalog media for their speed, cages and length`);
  const switches: FabricSummary['switches'] =
    inputs.arch === 'dragonfly'
      ? { routers: t.count('router'), total: switchCount }
      : { leaf: t.count('leaf'), spine: t.count('spine'), core: t.count('core'), total: switchCount };
  const powerW = Math.round(switchW + lt.opticsW);
  const perGpu = (v: number) => (gpus > 0 ? Math.round((v / gpus) * 100) / 100 : 0);
  return {
    arch: inputs.arch,
    gpus,
    servers: arch.servers,
    endpoints: arch.endpoints,
    radix: sw.radix,
    rails: server.nicIdx.length,
    tiers: arch.tiers,
    scalableUnits: arch.scalableUnits,
    oversubscription: arch.oversubscription,
    dragonfly: arch.dragonfly,
    switches,
    links: { byTier: t.linksByTier(), total: t.linkCount },
    racks: placement.racks.length,
    rows: placement.rows.length,
    hall: { widthMm: placement.hall.widthMm, depthMm: placement.hall.depthMm },
    cablesByMedia: lt.linksByMedia,
    cables: tt ? { ...lt.cables, ...tt.byMedia } : lt.cables,
    optics: lt.optics,
    structured: sp
      ? { cabling: inputs.cabling, links: sp.trunkOf.reduce((k, x) => (x >= 0 ? k + 1 : k), 0), trunks: sp.trunkLinks.length, panels: sp.panelRack.length, panelType: sp.panel.type.slug, trunksByMedia: tt!.byMedia }
      : null,
    transceivers: lt.transceivers,
    powerW,
    power: { switchesW: Math.round(switchW), opticsW: Math.round(lt.opticsW), perGpuW: perGpu(powerW) },
    costUsd: cost.totalUsd,
    costPerGpuUsd: cost.perGpu.total,
    costComplete: cost.complete && lt.allAssigned,
    cost,
    failures,
    notes,
  };
}

function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The same inputs under every architecture, for the side-by-side comparison. */
export function compareFabrics(raw: FabricInputsIn, catalog: FabricCatalog): (FabricSummary | { arch: FabricInputs['arch']; error: string; field: string })[] {
  const archs: FabricInputs['arch'][] = ['clos', 'rail-optimized', 'rail-only', 'dragonfly'];
  return archs.map((arch) => {
    try {
      return planFabric({ ...raw, arch } as FabricInputsIn, catalog).summary;
    } catch (e) {
      if (e instanceof FabricInputError) return { arch, error: e.message, field: e.field };
      throw e;
    }
  });
}
