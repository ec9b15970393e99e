// The document model shared by every environment. Ids are SQLite rowids (integers) except
// media, whose ids are stable catalog strings such as "400G-OSFP-DR4".
import type { Cdu } from './cdu.js';

export type Id = number;

export type Face = 'front' | 'rear';
export type Rotation = 0 | 90 | 180 | 270;
export type FiberType = 'OM3' | 'OM4' | 'OM5' | 'OS2';
export type MediaKind = 'dac' | 'acc' | 'aec' | 'aoc' | 'transceiver' | 'fiber';
export type CableStatus = 'planned' | 'installed' | 'connected' | 'decommissioning';
export type PortKind = 'interface' | 'front-port' | 'rear-port';
export type CoolingKind = 'air' | 'liquid';
/** How many PSUs may fail: N (none spare), N+1, N+2, or N+N (two full sets, e.g. A/B feeds). */
export type PsuRedundancy = 'N' | 'N+1' | 'N+2' | 'N+N';
/** Linear optics: LPO (no DSP in the module) or LRO (DSP on transmit only); both lean on the host SerDes. */
export type LinearOptics = 'lpo' | 'lro';
/** TIA-568.3-D MPO polarity method of a trunk or cord: A straight, B reversed, C pair-flipped. */
export type Polarity = 'A' | 'B' | 'C';

export interface Hall {
  id: Id;
  name: string;
  widthMm: number;
  depthMm: number;
  tileMm: number;
  /** Floor load rating of this hall, kg/m2; null (or absent): the project's floorRatingKgM2. */
  floorRatingKgM2?: number | null;
}

/** A row of racks or a pod: a named group of racks in one hall. */
export interface RowGroup {
  id: Id;
  hallId: Id;
  name: string;
  kind: 'row' | 'pod';
}

export interface Rack {
  id: Id;
  hallId: Id;
  rowId: Id | null;
  name: string;
  /** True while the name is derived from the rack's floor tile; renaming clears it. */
  nameAuto: boolean;
  /** Centre of the footprint, from the hall's corner. */
  xMm: number;
  yMm: number;
  rotationDeg: Rotation;
  widthMm: number;
  depthMm: number;
  heightU: number;
  powerBudgetW: number;
  feedId: Id | null;
  /** Tray the rack drops into; null means the nearest tray. */
  dropTrayId: Id | null;
  // Physical fields (docs/routing-and-checks.md); absent means the default in core/model/physical.ts.
  /** Height of the bottom of U1 above the floor (plinth, base, feet), mm. */
  plinthMm?: number;
  /** Height of the rack's top above the floor, where cables leave it, mm; null: plinth + U space. */
  topMm?: number | null;
  /** B feed of a rack with redundant (A/B) supplies; feedId is the A feed. */
  feedBId?: Id | null;
  /** How the rack is cooled, and the heat its cooling removes (W; 0 = not set, not checked). */
  coolingKind?: CoolingKind;
  coolingCapacityW?: number;
  /** The CDU that serves a liquid-cooled rack. */
  cduId?: Id | null;
  /** The empty cabinet's own weight, kg. */
  weightKg?: number;
}

export type { Cdu };

export interface Breakout {
  /** e.g. a twin-port 800G OSFP cage as 2 x 400G: { count: 2, speedGbps: 400 } */
  count: number;
  speedGbps: number;
}

export interface PortTemplate {
  name: string;
  kind: PortKind;
  /** Cage or connector, e.g. OSFP, QSFP112, QSFP28, LC, MPO-12, RJ45. */
  formFactor: string;
  speedGbps: number;
  lanes: number;
  face: Face;
  breakouts: Breakout[];
  /** Out-of-band or in-band management port: never counted as a fabric port. */
  mgmtOnly?: boolean;
  /** The host SerDes can drive linear optics (LPO/LRO) in this cage. */
  lpoCapable?: boolean;
  /** Co-packaged optics: the port takes fibre directly (connector in formFactor); no transceiver. */
  cpo?: boolean;
  /** The cage holds this one port (e.g. a single-port ConnectX-8 OSFP): no twin-port module fits. */
  singlePort?: boolean;
  /** Front ports: the rear port (by name, on the same device) this port's fibres continue on. */
  rearPort?: string | null;
  /** Front ports: which position of that rear port (1-based; NetBox rear_port_position). */
  rearPosition?: number | null;
  /** Rear ports: how many front-port positions it carries (NetBox positions); 1 when absent. */
  positions?: number | null;
}

/** A field-replaceable part a type is built from or needs, e.g. external laser modules, power shelves. */
export interface FieldReplaceablePart {
  name: string;
  count: number;
  partNumber?: string | null;
  note?: string | null;
}

export interface DeviceType {
  id: Id;
  slug: string;
  manufacturer: string;
  model: string;
  role: 'server' | 'switch' | 'patch-panel' | 'pdu' | 'other';
  uHeight: number;
  isFullDepth: boolean;
  /** null where the source does not give it: never invented. */
  maxPowerW: number | null;
  typicalPowerW: number | null;
  weightKg: number | null;
  airflow: string | null;
  /** Where the figures come from: URLs or document names. */
  source: string;
  origin: 'builtin' | 'netbox' | 'user';
  ports: PortTemplate[];
  partNumber?: string | null;
  /** Figures the source does not give (left null), in words, for the user to fill in. */
  gaps?: string[];
  notes?: string | null;
  /** Cooling the type needs; null when not published. */
  coolingKind?: CoolingKind | null;
  /** Power supplies: count, rating of one PSU (a rating, not a draw) and redundancy. */
  psuCount?: number | null;
  psuRatingW?: number | null;
  psuRedundancy?: PsuRedundancy | null;
  /** A rack-scale system that fills a whole rack (e.g. GB200 NVL72). */
  rackScale?: boolean;
  /** GPUs in one NVLink domain, for rack-scale systems. */
  nvlinkDomainGpus?: number | null;
  parts?: FieldReplaceablePart[];
  /** Unit price, USD; null where none is known (never invented: cost then says which types lack one). */
  unitCostUsd?: number | null;
  /** Where the price comes from (source and date); costEstimate marks it as an estimate, not a quote. */
  costSource?: string | null;
  costEstimate?: boolean;
}

export interface Device {
  id: Id;
  rackId: Id;
  name: string;
  typeId: Id;
  /** Lowest rack unit the device occupies (1-based). */
  u: number;
  face: Face;
}

export interface Port {
  id: Id;
  deviceId: Id;
  name: string;
  kind: PortKind;
  formFactor: string;
  speedGbps: number;
  lanes: number;
  face: Face;
  /** As on PortTemplate: set on the ports of patch panels and cassettes (docs/structured-cabling.md). */
  rearPort?: string | null;
  rearPosition?: number | null;
  positions?: number | null;
}

/**
 * What a made assembly (MPO trunk, breakout harness, jumper) adds to its media entry: how many
 * connectors each end has, its default polarity, how it is ordered and priced. Prices here are per
 * assembly (base + per metre), never a per-piece price multiplied by metres.
 */
export interface AssemblySpec {
  /** Trunks and harnesses: 'trunk' runs between panels' rear ports; 'harness' fans one connector
   * out to several legs; 'jumper' is a patch cord between a port and a panel's front. */
  role: 'trunk' | 'harness' | 'jumper';
  /** Connectors at each end of a trunk, or legs at the split end of a harness. */
  legs: number;
  /** Fibres in each leg's connector (e.g. 12 for MPO-12, 8 for an MPO-8 leg, 2 for LC duplex). */
  fibresPerLeg: number;
  /** Polarity the assembly is made in, unless a cable declares its own. */
  polarity: Polarity | null;
  /** Made to length in this increment, m (trunks); null for stock lengths (lengthsM). */
  orderStepM: number | null;
  /** Shortest length made, m. */
  minLengthM: number | null;
  weightKgPerM: number | null;
  /** Price of one assembly: costBaseUsd + costPerMUsd x ordered metres. */
  costBaseUsd: number | null;
  costPerMUsd: number | null;
  /** Fusion splices each fibre passes (spliced pigtail trunks); 0 for factory-terminated. */
  splices: number;
}

export interface Media {
  id: string;
  kind: MediaKind;
  name: string;
  speedGbps: number;
  formFactor: string;
  lanes: number;
  connector: string;
  fiber: FiberType | null;
  /** Maximum reach in metres for this media on its fibre (or copper). */
  maxReachM: number;
  /** Power per cable end (transceiver or active cable end), watts; 0 for passive copper. */
  powerW: number | null;
  /** Stock lengths for assemblies, metres; empty for structured fibre cut to length. */
  lengthsM: number[];
  unitCostUsd: number | null;
  /** Outer diameter for tray fill, mm. */
  diameterMm: number | null;
  source: string;
  /** IEEE clause, MSA or vendor part family. */
  standard?: string | null;
  notes?: string | null;
  /** Where the default price comes from; costEstimate marks it as an estimate, not a quote. */
  costSource?: string | null;
  costEstimate?: boolean;
  /** Set on linear optics (LPO/LRO), which need a host port that can drive them. */
  linear?: LinearOptics | null;
  /** Set for trunks, harnesses and jumpers of structured cabling. */
  assembly?: AssemblySpec | null;
}

export interface RouteStep {
  trayId: Id;
  /** Index of the polyline segment within the tray. */
  seg: number;
}

export interface Cable {
  id: Id;
  label: string;
  aPortId: Id;
  bPortId: Id;
  mediaId: string | null;
  opticA: string | null;
  opticB: string | null;
  /** A length the user fixed; null means: to be routed. */
  lengthMm: number | null;
  routedMm: number | null;
  orderedMm: number | null;
  route: RouteStep[] | null;
  status: CableStatus;
  /** Declared TIA-568 polarity of a trunk or jumper; null: the media's own (docs/structured-cabling.md). */
  polarity?: Polarity | null;
  /** Shared by the legs of one breakout harness or multi-leg trunk: one row per leg. */
  assemblyId?: string | null;
  /** 1-based leg of the assembly; leg 1 carries the assembly's tray fill and price. */
  leg?: number | null;
}

export interface Tray {
  id: Id;
  hallId: Id;
  name: string;
  /** Height of the tray's bottom above the floor. */
  heightMm: number;
  widthMm: number;
  depthMm: number;
  /** Polyline vertices in floor coordinates. */
  points: [number, number][];
  /** Cable weight the tray is rated to carry, kg per metre (absent: core/model/physical.ts). */
  ratedLoadKgPerM?: number;
}

export interface PowerFeed {
  id: Id;
  hallId: Id;
  name: string;
  voltageV: number;
  amps: number;
  phases: 1 | 3;
  deratePct: number;
}

/** Every editable entity kind, by the name used in edits, patches and history. */
export interface EntityMap {
  hall: Hall;
  row: RowGroup;
  rack: Rack;
  device: Device;
  port: Port;
  cable: Cable;
  tray: Tray;
  feed: PowerFeed;
  cdu: Cdu;
}
export type EntityKind = keyof EntityMap;
export const ENTITY_KINDS: EntityKind[] = ['hall', 'row', 'rack', 'device', 'port', 'cable', 'tray', 'feed', 'cdu'];

/** Everything the renderer and the engines need about one project, as plain data. */
export interface ProjectSnapshot {
  schemaVersion: number;
  halls: Hall[];
  rows: RowGroup[];
  racks: Rack[];
  devices: Device[];
  ports: Port[];
  cables: Cable[];
  trays: Tray[];
  feeds: PowerFeed[];
  /** Absent in snapshots made before CDUs existed: none. */
  cdus?: Cdu[];
  deviceTypes: DeviceType[];
  media: Media[];
  settings: ProjectSettings;
}

export interface ProjectSettings {
  /** Slack added to every cable, mm. */
  slackMm: number;
  /** Service loop added at each end of a cable that leaves its rack, mm. */
  serviceLoopMm: number;
  /** Extra length where the two ends of an in-rack cable are on different faces, mm. */
  faceCrossingMm: number;
  /** Added to every cable's measured path (vertical runs, across, trays), percent. */
  lengthContingencyPct: number;
  /** Floor load rating where a hall gives none, kg/m2 (floor-load). */
  floorRatingKgM2: number;
  /** Usable fraction of a tray's cross-section, percent. */
  trayFillPct: number;
  /** Feed derating, percent of the breaker rating: caps every feed's own deratePct. */
  feedDeratePct: number;
  mediaPolicy: 'cheapest' | 'power';
  /** Loss of one mated connector pair, dB (channel-loss). */
  matedPairLossDb: number;
  /** Loss of one fusion splice, dB. */
  spliceLossDb: number;
  /** Cabled multimode attenuation at 850 nm, dB/km. */
  mmLossDbPerKm: number;
  /** Cabled single-mode attenuation at 1310 nm, dB/km. */
  smLossDbPerKm: number;
  /** Most connector junctions (patch panels) a channel may pass (connector-count). */
  maxJunctions: number;
  /** Most mated connector pairs in a channel, not counting the transceivers' own. */
  maxMatedPairs: number;
  /** Share of links that fail in a month, percent (failure exposure; docs/economics.md). */
  linkFailurePctPerMonth: number;
  /** Share of optical modules that fail in a month, percent. */
  opticFailurePctPerMonth: number;
  /** Share of switches that fail (crash, critical error) in a month, percent. */
  switchFailurePctPerMonth: number;
}

/** Defaults and their sources: docs/routing-and-checks.md. */
export const DEFAULT_SETTINGS: ProjectSettings = {
  slackMm: 500,
  // 2 m per rack-to-rack run: the low end of the 2-3 m fibre slack per run (TIA-942-B, via leviathansystems.co)
  serviceLoopMm: 1000,
  // in-rack front-to-rear patch cords are 3-5 m (dcimprofessionals.com patch-cord length reference)
  faceCrossingMm: 2000,
  // 0: slack and service loops already are the allowances of the cited length rule (docs/routing-and-checks.md)
  lengthContingencyPct: 0,
  // TIA-942 / TIA-569 computer-room live load, 12 kPa (250 lbf/ft2) = 12000 / 9.80665 kg/m2
  floorRatingKgM2: 1224,
  // NEC 392 basis: cable cross-sections at most 50% of the tray's fill area
  trayFillPct: 50,
  // NEC continuous-load rule: 80% of the breaker rating
  feedDeratePct: 80,
  mediaPolicy: 'cheapest',
  // TIA-568.3-D: 0.75 dB maximum per mated connector pair, 0.3 dB per splice (the worst case; low-loss
  // MPO makers publish lower, e.g. NVIDIA requires MPO <= 0.35 dB: set your own for such parts)
  matedPairLossDb: 0.75,
  spliceLossDb: 0.3,
  // Multimode 3.5 dB/km at 850 nm: what IEEE 802.3 Clause 138 budgets assume (OM4 1.9 dB = 1.5 dB
  // connections + 100 m x 3.5 dB/km, tiafotc.org 400GBASE-SR8 overview); NVIDIA's cable requirements
  // use 3.0. OS2 0.4 dB/km at 1310 nm (cabled OS2 maximum, tiafotc.org 800GBASE-DR8 overview)
  mmLossDbPerKm: 3.5,
  smLossDbPerKm: 0.4,
  // NVIDIA NDR/400G interconnect requirements: optic reach assumes at most two junctions, four mated pairs
  maxJunctions: 2,
  maxMatedPairs: 4,
  // Alibaba HPN (SIGCOMM 2024, section 2.3): "0.057% of NIC-ToR links fail each month"
  linkFailurePctPerMonth: 0.057,
  // Derived upper bound: half the HPN link rate (a link has two modules; not every link failure is an optic)
  opticFailurePctPerMonth: 0.0285,
  // Alibaba HPN (SIGCOMM 2024, section 2.3): "about 0.051% of ToR switches encounter critical errors and crashes" each month
  switchFailurePctPerMonth: 0.051,
};
