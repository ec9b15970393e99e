// CSV formula injection: names a user (or an imported file) chose that a spreadsheet would run as a
// formula come out of every CSV export with a single quote in front (OWASP's advice), and every
// XLSX export keeps them as text (no <f> formula element anywhere).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { csvLine, neutralizeFormula, stringifyCsv } from '../../../core/export/csv.js';
import { exportFormats } from '../../../main/app/export.js';
import { writeReport } from '../../../main/app/audit.js';
import { buildFixture } from './fixture.js';
import { runFormat } from './run-format.js';

const EVIL = ["=cmd|' /C calc'!A0", '+SUM(1+1)', '-2+3', '@SUM(A1:A2)', '\tTAB', '\rCR'];
const DANGEROUS = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

test('neutralizeFormula: = + - @ tab and CR get a leading quote; plain signed numbers and other text stay', () => {
  assert.deepEqual(EVIL.map(neutralizeFormula), ["'=cmd|' /C calc'!A0", "'+SUM(1+1)", "'-2+3", "'@SUM(A1:A2)", "'\tTAB", "'\rCR"]);
  assert.deepEqual(['-3', '+1.5', '-0.25e3', 'A01', 'leaf-01', '', "it's"].map(neutralizeFormula), ['-3', '+1.5', '-0.25e3', 'A01', 'leaf-01', '', "it's"]);
  // Both encoders: the fast line writer and csv-stringify.
  assert.equal(csvLine(['=1+1', -3, '-3', 'ok']), "'=1+1,-3,-3,ok\n");
  assert.equal(stringifyCsv([['=1+1', '@x', 'ok']]), "'=1+1,'@x,ok\n");
});

function csvFiles(path: string): string[] {
  if (statSync(path).isDirectory()) return readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.csv')).map((f) => join(path, f));
  return [path];
}

test('every CSV export neutralises formula-like names; every XLSX export keeps them as text', async () => {
  const f = buildFixture();
  // Names as a careless user or a hostile import could leave them (written under the checks).
  const cables = f.db.prepare('SELECT id FROM cables ORDER BY id').pluck().all() as number[];
  const devices = f.db.prepare('SELECT id FROM devices ORDER BY id').pluck().all() as number[];
  const upCable = f.db.prepare('UPDATE cables SET label = ? WHERE id = ?');
  const upDevice = f.db.prepare('UPDATE devices SET name = ? WHERE id = ?');
  cables.forEach((id, i) => upCable.run(`${EVIL[i % EVIL.length]} ${id}`, id));
  devices.forEach((id, i) => upDevice.run(`${EVIL[(i + 1) % EVIL.length]} ${id}`, id));

  const checked: string[] = [];
  let evilCells = 0;
  for (const fmt of exportFormats()) {
    const isCsv = fmt.mime === 'text/csv' || fmt.folder;
    const isXlsx = fmt.fileName.endsWith('.xlsx');
    if (!isCsv && !isXlsx) continue;
    const { out } = await runFormat(f, fmt.name);
    checked.push(fmt.name);
    if (isCsv) {
      for (const file of csvFiles(out)) {
        for (const row of parse(readFileSync(file), { relax_column_count: true }) as string[][]) {
          for (const cell of row) {
            assert.ok(!DANGEROUS.test(cell) || PLAIN_NUMBER.test(cell), `${fmt.name} ${file}: ${JSON.stringify(cell)}`);
            if (EVIL.some((e) => cell.includes(`'${e}`))) evilCells++;
          }
        }
      }
    } else {
      const zip = await JSZip.loadAsync(readFileSync(out));
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n))) {
        const xml = await zip.file(name)!.async('string');
        assert.ok(!/<f[\s>]/.test(xml), `${fmt.name} ${name}: a formula element`);
      }
    }
  }
  for (const must of ['cable-schedule-csv', 'labels-csv', 'bom-csv', 'netbox', 'cable-schedule-xlsx', 'bom-xlsx']) assert.ok(checked.includes(must), must);
  assert.ok(evilCells >= cables.length, `the hostile names reached the files neutralised (${evilCells} cells)`);
});

test('the audit report CSV neutralises too', async () => {
  const item = { class: 'missing', planned: [{ label: '=HYPERLINK("x")', a: { host: '@h', port: '+1' }, b: { host: 'b', port: '2' } }], found: [], detail: '-1+2' };
  const csv = (await writeReport({ items: [item] } as never, 'csv')).toString('utf8');
  const rows = parse(csv) as string[][];
  assert.equal(rows[1]![1], '\'=HYPERLINK("x")');
  assert.equal(rows[1]![2], "'@h +1");
  assert.equal(rows[1]![7], "'-1+2");
});
