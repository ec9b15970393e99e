// `trayline export` for every issue 7 format, run as a user would, on a fixture project file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { PDFDocument } from 'pdf-lib';
import { buildFixture, PANEL_LABELS } from '../unit/export/fixture.js';
import { cli, fileDigest } from './run-cli.js';

const f = buildFixture();
f.db.close();
const before = fileDigest(f.path);

const FILE_FORMATS = ['cable-schedule-csv', 'cable-schedule-xlsx', 'bom-csv', 'bom-xlsx', 'labels-pdf', 'labels-csv', 'floorplan-svg', 'floorplan-png', 'floorplan-pdf', 'elevations-pdf'];

test('every file format writes a non-empty file, exit 0, and leaves the project untouched', () => {
  for (const format of FILE_FORMATS) {
    const out = join(f.dir, `cli-${format}`);
    const r = cli('export', f.path, '--format', format, '--out', out);
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    assert.ok(existsSync(out) && readFileSync(out).length > 0, format);
  }
  assert.equal(fileDigest(f.path), before);
});

test('netbox writes a folder; flags reach the formats (--site, --label-size, --racks)', async () => {
  const dir = join(f.dir, 'cli-netbox');
  assert.equal(cli('export', f.path, '--format', 'netbox', '--out', dir, '--site', 'DC1').code, 0);
  for (const name of ['racks.csv', 'devices.csv', 'cables.csv', 'README.md']) assert.ok(readdirSync(dir).includes(name), name);
  const racks = parse(readFileSync(join(dir, 'racks.csv')), { columns: true }) as Record<string, string>[];
  assert.ok(racks.every((r) => r['site'] === 'DC1'));

  const pdf = join(f.dir, 'cli-a4.pdf');
  assert.equal(cli('export', f.path, '--format', 'labels-pdf', '--out', pdf, '--label-size', 'a4-70x37mm').code, 0);
  // 2 labels per cable and the patch panel's labels, 24 per A4 sheet (3 x 8 of 70 x 37 mm)
  assert.equal((await PDFDocument.load(readFileSync(pdf))).getPageCount(), Math.ceil((2 * f.cables + PANEL_LABELS) / 24));

  const elev = join(f.dir, 'cli-elev.pdf');
  assert.equal(cli('export', f.path, '--format', 'elevations-pdf', '--out', elev, '--racks', 'C04,D04').code, 0);
  assert.equal((await PDFDocument.load(readFileSync(elev))).getPageCount(), 2);
});

test('bad choices exit 2 with one line naming the option, and write nothing', () => {
  const out = join(f.dir, 'cli-bad.svg');
  const r = cli('export', f.path, '--format', 'floorplan-svg', '--out', out, '--racks', 'C04,ZZ99');
  assert.equal(r.code, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /options\.racks\[1\]: no rack named "ZZ99"/);
  assert.ok(!existsSync(out));
  const d = cli('export', f.path, '--format', 'bom-csv', '--out', join(f.dir, 'x.csv'), '--date', 'yesterday');
  assert.equal(d.code, 2);
  assert.match(d.stderr, /options\.date/);
});

test('the schedule goes to stdout with --out -', () => {
  const r = cli('export', f.path, '--format', 'cable-schedule-csv', '--out', '-');
  assert.equal(r.code, 0, r.stderr);
  assert.equal((parse(r.stdout, { columns: true }) as unknown[]).length, f.cables);
});
