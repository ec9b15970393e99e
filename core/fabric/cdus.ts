// The coolant distribution units of a generated hall's liquid-cooled racks (GB200/GB300 NVL72,
// Q3450-LD): in-row, liquid-to-liquid, each serving racks of its own row (an in-row CDU feeds its
// row's manifolds), as many racks as its capacity carries, counted as the cooling rule counts a
// rack's liquid load (the liquid-cooled devices' draw, whole: core/checks/cooling.ts). The CDUs
// stand on the floor after their row's last rack (layout.ts), the default unit's footprint each:
// the row, its tray and the hall are that much longer. Standby units (N+1: one per row) are placed
// when asked (`cduSpares`); they serve no rack, so the cooling rule holds the duty units to their
// capacity alone, as a failover design must.
import { CDU_FOOTPRINT_MM } from '../geometry/footprint.js';
import type { Cdu, Rotation } from '../model/entities.js';
import type { PlanRack } from './layout.js';

/** The default unit: a 2 MW row-based CDU. */
export const DEFAULT_CDU = {
  capacityKw: 2000,
  ...CDU_FOOTPRINT_MM,
  model: 'CoolIT CHx2000',
  source:
    'CoolIT Systems CHx2000 (https://www.coolitsystems.com/cdu-product/chx2000/): row-based liquid-to-liquid CDU, 2,000 kW at 5 °C approach ' +
    '(ATD), 2,125 LPM at 35 psi, 750 x 1200 mm footprint; its product sheet gives 12 x GB300 NVL72 racks per CDU. Read from public notes that ' +
    'quote the vendor page (the page itself was not reachable here, 2026-12-07); check it before ordering.',
} as const;

export interface PlanCdu {
  name: string;
  row: number;
  capacityW: number;
  /** The liquid load of the racks it serves, W. */
  loadW: number;
  racks: number;
  /** A standby unit of its row: serves no rack. */
  standby?: boolean;
  /** Where it stands (its centre, mm, as a rack's) and its footprint, set by the layout. */
  xMm?: number;
  yMm?: number;
  rotationDeg?: Rotation;
  widthMm?: number;
  depthMm?: number;
}

/**
 * CDUs for the liquid-cooled racks, row by row in rack order: a rack joins the row's last CDU
 * while that stays within capacity, else starts the next (a rack over the capacity alone gets a CDU
 * of its own, and the cooling rule reports it). `cduOf[rack]`: its CDU's index, -1 for air racks.
 */
export function placeCdus(racks: readonly Pick<PlanRack, 'row' | 'liquidW' | 'coolingKind'>[], rowNames: readonly string[], capacityW: number, sparesPerRow = 0): { cdus: PlanCdu[]; cduOf: Int32Array } {
  const cdus: PlanCdu[] = [];
  const cduOf = new Int32Array(racks.length).fill(-1);
  const lastOfRow = new Map<number, number>();
  const perRow = new Map<number, number>();
  racks.forEach((r, i) => {
    if (r.coolingKind !== 'liquid') return;
    let k = lastOfRow.get(r.row);
    if (k === undefined || cdus[k]!.loadW + r.liquidW > capacityW) {
      const n = (perRow.get(r.row) ?? 0) + 1;
      perRow.set(r.row, n);
      const row = rowNames[r.row] ?? `Row ${r.row + 1}`;
      cdus.push({ name: `CDU ${row.replace(/^Row /, 'R')}-${n}`, row: r.row, capacityW, loadW: 0, racks: 0 });
      lastOfRow.set(r.row, (k = cdus.length - 1));
    }
    cdus[k]!.loadW += r.liquidW;
    cdus[k]!.racks++;
    cduOf[i] = k;
  });
  // (after the duty units: a rack's CDU index stays what the loop gave it)
  for (const row of perRow.keys()) {
    const name = (rowNames[row] ?? `Row ${row + 1}`).replace(/^Row /, 'R');
    for (let s = 1; s <= sparesPerRow; s++) cdus.push({ name: `CDU ${name}-S${s}`, row, capacityW, loadW: 0, racks: 0, standby: true });
  }
  return { cdus, cduOf };
}

/** A CDU's place on the floor, as the hall's Cdu keeps it (none before the layout set it), with the default footprint where it has none. */
export function cduFloor(c: Pick<Cdu, 'xMm' | 'yMm' | 'rotationDeg' | 'widthMm' | 'depthMm'>): Required<Pick<Cdu, 'xMm' | 'yMm' | 'rotationDeg' | 'widthMm' | 'depthMm'>> {
  return { xMm: c.xMm ?? null, yMm: c.yMm ?? null, rotationDeg: c.rotationDeg ?? 0, widthMm: c.widthMm ?? DEFAULT_CDU.widthMm, depthMm: c.depthMm ?? DEFAULT_CDU.depthMm };
}

/** "228 racks are liquid-cooled for their GB300 NVL72 rack: 26 in-row CDUs of 2,000 kW (…), up to 14 racks and 1,988 kW each" */
export function cduNote(types: string[], cdus: readonly PlanCdu[], model: string | null): string {
  // (every liquid-cooled rack is on one CDU: their count is the CDUs' racks)
  const liquidRacks = cdus.reduce((n, c) => n + c.racks, 0);
  const kw = (w: number) => `${Math.round(w / 1000).toLocaleString('en-US')} kW`;
  const most = cdus.reduce((m, c) => (c.loadW > m.loadW ? c : m), cdus[0]!);
  const racks = Math.max(...cdus.map((c) => c.racks));
  const duty = cdus.filter((c) => !c.standby).length;
  const standby = cdus.length - duty;
  const rows = new Set(cdus.map((c) => c.row)).size;
  const spare = standby ? `; ${standby} standby unit${standby === 1 ? '' : 's'}, ${standby / rows} per row` : '; no standby unit';
  return (
    `${liquidRacks} racks are declared liquid-cooled for their ${types.join(' and ')}: ${duty} in-row CDU${duty === 1 ? '' : 's'} of ${kw(cdus[0]!.capacityW)} ` +
    `placed (${model ? `${model}-class, ` : ''}row by row, up to ${racks} racks and ${kw(most.loadW)} of liquid load each${spare}; each stands at its row's end, ${cdus[0]!.widthMm ?? DEFAULT_CDU.widthMm} x ${cdus[0]!.depthMm ?? DEFAULT_CDU.depthMm} mm)`
  );
}
