// The fabric bring-up exports of issue 15, registered in main/export/registry.ts:
// ibnetdiscover, UFM Cable Validation files, Slurm topology.conf and the bring-up order, one hall
// each. The pure builders live in core/export/; these only read the project and write files.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { ApiError } from '../../core/model/errors.js';
import { bringUp, type BringupWave, BRINGUP_HEADERS } from '../../core/export/bringup.js';
import { csvLine } from '../../core/export/csv.js';
import { fabricRoles, type FabricRoles } from '../../core/export/fabric-roles.js';
import { ibnetdiscoverTopology } from '../../core/export/ibnetdiscover.js';
import { hallPlan, type HallPlan } from '../../core/export/plan-links.js';
import { slurmTopology } from '../../core/export/slurm-topology.js';
import { ufmHcaMapping } from '../../core/export/ufm-hca-mapping.js';
import { LAYOUT_HEADERS, ufmLayoutRows } from '../../core/export/ufm-layout.js';
import { P2P_HEADERS, ufmP2pRows } from '../../core/export/ufm-p2p.js';
import type { DeviceType, Id } from '../../core/model/entities.js';
import { exportContext, writeAtomically, type ExportContext } from './context.js';
import { sheetName } from './schedule.js';
import type { ExportFormat, ExportOptions, ExportSource } from './types.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Fabric {
  ctx: ExportContext;
  plan: HallPlan;
  types: Map<Id, DeviceType>;
  roles: FabricRoles;
}

function fabric(src: ExportSource, opts: ExportOptions): Fabric {
  const ctx = exportContext(src, opts);
  const plan = hallPlan(ctx.index.snap, ctx.choices.hall);
  const types = ctx.index.types;
  return { ctx, plan, types, roles: fabricRoles(plan, types) };
}

const text = (build: (f: Fabric) => string) => async (src: ExportSource, out: string, opts: ExportOptions) => {
  const content = build(fabric(src, opts));
  await writeAtomically(out, async (tmp) => writeFileSync(tmp, content));
};

/** A workbook of sheets (name, header, rows), written as it is built. */
async function workbook(out: string, title: string, sheets: Iterable<{ name: string; header: readonly string[]; rows: Iterable<(string | number)[]> }>) {
  await writeAtomically(out, async (tmp) => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: false, useSharedStrings: false });
    wb.creator = 'Trayline';
    wb.title = title;
    const taken = new Set<string>();
    for (const s of sheets) {
      const ws = wb.addWorksheet(sheetName(s.name, taken), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
      ws.columns = s.header.map((h) => ({ header: h, width: Math.max(10, h.length + 4) }));
      ws.getRow(1).commit();
      for (const r of s.rows) ws.addRow(r).commit();
      ws.commit();
    }
    await wb.commit();
  });
}

function ibnetdiscover(f: Fabric): string {
  const { text: t, links } = ibnetdiscoverTopology(f.plan, f.types, { hcaMap: f.ctx.choices.hcaMap ?? null, project: f.ctx.project, date: f.ctx.date });
  if (links === 0)
    throw new ApiError('bad-input', `hall "${f.plan.hall?.name}" has no link on an InfiniBand switch (a Quantum or other IB switch type)`, 'options.hall');
  return t;
}

const waveSummary = (waves: BringupWave[]) => waves.map((w) => [w.wave, w.name, w.devices, w.links]);

/** Each format's file name and MIME type, then its writer; registry.ts lists them with the rest. */
export const FABRIC_FORMATS: Record<string, ExportFormat> = {
  ibnetdiscover: {
    title: 'InfiniBand topology (ibnetdiscover)',
    hall: 'one',
    fileName: 'plan.topo',
    mime: 'text/plain',
    description: 'the hall as an ibnetdiscover topology (node descriptions, IB port numbers) to diff with the live fabric (--hall, --hca-map)',
    write: text(ibnetdiscover),
  },
  'ufm-p2p-xlsx': {
    title: 'UFM cable validation (Excel)',
    hall: 'one',
    fileName: 'ufm-p2p.xlsx',
    mime: XLSX,
    description: 'UFM Cable Validation P2P workbook: A/Z rack, U, node name, type and port, one row per link (--hall)',
    async write(src, out, opts) {
      const f = fabric(src, opts);
      await workbook(out, `${f.ctx.project} P2P`, [{ name: f.plan.hall?.name ?? 'P2P', header: P2P_HEADERS, rows: ufmP2pRows(f.plan, f.types, f.roles) }]);
    },
  },
  'ufm-hca-mapping-csv': {
    title: 'UFM HCA mapping (CSV)',
    hall: 'one',
    fileName: 'hca_mapping.csv',
    mime: 'text/csv',
    description: "UFM Cable Validation HCA mapping: port,hca-name for the hall's servers (--hall, --hca-map)",
    write: text((f) => ufmHcaMapping(f.plan, f.types, f.ctx.choices.hcaMap ?? null)),
  },
  'ufm-layout-csv': {
    title: 'UFM layout (CSV)',
    hall: 'one',
    fileName: 'layout.csv',
    mime: 'text/csv',
    description: 'UFM Cable Validation layout: rack, data hall, scalable unit, row (--hall)',
    write: text((f) => {
      const rows = new Map(f.ctx.index.snap.rows.map((r) => [r.id, r.name]));
      return [LAYOUT_HEADERS, ...ufmLayoutRows(f.plan, f.roles, (id) => (id === null ? '' : (rows.get(id) ?? '')))].map(csvLine).join('');
    }),
  },
  'slurm-topology': {
    title: 'Slurm topology.conf',
    hall: 'one',
    fileName: 'topology.conf',
    mime: 'text/plain',
    description: 'Slurm topology.conf: leaves with their servers, switches above (--hall; --block [--block-by su|nvlink|rack] for topology/block)',
    write: text((f) =>
      slurmTopology(f.plan, f.types, f.roles, { ...(f.ctx.choices.block ? { block: f.ctx.choices.block } : {}), project: f.ctx.project, date: f.ctx.date }),
    ),
  },
  'bring-up-csv': {
    title: 'Bring-up order (CSV)',
    hall: 'one',
    fileName: 'bring-up.csv',
    mime: 'text/csv',
    description: 'bring-up order: devices to power and links to cable, wave by wave (OOB, management, spine-leaf, then each SU) (--hall)',
    write: text((f) => [BRINGUP_HEADERS, ...bringUp(f.plan, f.roles).flatMap((w) => w.rows)].map(csvLine).join('')),
  },
  'bring-up-xlsx': {
    title: 'Bring-up order (Excel)',
    hall: 'one',
    fileName: 'bring-up.xlsx',
    mime: XLSX,
    description: 'bring-up order workbook: a summary of the waves and a sheet per wave (--hall)',
    async write(src, out, opts) {
      const f = fabric(src, opts);
      const waves = bringUp(f.plan, f.roles);
      await workbook(out, `${f.ctx.project} bring-up order`, [
        { name: 'Waves', header: ['Wave', 'Phase', 'Devices to power', 'Links to cable'], rows: waveSummary(waves) },
        ...waves
          .filter((w) => w.rows.length)
          .map((w) => ({ name: `Wave ${w.wave}${w.su ? ` ${w.name.replace(/^Compute fabric /, '')}` : ''}`, header: BRINGUP_HEADERS, rows: w.rows })),
      ]);
    },
  },
};
