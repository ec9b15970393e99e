// `trayline compare` as the economics tool: complete cost with the built-in prices (each an
// estimate with its source), the cost split per GPU, failure exposure from the sourced rates, the
// line on why two architectures are equal, sensitivity runs, the files it writes, and a switch
// without a price (a NetBox import) named instead of priced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, ROOT, tempDir } from './run-cli.js';

interface Row {
  arch: string;
  switches: number;
  switchesByTier: Record<string, number>;
  links: number;
  costComplete: boolean;
  networkCostUsd: number;
  cost: { switchesUsd: number; opticsUsd: number; cablesUsd: number; trunksUsd: number; totalUsd: number; perGpu: Record<string, number>; missing: string[]; estimates: { id: string; usd: number; source: string }[] };
  failures: { linkFailuresPerMonth: number; switchFailuresPerMonth: number; gpusPerSwitchFailure: number; opticFailuresPerMonth: number; rates: Record<string, number> };
  sameAs?: string;
  explanation?: string;
  error?: string;
}

test('compare --gpus 4096 --json: complete cost with the default hardware, a cost split and failure exposure on every row', () => {
  const r = cli('compare', '--gpus', '4096', '--json');
  assert.equal(r.code, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as Row[];
  assert.deepEqual(rows.map((x) => x.arch), ['clos', 'rail-optimized', 'rail-only', 'dragonfly']);
  for (const row of rows) {
    assert.equal(row.costComplete, true, `${row.arch}: ${row.cost.missing.join(', ')}`);
    const c = row.cost;
    assert.equal(c.totalUsd, c.switchesUsd + c.opticsUsd + c.cablesUsd + c.trunksUsd);
    assert.equal(c.trunksUsd, 0);
    assert.equal(row.networkCostUsd, c.totalUsd);
    for (const k of ['linkFailuresPerMonth', 'switchFailuresPerMonth', 'gpusPerSwitchFailure'] as const) assert.equal(typeof row.failures[k], 'number', `${row.arch}.${k}`);
    assert.ok(c.estimates.every((e) => e.source.length > 20), 'each estimate says where it comes from');
  }
  const clos = rows[0]!;
  // 512 DGX H100 on QM9700: 128 leaf + 128 spine + 64 core (SuperPOD B200 16 SU); each QM9700 at 36,000 USD (prices.ts).
  assert.deepEqual(clos.switchesByTier, { leaf: 128, spine: 128, core: 64 });
  assert.equal(clos.cost.switchesUsd, 320 * 36_000);
  assert.equal(clos.cost.perGpu.switches, (320 * 36_000) / 4096);
  assert.ok(clos.cost.estimates.some((e) => e.id === 'nvidia-qm9700' && e.usd === 36_000 && /fs\.com/.test(e.source)));
  // Alibaba HPN rates: 0.057 % of links and 0.051 % of switches fail each month.
  assert.equal(clos.failures.linkFailuresPerMonth, Math.round(12_288 * 0.00057 * 1000) / 1000);
  assert.equal(clos.failures.switchFailuresPerMonth, Math.round(320 * 0.00051 * 1000) / 1000);
  assert.equal(clos.failures.gpusPerSwitchFailure, 32);
  assert.equal(rows[1]!.sameAs, 'clos');
  assert.match(rows[1]!.explanation!, /Clos and rail-optimized come out equal/);
});

test('compare text: the cost split per GPU, failures, the why-equal line and which prices are estimates', () => {
  const r = cli('compare', '--gpus', '4096');
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /USD\/GPU\s+switches\s+optics\s+cables\s+trunks/);
  assert.match(r.stdout, /failures \/ month\s+links\s+optics\s+switches\s+GPUs per switch failure/);
  assert.match(r.stdout, /Clos and rail-optimized come out equal: both need 128 leaves/);
  assert.match(r.stdout, /Estimated prices \(not quotes; .*nvidia-qm9700 \$36,000/);
});

test('--vary prints the table for each combination; --json gives one entry per combination', () => {
  const args = ['compare', '--gpus', '1024', '--switch', 'nvidia-sn5600', '--vary', 'radix=64,128', '--vary', 'media-policy=cheapest,power'];
  const text = cli(...args);
  assert.equal(text.code, 0, text.stderr);
  const heads = text.stdout.split('\n').filter((l) => l.startsWith('== '));
  assert.deepEqual(heads, ['== radix 64 · media cheapest ==', '== radix 64 · media power ==', '== radix 128 · media cheapest ==', '== radix 128 · media power ==']);
  const json = cli(...args, '--json');
  const combos = JSON.parse(json.stdout) as { values: Record<string, unknown>; rows: Row[] }[];
  assert.equal(combos.length, 4);
  assert.deepEqual(combos[2]!.values, { radix: 128, mediaPolicy: 'cheapest' });
  // 128 servers: radix 128 holds a rail on one switch (8 rail switches); radix 64 needs 2 tiers per
  // rail: 128 / 32 downlinks = 4 leaves and 2 spines (each leaf's 32 uplinks over 2 spines), x 8 rails.
  assert.equal(combos[2]!.rows.find((x) => x.arch === 'rail-only')!.switches, 8);
  assert.equal(combos[0]!.rows.find((x) => x.arch === 'rail-only')!.switches, 8 * (4 + 2));
  const bad = cli('compare', '--gpus', '512', '--vary', 'colour=red');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--vary: cannot vary "colour"/);
});

test('--out writes the workbook, the SVG chart and the PNG chart', async () => {
  const dir = tempDir();
  for (const name of ['c.xlsx', 'c.svg', 'c.png']) {
    const r = cli('compare', '--gpus', '256', '--out', join(dir, name));
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(dir, name)), name);
  }
  const svg = readFileSync(join(dir, 'c.svg'), 'utf8');
  assert.match(svg, /data-arch="rail-only" data-measure="cost-switches"/);
  assert.match(svg, /Network cost per GPU/);
  assert.deepEqual([...readFileSync(join(dir, 'c.png')).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, 'c.xlsx'));
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['Compare', 'Estimated prices', 'Failure rates', 'Chart']);
  assert.equal(wb.getWorksheet('Compare')!.rowCount, 1 + 4);
  assert.match(String(wb.getWorksheet('Failure rates')!.getRow(2).getCell(3).value), /Alibaba HPN/);
  const bad = cli('compare', '--gpus', '256', '--out', join(dir, 'c.txt'));
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format: cannot tell from .*c\.txt; give one of compare-xlsx, compare-svg, compare-png/);
});

test('a switch without a price (NetBox import) is named, not priced; a price set on it completes the cost', () => {
  const file = join(tempDir(), 'p.trayline');
  assert.equal(cli('new', file).code, 0);
  assert.equal(cli('catalog', 'import-netbox', file, join(ROOT, 'test/fixtures/devicetype-library/device-types/Acme/LS-3264.yaml')).code, 0);
  const r = cli('compare', file, '--gpus', '256', '--switch', 'acme-ls-3264', '--json');
  assert.equal(r.code, 0, r.stderr);
  for (const row of (JSON.parse(r.stdout) as Row[]).filter((x) => !x.error)) {
    assert.equal(row.costComplete, false);
    assert.deepEqual(row.cost.missing, ['switch acme-ls-3264 (netbox import)']);
    assert.equal(row.cost.switchesUsd, 0);
  }
  assert.match(cli('compare', file, '--gpus', '256', '--switch', 'acme-ls-3264').stdout, /cost incomplete: no price for switch acme-ls-3264 \(netbox import\)/);
  const set = cli('catalog', 'set-price', file, 'acme-ls-3264', '30000', '--json');
  assert.equal(set.code, 0, set.stderr);
  assert.deepEqual(JSON.parse(set.stdout), { id: 'acme-ls-3264', unitCost: 30000 });
  const after = (JSON.parse(cli('compare', file, '--gpus', '256', '--switch', 'acme-ls-3264', '--json').stdout) as Row[]).filter((x) => !x.error);
  for (const row of after) {
    assert.equal(row.costComplete, true);
    assert.equal(row.cost.switchesUsd, row.switches * 30000);
    assert.ok(!row.cost.estimates.some((e) => e.id === 'acme-ls-3264'), "the user's price is not an estimate");
  }
});
