// The structured-cabling formats, registered in main/export/registry.ts: trunk schedule (CSV,
// XLSX), panel map (CSV) and jumper schedule (CSV, XLSX). The rows are built in core/export/
// (trunk-schedule.ts, panel-map.ts, jumper-schedule.ts); these only write them. Each takes an
// optional hall; without one, every hall.
import { closeSync, openSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { csvLine, type CsvCell } from '../../core/export/csv.js';
import { JUMPER_COLUMNS, JUMPER_HEADERS, jumperRows } from '../../core/export/jumper-schedule.js';
import { PANEL_MAP_HEADERS, panelMapRowCount, panelMapRows } from '../../core/export/panel-map.js';
import { pickHall } from '../../core/export/plan-links.js';
import { StructuredIndex } from '../../core/export/structured-index.js';
import { TRUNK_COLUMNS, TRUNK_HEADERS, trunkRows, trunkSummary } from '../../core/export/trunk-schedule.js';
import type { Device } from '../../core/model/entities.js';
import { roundM } from '../../core/model/units.js';
import { exportContext, writeAtomically, type ExportContext } from './context.js';
import { addSheet, FileLines, sheetName } from './schedule.js';
import type { ExportFormat, ExportOptions, ExportSource } from './types.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Structured {
  ctx: ExportContext;
  s: StructuredIndex;
  /** Devices of the chosen hall; null: every hall. */
  inHall: ((d: Device) => boolean) | null;
  hallName: string | null;
}

function structured(src: ExportSource, opts: ExportOptions): Structured {
  const ctx = exportContext(src, opts);
  const name = ctx.choices.hall;
  if (name === undefined) return { ctx, s: new StructuredIndex(ctx.index), inHall: null, hallName: null };
  const hall = pickHall(ctx.index.snap.halls, name);
  const racks = new Set(ctx.index.snap.racks.filter((r) => r.hallId === hall.id).map((r) => r.id));
  return { ctx, s: new StructuredIndex(ctx.index), inHall: (d) => racks.has(d.rackId), hallName: hall.name };
}

/** A CSV of a header and rows, written through a reused buffer (a hall has 100,000s of panel ports). */
async function writeCsv(out: string, header: readonly string[], rows: Iterable<readonly CsvCell[]>, progress: (n: number) => void): Promise<void> {
  await writeAtomically(out, async (tmp) => {
    const fd = openSync(tmp, 'w');
    try {
      const lines = new FileLines(fd);
      lines.add(csvLine(header));
      // the total at once, before the first rows
      progress(0);
      let n = 0;
      for (const r of rows) {
        lines.add(csvLine(r));
        if (++n % 5000 === 0) progress(n);
      }
      lines.flush();
      progress(n);
    } finally {
      closeSync(fd);
    }
  });
}

async function workbook(out: string, title: string, fill: (wb: ExcelJS.stream.xlsx.WorkbookWriter, taken: Set<string>) => void): Promise<void> {
  await writeAtomically(out, async (tmp) => {
    // no cell styles, as the cable schedule: exceljs looks a style up per cell
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: false, useSharedStrings: false });
    wb.creator = 'Trayline';
    wb.title = title;
    fill(wb, new Set());
    await wb.commit();
  });
}

/** A workbook's Summary sheet: what to order, line by line, a total, then a note on what it covers. */
function summarySheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, taken: Set<string>, columns: { header: string; width: number }[], lines: unknown[][], total: unknown[], note: string): void {
  const sum = addSheet(wb, sheetName('Summary', taken), columns);
  for (const l of [...lines, total, [], [note]]) sum.addRow(l).commit();
  sum.commit();
}

const scope = (x: Structured) => (x.hallName ? `hall ${x.hallName}` : 'every hall');

export const STRUCTURED_FORMATS: Record<string, ExportFormat> = {
  'trunk-schedule-csv': {
    title: 'Trunk schedule (CSV)',
    description: 'one row per trunk between two patch panels: fibres, connectors, polarity, both panels (rack, U, port), routed and ordered length, route, the links it carries',
    fileName: 'trunk-schedule.csv',
    mime: 'text/csv',
    hall: 'any',
    async write(src, out, opts) {
      const x = structured(src, opts);
      const rows = trunkRows(x.s, x.inHall);
      await writeCsv(out, TRUNK_HEADERS, rows.map((r) => r.cells), (n) => x.ctx.progress('trunks', n, rows.length));
    },
  },
  'trunk-schedule-xlsx': {
    title: 'Trunk schedule (Excel)',
    description: 'the trunk schedule as a workbook: a summary of trunks to order by fibre count and length, then every trunk',
    fileName: 'trunk-schedule.xlsx',
    mime: XLSX,
    hall: 'any',
    async write(src, out, opts) {
      const x = structured(src, opts);
      const rows = trunkRows(x.s, x.inHall);
      await workbook(out, `${x.ctx.project} trunk schedule`, (wb, taken) => {
        const lines = trunkSummary(rows);
        const routed = lines.filter((l) => l.orderedM !== null);
        summarySheet(
          wb,
          taken,
          [
            { header: 'media id', width: 28 },
            { header: 'fibres', width: 8 },
            { header: 'ordered length (m)', width: 18 },
            { header: 'trunks', width: 8 },
            { header: 'total length (m)', width: 16 },
          ],
          // a multi-leg trunk: its legs' lengths ("9; 11"), the total counts every leg
          lines.map((l) => [l.mediaId, l.fibres, l.legsOrderedM ? l.legsOrderedM.join('; ') : l.orderedM, l.count, l.orderedM === null ? null : roundM(l.orderedM * l.count)]),
          ['Total', null, null, rows.length, roundM(routed.reduce((m, l) => m + l.orderedM! * l.count, 0))],
          `${x.ctx.project} · exported ${x.ctx.date} · ${scope(x)}${lines.length > routed.length ? ' · trunks not routed yet have no length' : ''}`,
        );
        const ws = addSheet(wb, sheetName('Trunks', taken), TRUNK_COLUMNS);
        for (const r of rows) ws.addRow(r.cells).commit();
        ws.commit();
      });
      x.ctx.progress('trunks', rows.length, rows.length);
    },
  },
  'panel-map-csv': {
    title: 'Panel map (CSV)',
    description: 'one row per patch panel front port: its rear port and position, the trunk and the far panel port at that position, the jumpers and the active port at each end',
    fileName: 'panel-map.csv',
    mime: 'text/csv',
    hall: 'any',
    async write(src, out, opts) {
      const x = structured(src, opts);
      const total = panelMapRowCount(x.s, x.inHall);
      await writeCsv(out, PANEL_MAP_HEADERS, panelMapRows(x.s, x.inHall), (n) => x.ctx.progress('panel ports', n, total));
    },
  },
  'jumper-schedule-csv': {
    title: 'Jumper schedule (CSV)',
    description: 'one row per jumper, rack by rack: the panel port and the device port it joins, the cord and its stock length, the trunk behind the panel and the far end of the link',
    fileName: 'jumper-schedule.csv',
    mime: 'text/csv',
    hall: 'any',
    async write(src, out, opts) {
      const x = structured(src, opts);
      const rows = jumperRows(x.s, x.inHall);
      await writeCsv(out, JUMPER_HEADERS, rows.map((r) => r.cells), (n) => x.ctx.progress('jumpers', n, rows.length));
    },
  },
  'jumper-schedule-xlsx': {
    title: 'Jumper schedule (Excel)',
    description: 'the jumper schedule as a workbook: cords to bring by media and stock length, then one sheet per row or pod',
    fileName: 'jumper-schedule.xlsx',
    mime: XLSX,
    hall: 'any',
    async write(src, out, opts) {
      const x = structured(src, opts);
      const rows = jumperRows(x.s, x.inHall);
      await workbook(out, `${x.ctx.project} jumper schedule`, (wb, taken) => {
        const tally = new Map<string, { media: string; m: number | null; n: number }>();
        for (const r of rows) {
          const media = r.mediaId ?? '';
          const key = `${media}\u0000${r.orderedM ?? ''}`;
          const t = tally.get(key);
          if (t) t.n++;
          else tally.set(key, { media, m: r.orderedM, n: 1 });
        }
        summarySheet(
          wb,
          taken,
          [
            { header: 'media id', width: 24 },
            { header: 'ordered length (m)', width: 18 },
            { header: 'jumpers', width: 9 },
          ],
          [...tally.values()].sort((a, b) => a.media.localeCompare(b.media) || (a.m ?? Infinity) - (b.m ?? Infinity)).map((t) => [t.media, t.m, t.n]),
          ['Total', null, rows.length],
          `${x.ctx.project} · exported ${x.ctx.date} · ${scope(x)} · one sheet per row or pod, by the rack of each jumper's panel`,
        );
        let sheet: string | null = null;
        let ws: ReturnType<typeof addSheet> | undefined;
        for (const r of rows) {
          if (!ws || sheet !== r.sheet) {
            ws?.commit();
            sheet = r.sheet;
            ws = addSheet(wb, sheetName(r.sheet, taken), JUMPER_COLUMNS);
          }
          ws.addRow(r.cells).commit();
        }
        ws?.commit();
      });
      x.ctx.progress('jumpers', rows.length, rows.length);
    },
  },
};
