// `trayline audit` as a user runs it, on the fixtures' fabric.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { PDFDocument } from 'pdf-lib';
import { createFabricProject } from '../unit/audit/fabric-db.js';
import { CABLES, FIXTURES } from '../unit/audit/fabric.js';
import { cli, fileDigest } from './run-cli.js';

const f = createFabricProject();
f.db.close();
const before = fileDigest(f.path);
const fx = (p: string) => join(FIXTURES, p);

test('a folder of <host>.json lldpd files: JSON result, exit 1, project untouched', () => {
  const r = cli('audit', f.path, '--as-built', fx('lldpd'), '--json');
  assert.equal(r.code, 1, r.stderr);
  const out = JSON.parse(r.stdout);
  // see test/fixtures/audit/README.md: C1, C6 matched; C2 missing; C3/C4 one swap; C5 miswired; 1 extra
  assert.deepEqual([out.matched, out.missing, out.unexpected, out.miswired, out.swapped], [2, 1, 1, 2, 1]);
  assert.equal(out.items.length, 1 + 1 + 1 + 1);
  for (const item of out.items) assert.deepEqual(Object.keys(item).slice(0, 3), ['class', 'planned', 'found']);
  assert.equal(fileDigest(f.path), before);
});

test('a hall that matches its plan exits 0', () => {
  const dir = join(f.dir, 'clean');
  mkdirSync(dir);
  const lines = ['A Node,A Port,Z Node,Z Port', ...CABLES.map(([, ad, ap, bd, bp]) => `${ad},${ap},${bd},${bp}`)];
  const sheet = join(dir, 'clean.csv');
  writeFileSync(sheet, lines.join('\n'));
  const r = cli('audit', f.path, '--as-built', sheet, '--json');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).matched, CABLES.length);
});

test('several sources and formats at once; --format forces one', () => {
  const r = cli('audit', f.path, '--as-built', fx('eos/spine01.txt'), '--as-built', fx('eos/spine02.txt'), '--format', 'eos', '--json');
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  assert.equal(out.unaudited, 2);
  assert.deepEqual(out.sources.map((s: { format: string }) => s.format), ['eos', 'eos']);
  const wrong = cli('audit', f.path, '--as-built', fx('eos/spine01.txt'), '--format', 'lldpd-json');
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /spine01\.txt:1: not valid JSON/);
});

test('bad input: exit 2 and one line naming the file and line', () => {
  const bad = join(f.dir, 'bad.csv');
  writeFileSync(bad, 'A Node,A Port,Z Node,Z Port\nleaf01,swp1,spine01,Ethernet1\nleaf01,,spine02,Ethernet1\n');
  const r = cli('audit', f.path, '--as-built', bad);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^trayline audit: .*bad\.csv:3: A Port: empty/);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.equal(cli('audit', f.path).code, 2);
  assert.equal(cli('audit', f.path, '--as-built', join(f.dir, 'nope')).code, 2);
});

test('--report writes CSV, XLSX and PDF reports with every difference', async () => {
  const outs = ['csv', 'xlsx', 'pdf'].map((x) => join(f.dir, `report.${x}`));
  for (const out of outs) assert.equal(cli('audit', f.path, '--as-built', fx('lldpd'), '--report', out).code, 1);
  // one row per planned/found pair: missing 1 + unexpected 1 + miswired 1 + swap 2
  const rows = parse(readFileSync(outs[0]!), { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, 1 + 1 + 1 + 2);
  assert.deepEqual(rows.filter((r) => r['Class'] === 'swapped').map((r) => r['Planned cable']), ['C3', 'C4']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(outs[1]!);
  assert.equal(wb.getWorksheet('Differences')!.actualRowCount, 1 + rows.length);
  assert.ok((await PDFDocument.load(readFileSync(outs[2]!))).getPageCount() >= 1);
  assert.equal(cli('audit', f.path, '--as-built', fx('lldpd'), '--report', join(f.dir, 'r.docx')).code, 2);
});

test('an XLSX p2p sheet reads like its CSV', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cables');
  for (const line of readFileSync(fx('p2p/as-built.csv'), 'utf8').trim().split('\n')) ws.addRow(line.split(','));
  const xlsx = join(f.dir, 'as-built.xlsx');
  await wb.xlsx.writeFile(xlsx);
  const csvOut = JSON.parse(cli('audit', f.path, '--as-built', fx('p2p/as-built.csv'), '--json').stdout);
  const xlsxOut = JSON.parse(cli('audit', f.path, '--as-built', xlsx, '--json').stdout);
  const strip = (o: { items: { detail: string }[] }) => o.items.map((i) => i.detail.replace(/ \(\S+:\d+\)$/, ''));
  assert.deepEqual(strip(xlsxOut), strip(csvOut));
  assert.equal(xlsxOut.wrongLength, 1);
});
