// Places a logical fabric on the hall floor. Each placement group (a scalable unit, a Dragonfly
// group, a set of leaves) becomes a run of server racks with its first-tier switches in network
// racks at the end or in the middle of the run, as in the SuperPOD row layout (four server racks
// either side of the leaf rack). Runs fill rows of at most maxRacksPerRow racks; spine and core
// switches get their own rows in the middle of the hall so that uplinks stay short (a few spine
// racks close the middle compute row instead of standing alone in a row). One tray runs
// along every row above the racks; cross trays join the rows at both ends and every five racks.
import type { Rack, Rotation } from '../model/entities.js';
import { tileName } from '../geometry/grid.js';
import { formatM } from '../model/units.js';
import { FabricInputError } from './hardware.js';
import type { FabricInputs } from './inputs.js';
import { addPatchRacks, needsPatchRacks, panelLinksOf } from './patch-racks.js';
import { DEFAULT_CDU, placeCdus, type PlanCdu } from './cdus.js';
import type { Topology } from './topology.js';

/** A rack as the generator places it: the floor fields of a Rack, plus its place in the fabric. */
export interface PlanRack extends Pick<Rack, 'name' | 'xMm' | 'yMm' | 'rotationDeg' | 'widthMm' | 'depthMm' | 'heightU' | 'powerBudgetW' | 'coolingKind'> {
  row: number;
  /** The draw of its liquid-cooled devices, W: its load on a CDU (core/fabric/cdus.ts). */
  liquidW: number;
  /** Block of rows (blocks stand side by side across the hall). */
  block: number;
  /** 'patch': a rack of trunk panels only, for compute racks their servers fill (patchOf). */
  kind: 'compute' | 'network' | 'patch';
}

export interface PlanTray {
  name: string;
  heightMm: number;
  widthMm: number;
  depthMm: number;
  points: [number, number][];
  /** Set by rateTrays: the NEMA VE 1 load class the tray's cables need, kg/m. */
  ratedLoadKgPerM?: number;
}

export interface Placement {
  hall: { widthMm: number; depthMm: number; tileMm: number };
  rows: string[];
  racks: PlanRack[];
  trays: PlanTray[];
  /** Per device (topology index): its rack index and lowest U. */
  rackOf: Int32Array;
  uOf: Int32Array;
  serversPerRack: number;
  /** x of each block's cross trays, and y of the backbone trays. */
  crossX: number[][];
  backboneY: number[];
  /** Per rack: the patch rack that holds its trunk panels, or -1 (its own U). */
  patchOf?: Int32Array;
  /** The liquid-cooled racks' in-row CDUs, standing after their rows' last racks, and each
   * rack's CDU (index into cdus, -1 for an air-cooled rack): cdus.ts placeCdus. */
  cdus: PlanCdu[];
  cduOf: Int32Array;
}

/** The trunk panel structured cabling lands trunks on (structured.ts panelFacts): how many links a
 * panel of `uHeight` U takes, `entries` trunks of `positions` links each. */
export interface PatchPanel {
  positions: number;
  entries: number;
  uHeight: number;
}

export interface DeviceSize {
  uHeight: number;
  powerW: number;
  /** Rack units of trunk panels each device brings into its rack (structured cabling), fractional. */
  panelU?: number;
  /** Cooled by liquid (its type's coolingKind): its rack is declared liquid-cooled. */
  liquid?: boolean;
}

/** Tray elevation: 300 mm above the top of a 2300 mm rack (media.json: overhead clearance). */
export const TRAY_HEIGHT_MM = 2600;
const ROW_TRAY_WIDTH_MM = 610;
const CROSS_TRAY_WIDTH_MM = 914;
const TRAY_DEPTH_MM = 100;
const UPPER_SWITCHES_PER_RACK = 16;
const UPPER_RACKS_PER_ROW = 8;
const CROSS_EVERY_RACKS = 5;

function roundUp(v: number, step: number): number {
  return Math.ceil(v / step) * step;
}

/** Optics allowance per compute NIC when fitting servers into a power budget: a 400G/800G OSFP
 * module draws 9-17 W (media.json), so 17 W keeps the rack under budget with any of them. */
export const OPTIC_ALLOWANCE_W = 17;

export function effectiveServersPerRack(inputs: FabricInputs, server: DeviceSize & { nics?: number }): number {
  const byU = Math.floor(inputs.layout.rackHeightU / Math.max(1, Math.ceil(server.uHeight)));
  const perServer = server.powerW + (server.nics ?? 0) * OPTIC_ALLOWANCE_W;
  const byPower = inputs.rackPowerBudgetW && perServer > 0 ? Math.floor(inputs.rackPowerBudgetW / perServer) : Infinity;
  const n = Math.min(inputs.serversPerRack, byU, byPower);
  if (n < 1) {
    throw new FabricInputError(
      byPower < 1
        ? `a rack power budget of ${inputs.rackPowerBudgetW} W cannot hold one ${server.powerW} W server`
        : `a ${inputs.layout.rackHeightU}U rack cannot hold a ${server.uHeight}U server`,
      byPower < 1 ? 'rackPowerBudgetW' : 'layout.rackHeightU',
    );
  }
  return n;
}

/** Why a rack holds `n` servers (effectiveServersPerRack, the placement's) when more were asked
 * (a plan note), or null when it holds as many. */
export function fewerServersNote(inputs: FabricInputs, server: DeviceSize & { nics?: number; model: string }, n: number): string | null {
  if (n >= inputs.serversPerRack) return null;
  const u = Math.max(1, Math.ceil(server.uHeight));
  const why =
    Math.floor(inputs.layout.rackHeightU / u) === n
      ? `a ${inputs.layout.rackHeightU}U rack holds ${n} ${u}U ${server.model}`
      : `the ${inputs.rackPowerBudgetW! / 1000} kW rack power budget holds ${n} at ${((server.powerW + (server.nics ?? 0) * OPTIC_ALLOWANCE_W) / 1000).toFixed(1)} kW each (optics allowance included)`;
  return `${n} server${n === 1 ? '' : 's'} per rack, not the ${inputs.serversPerRack} of the servers-per-rack setting: ${why}`;
}

export interface RunRack {
  kind: PlanRack['kind'];
  devices: number[];
  /** (compute racks) their placement unit, how many network racks it has, and the links of their
   * servers that run through panels (patch-racks.ts panelLinksOf) */
  unit?: number;
  unitNet?: number;
  panelLinks?: number;
  /** (compute racks of a patched row) the patch rack holding its panels */
  patch?: RunRack;
}

interface Run {
  /** Racks of the run, in order along the row: each a list of device indexes. */
  racks: RunRack[];
}

/** `patch`: the trunk panel of structured cabling, when compute racks may get a patch rack. */
export function placeFabric(topo: Topology, inputs: FabricInputs, server: DeviceSize & { nics?: number }, sw: DeviceSize, patch?: PatchPanel): Placement {
  const L = inputs.layout;
  const spr = effectiveServersPerRack(inputs, server);
  const swU = Math.max(1, Math.ceil(sw.uHeight));
  const switchesPerRack = Math.floor(L.rackHeightU / (swU + (sw.panelU ?? 0)));
  if (switchesPerRack < 1) throw new FabricInputError(`a ${L.rackHeightU}U rack cannot hold a ${sw.uHeight}U switch`, 'layout.rackHeightU');

  // Group devices by placement unit, keeping topology order.
  const unitServers = new Map<number, number[]>();
  const unitSwitches = new Map<number, number[]>();
  const upper: number[] = [];
  topo.devices.forEach((d, i) => {
    if (d.unit < 0) upper.push(i);
    else {
      const m = d.role === 'server' ? unitServers : unitSwitches;
      let list = m.get(d.unit);
      if (!list) m.set(d.unit, (list = []));
      list.push(i);
    }
  });
  const units = [...new Set([...unitServers.keys(), ...unitSwitches.keys()])].sort((a, b) => a - b);
  const chunk = <T,>(list: T[], n: number): T[][] => {
    const out: T[][] = [];
    for (let i = 0; i < list.length; i += n) out.push(list.slice(i, i + n));
    return out;
  };
  // (only where a compute rack has no U for a panel: its servers' links through panels, counted once)
  const full = !!patch && needsPatchRacks(patch, spr, Math.max(1, Math.ceil(server.uHeight)), L.rackHeightU);
  const panelLinks = full ? panelLinksOf(topo, inputs.cabling) : null;
  const runs: Run[] = units.map((u) => {
    const netRacks = chunk(unitSwitches.get(u) ?? [], switchesPerRack).map((devices): RunRack => ({ kind: 'network', devices }));
    const computeRacks = chunk(unitServers.get(u) ?? [], spr).map((devices): RunRack => ({ kind: 'compute', devices, unit: u, unitNet: netRacks.length, panelLinks: devices.reduce((n, d) => n + (panelLinks?.[d] ?? 0), 0) }));
    if (L.networkRacks === 'row-end') return { racks: [...computeRacks, ...netRacks] };
    const half = Math.ceil(computeRacks.length / 2);
    return { racks: [...computeRacks.slice(0, half), ...netRacks, ...computeRacks.slice(half)] };
  });

  // Fill rows with whole runs; a run longer than a row is split across rows (one place kept for a
  // patch rack when compute racks need one).
  const patching = full && runs.some((run) => run.racks.some((r) => (r.panelLinks ?? 0) > 0));
  const perRow = patching ? L.maxRacksPerRow - 1 : L.maxRacksPerRow;
  type RowPlan = Run['racks'];
  const computeRows: RowPlan[] = [];
  let cur: RowPlan = [];
  for (const run of runs) {
    if (cur.length > 0 && cur.length + run.racks.length > perRow) {
      computeRows.push(cur);
      cur = [];
    }
    for (const r of run.racks) {
      if (cur.length >= perRow) {
        computeRows.push(cur);
        cur = [];
      }
      cur.push(r);
    }
  }
  if (cur.length) computeRows.push(cur);
  if (patching) for (const row of computeRows) addPatchRacks(row, patch!, L.rackHeightU);
  // Spine and core racks carry every port's cable out of the rack: at most 16 switches (1,024
  // cables of a 64-port switch) per rack and 8 racks per row keep a row's tray within standard sizes.
  const upperRacks = chunk(upper, Math.min(switchesPerRack, UPPER_SWITCHES_PER_RACK)).map((devices): RunRack => ({ kind: 'network', devices }));
  // A handful of spine racks in a row of their own stood alone between the compute rows, reading
  // as one turned rack in an aisle: up to a quarter of a row, they close the middle compute row
  // instead (which may then pass maxRacksPerRow by that much).
  const few = upperRacks.length <= Math.max(1, Math.floor(L.maxRacksPerRow / 4)) && computeRows.length > 0;
  if (few) computeRows[Math.floor((computeRows.length - 1) / 2)]!.push(...upperRacks);
  const upperRows: RowPlan[] = few ? [] : chunk(upperRacks, Math.min(L.maxRacksPerRow, UPPER_RACKS_PER_ROW));
  const mid = Math.ceil(computeRows.length / 2);
  const allRows: RowPlan[] = [...computeRows.slice(0, mid), ...upperRows, ...computeRows.slice(mid)];

  const tile = inputs.hall.tileMm;
  const maxRacks = Math.max(1, ...allRows.map((r) => r.length));
  const rows = allRows.map((_, ri) => `Row ${String(ri + 1).padStart(2, '0')}`);
  // The rows' in-row CDUs (their count needs only the racks' liquid load) stand after the last
  // rack: a row is as long as its racks and its CDUs.
  // (each rack's liquid draw and cooling, in the order racks are pushed below: read there too)
  const cooled = allRows.flatMap((row, ri) => row.map((r) => {
    let liquidW = 0;
    let liquid = false;
    for (const d of r.devices) {
      const size = topo.devices[d]!.role === 'server' ? server : sw;
      liquid ||= !!size.liquid;
      if (size.liquid) liquidW += size.powerW;
    }
    return { row: ri, liquidW, coolingKind: liquid ? ('liquid' as const) : ('air' as const) };
  }));
  const { cdus, cduOf } = placeCdus(cooled, rows, (inputs.cduKw ?? DEFAULT_CDU.capacityKw) * 1000, inputs.cduSpares ?? 0);
  const cdusOfRow = allRows.map((): PlanCdu[] => []);
  for (const c of cdus) cdusOfRow[c.row]!.push(c);
  const rowLen = Math.max(...allRows.map((r, ri) => r.length * L.rackWidthMm + cdusOfRow[ri]!.length * DEFAULT_CDU.widthMm), L.rackWidthMm);
  // Room for the cross trays beyond both row ends, and for the backbone trays above and below.
  const margin = Math.max(L.marginMm, 900);
  const rowPitch = L.rackDepthMm + L.aisleMm;
  const blockPitch = rowLen + 2 * margin;
  // Rows stack into blocks side by side (a main aisle between blocks) so the hall stays squarish.
  let blocks = 1;
  let best = Infinity;
  for (let c = 1; c <= allRows.length; c++) {
    const w = c * blockPitch;
    const d = Math.ceil(allRows.length / c) * rowPitch;
    const score = Math.max(w, d) / Math.min(w, d);
    if (score < best) {
      best = score;
      blocks = c;
    }
  }
  const rowsPerBlock = Math.ceil(allRows.length / blocks);
  const needW = roundUp(blocks * blockPitch, tile);
  const needD = roundUp(2 * margin + rowsPerBlock * L.rackDepthMm + Math.max(0, rowsPerBlock - 1) * L.aisleMm, tile);
  const widthMm = inputs.hall.widthMm ?? needW;
  const depthMm = inputs.hall.depthMm ?? needD;
  const many = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  if (widthMm < needW) {
    const cduNote = cdus.length ? ` and ${many(cdus.length, 'in-row CDU')} of ${formatM(DEFAULT_CDU.widthMm)} at their rows' ends` : '';
    throw new FabricInputError(`the fabric needs a hall at least ${formatM(needW)} wide (${many(blocks, 'block')} of rows of up to ${maxRacks} racks${cduNote}); it is ${formatM(widthMm)}`, 'hall.widthMm');
  }
  if (depthMm < needD) throw new FabricInputError(`the fabric needs a hall at least ${formatM(needD)} deep (${many(rowsPerBlock, 'row')}); it is ${formatM(depthMm)}`, 'hall.depthMm');

  const n = topo.devices.length;
  const rackOf = new Int32Array(n).fill(-1);
  const uOf = new Int32Array(n).fill(0);
  const racks: PlanRack[] = [];
  const rowY: number[] = [];
  const rowBlock: number[] = [];
  const placed = new Map<RunRack, number>();
  allRows.forEach((row, ri) => {
    const block = Math.floor(ri / rowsPerBlock);
    const inBlock = ri % rowsPerBlock;
    const x0 = block * blockPitch + margin;
    const y = margin + inBlock * rowPitch + L.rackDepthMm / 2;
    rowY.push(y);
    rowBlock.push(block);
    // Alternate the racks' fronts so that rows face each other across cold aisles.
    const rotationDeg: Rotation = inBlock % 2 === 0 ? 0 : 180;
    cdusOfRow[ri]!.forEach((c, k) => {
      Object.assign(c, { xMm: Math.round(x0 + row.length * L.rackWidthMm + (k + 0.5) * DEFAULT_CDU.widthMm), yMm: Math.round(y), rotationDeg, widthMm: DEFAULT_CDU.widthMm, depthMm: DEFAULT_CDU.depthMm });
    });
    row.forEach((r, j) => {
      const x = x0 + j * L.rackWidthMm + L.rackWidthMm / 2;
      const rackIdx = racks.length;
      placed.set(r, rackIdx);
      let [power, u] = [0, 1];
      for (const d of r.devices) {
        const isServer = topo.devices[d]!.role === 'server';
        const size = isServer ? server : sw;
        rackOf[d] = rackIdx;
        uOf[d] = u;
        u += Math.max(1, Math.ceil(size.uHeight));
        power += size.powerW;
      }
      // The devices' draw for now; plan.ts adds optics and headroom once media is chosen.
      const budget = r.kind === 'compute' && inputs.rackPowerBudgetW ? inputs.rackPowerBudgetW : Math.ceil(power);
      racks.push({
        name: tileName(x - L.rackWidthMm / 2 + 1, y - L.rackDepthMm / 2 + 1, tile),
        row: ri,
        liquidW: cooled[rackIdx]!.liquidW,
        block,
        xMm: Math.round(x),
        yMm: Math.round(y),
        rotationDeg,
        widthMm: L.rackWidthMm, depthMm: L.rackDepthMm, heightU: L.rackHeightU,
        powerBudgetW: budget,
        // (the cooling rule holds a liquid-cooled device in an air-cooled rack to be an error)
        coolingKind: cooled[rackIdx]!.coolingKind,
        kind: r.kind,
      });
    });
  });

  // Trays: one along each row; cross trays at both ends of each block and every five racks;
  // backbone trays above and below the blocks join the cross trays of every block. plan.ts sizes
  // them for the cables expected in each (sizeTrays).
  const trays: PlanTray[] = [];
  const crossX: number[][] = [];
  for (let b = 0; b < blocks; b++) {
    const x0 = b * blockPitch + margin;
    // A cross tray every five racks spreads the rows' cables over several cross routes.
    const xs = [x0 - 450];
    for (let k = CROSS_EVERY_RACKS; k < maxRacks; k += CROSS_EVERY_RACKS) xs.push(x0 + k * L.rackWidthMm);
    xs.push(x0 + rowLen + 450);
    crossX.push(xs);
  }
  rowY.forEach((y, ri) => {
    const xs = crossX[rowBlock[ri]!]!;
    trays.push({
      name: `${rows[ri]} tray`,
      heightMm: TRAY_HEIGHT_MM,
      widthMm: ROW_TRAY_WIDTH_MM,
      depthMm: TRAY_DEPTH_MM,
      // a vertex at each cross tray: tray fill is then counted per stretch between junctions
      points: [[xs[0]! - 150, Math.round(y)], ...xs.map((x): [number, number] => [Math.round(x), Math.round(y)]), [xs[xs.length - 1]! + 150, Math.round(y)]],
    });
  });
  const blockRowY: number[][] = crossX.map(() => []);
  rowY.forEach((y, ri) => blockRowY[rowBlock[ri]!]!.push(y));
  const backboneY = [Math.round(margin / 2), Math.round(margin + rowsPerBlock * rowPitch - L.aisleMm + margin / 2)];
  crossX.forEach((xs, b) => {
    xs.forEach((x, i) => {
      trays.push({
        name: `Block ${b + 1} cross tray ${i + 1}`,
        heightMm: TRAY_HEIGHT_MM,
        widthMm: CROSS_TRAY_WIDTH_MM,
        depthMm: TRAY_DEPTH_MM,
        points: [
          [Math.round(x), backboneY[0]! - 150],
          ...[backboneY[0]!, ...blockRowY[b]!, backboneY[1]!].map((y): [number, number] => [Math.round(x), Math.round(y)]),
          [Math.round(x), backboneY[1]! + 150],
        ],
      });
    });
  });
  const allX = crossX.flat();
  backboneY.forEach((y, i) => {
    trays.push({
      name: `Backbone tray ${i + 1}`,
      heightMm: TRAY_HEIGHT_MM,
      widthMm: CROSS_TRAY_WIDTH_MM,
      depthMm: TRAY_DEPTH_MM,
      points: [[Math.round(Math.min(...allX) - 150), y], ...[...allX].sort((p, q) => p - q).map((x): [number, number] => [Math.round(x), y]), [Math.round(Math.max(...allX) + 150), y]],
    });
  });
  let patchOf: Int32Array | undefined;
  for (const [r, i] of placed) {
    if (!r.patch) continue;
    patchOf ??= new Int32Array(racks.length).fill(-1);
    patchOf[i] = placed.get(r.patch)!;
  }
  return { hall: { widthMm, depthMm, tileMm: tile }, rows, racks, trays, rackOf, uOf, serversPerRack: spr, crossX, backboneY, ...(patchOf ? { patchOf } : {}), cdus, cduOf };
}

/** How plan.ts words the trays the estimate finds too full (generation replaces it with what it built). */
export const OVERFULL = /^\d+ trays need more than the largest standard tray/;

/** Standard tray sizes (width x depth, mm), smallest section first: 12", 18", 24", 36" wide. */
const TRAY_SIZES: [number, number][] = [305, 457, 610, 914]
  .flatMap((w) => [100, 150].map((d) => [w, d] as [number, number]))
  .sort((x, y) => x[0] * x[1] - y[0] * y[1]);

/**
 * Sizes each tray for the cables expected in it (cross-section summed over every cable that uses
 * the tray, an upper bound for any one segment) at the allowed fill; returns the trays that even
 * the largest standard size cannot hold.
 */
export function sizeTrays(p: Placement, areaMm2: Float64Array, fillPct: number): string[] {
  const over: string[] = [];
  p.trays.forEach((t, i) => {
    const need = areaMm2[i]! / (fillPct / 100);
    const size = TRAY_SIZES.find(([w, d]) => w * d >= need) ?? TRAY_SIZES[TRAY_SIZES.length - 1]!;
    // Never narrower than the layout's default; wider when the cables need it.
    if (size[0] * size[1] > t.widthMm * t.depthMm || need > t.widthMm * t.depthMm) [t.widthMm, t.depthMm] = size;
    if (need > size[0] * size[1]) over.push(`${t.name} needs ${Math.round(need / 1000)}k mm2 of section, more than a ${size[0]} x ${size[1]} mm tray`);
  });
  return over;
}
