// The shape of built-in catalog data. Each figure that can be looked up carries its own source
// so that a user can see where every number comes from; figures that are not published stay
// null with a note in `gaps`, never an invented value.
import type { Breakout, DeviceType, Face, FiberType, Media, MediaKind, PortKind } from '../model/entities.js';

/** Fields of a device type whose value comes from a document. */
export type DeviceFigure =
  | 'uHeight'
  | 'isFullDepth'
  | 'maxPowerW'
  | 'typicalPowerW'
  | 'weightKg'
  | 'airflow'
  | 'ports'
  | 'coolingKind'
  | 'psu'
  | 'rackScale'
  | 'parts';

export interface CatalogPortGroup {
  /** Port names, in the vendor's own convention (e.g. swp1..swp64, 1/1..32/2). */
  names: string[];
  kind?: PortKind;
  formFactor: string;
  speedGbps: number;
  lanes: number;
  face: Face;
  breakouts?: Breakout[];
  /** What the ports are for, e.g. "compute fabric (ConnectX-7)", "BMC". */
  role?: string;
  mgmtOnly?: boolean;
  lpoCapable?: boolean;
  cpo?: boolean;
  singlePort?: boolean;
  /** Front ports: the rear port and position each name continues on (same order as names). */
  rear?: { port: string; position: number }[];
  /** Rear ports: positions each carries (NetBox positions). */
  positions?: number;
}

export interface BuiltinDeviceType extends Omit<DeviceType, 'id' | 'origin' | 'source' | 'ports' | 'partNumber' | 'gaps' | 'notes'> {
  partNumber?: string;
  portGroups: CatalogPortGroup[];
  /** Source (URL or document) for each figure. */
  sources: Partial<Record<DeviceFigure, string>>;
  /** Figures left null (or simplified) because no source gives them, said in words. */
  gaps: string[];
  notes?: string;
}

export interface BuiltinMedia extends Omit<Media, 'source' | 'standard' | 'notes' | 'unitCostUsd' | 'costSource' | 'costEstimate'> {
  /** Where the reach, power and form figures come from. */
  source: string;
  /** IEEE clause, MSA or vendor part number family. */
  standard?: string;
  /** Set by the catalog build from prices.ts (the one home of default prices), never written inline. */
  unitCostUsd?: number | null;
  /** Where the default unit cost comes from; when `costEstimate` it is only an estimate. */
  costSource?: string;
  costEstimate?: boolean;
  notes?: string;
}

export type { FiberType, MediaKind };
