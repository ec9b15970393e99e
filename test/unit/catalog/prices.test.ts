// Every built-in switch, server and media entry has a default price from core/catalog/prices.ts,
// with its source and date, marked as an estimate unless it is the vendor's list price; the
// catalog carries it (prices.ts wins over a price written inline in the media files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../../core/catalog/index.js';
import { readFileSync } from 'node:fs';
import { BUILTIN_PRICES, priceSourceText } from '../../../core/catalog/prices.js';
import { CABLES_AND_OPTICS } from '../../../core/catalog/media/cables-and-optics.js';
import { FIBRE } from '../../../core/catalog/media/fibre.js';
import { OPTICS_1600G } from '../../../core/catalog/media/optics-1600g.js';
import { TRUNKS_AND_HARNESSES } from '../../../core/catalog/media/trunks.js';
import { assemblyCostUsd } from '../../../core/routing/link.js';

const DATE = /^(\d{4}-\d{2}(-\d{2})?|undated; read \d{4}-\d{2}-\d{2})$/;

test('every switch, server and media entry has a price with source and date', () => {
  const priced = [...BUILTIN_DEVICE_TYPES.filter((t) => t.role === 'switch' || t.role === 'server').map((t) => t.slug), ...BUILTIN_MEDIA.map((m) => m.id)];
  for (const id of priced) {
    const p = BUILTIN_PRICES[id];
    assert.ok(p, `${id}: no entry in prices.ts`);
    assert.ok(p.usd > 0, `${id}: price ${p.usd}`);
    assert.ok(p.source.length > 20, `${id}: source "${p.source}"`);
    assert.match(p.date, DATE, `${id}: date "${p.date}"`);
    assert.equal(typeof p.estimate, 'boolean');
  }
});

test('every prices.ts entry names a built-in type or media', () => {
  const ids = new Set([...BUILTIN_DEVICE_TYPES.map((t) => t.slug), ...BUILTIN_MEDIA.map((m) => m.id)]);
  for (const id of Object.keys(BUILTIN_PRICES)) assert.ok(ids.has(id), `${id} is not in the catalog`);
});

test('the catalog carries the prices.ts figure, its source and date, and the estimate flag', () => {
  const qm = toDeviceType(BUILTIN_DEVICE_TYPES.find((t) => t.slug === 'nvidia-qm9700')!);
  assert.equal(qm.unitCostUsd, BUILTIN_PRICES['nvidia-qm9700']!.usd);
  assert.equal(qm.costEstimate, true);
  assert.equal(qm.costSource, priceSourceText(BUILTIN_PRICES['nvidia-qm9700']!));
  assert.match(qm.costSource!, /^Estimate \(2024-08-22\): .*fs\.com/);
  for (const m of BUILTIN_MEDIA.map(toMedia)) {
    const p = BUILTIN_PRICES[m.id]!;
    assert.equal(m.unitCostUsd, p.usd, m.id);
    assert.equal(m.costEstimate, p.estimate, m.id);
    assert.ok(m.costSource?.includes(p.date), `${m.id}: the source line carries the date`);
  }
});

test('a type without a public price stays unpriced and says so in its gaps', () => {
  const pdu = toDeviceType(BUILTIN_DEVICE_TYPES.find((t) => t.slug === 'generic-pdu-3ph-415v-60a')!);
  assert.equal(pdu.unitCostUsd, null);
  assert.ok(pdu.gaps!.some((g) => g.startsWith('unitCostUsd:')));
});

test('docs/economics.md lists every default price with its figure and date', () => {
  const doc = readFileSync(new URL('../../../docs/economics.md', import.meta.url), 'utf8');
  const rows = doc.split('\n').filter((l) => l.startsWith('| `'));
  for (const [id, p] of Object.entries(BUILTIN_PRICES)) {
    const row = rows.find((l) => l.includes(`\`${id}\``));
    assert.ok(row, `${id} is not in the price table of docs/economics.md`);
    const cells = row.split('|').map((c) => c.trim());
    // "1,250", "19.69 per m" (made-to-length fibre) or "1,080 + 7.2 per m" (an assembly: base + per metre)
    const [base, perM] = cells[2]!.replace(/,/g, '').split(' + ');
    assert.equal(Number(base!.replace(' per m', '')), p.usd, `${id}: ${cells[2]}`);
    assert.equal(perM === undefined ? undefined : Number(perM.replace(' per m', '')), p.perMUsd, `${id}: per metre in ${cells[2]}`);
    assert.equal(cells[4], p.date, `${id}: date`);
  }
});

test('prices have one home: the media files carry none, and the catalog build writes them', () => {
  for (const m of [...CABLES_AND_OPTICS, ...FIBRE, ...OPTICS_1600G, ...TRUNKS_AND_HARNESSES]) {
    assert.equal(m.unitCostUsd, undefined, `${m.id}: inline unitCostUsd`);
    assert.equal(m.costSource, undefined, `${m.id}: inline costSource`);
    assert.equal(m.costEstimate, undefined, `${m.id}: inline costEstimate`);
    if (m.assembly) assert.deepEqual([m.assembly.costBaseUsd, m.assembly.costPerMUsd], [null, null], `${m.id}: inline assembly price`);
  }
});

test('a made assembly is priced per assembly: prices.ts base and per metre land in its assembly spec', () => {
  for (const m of BUILTIN_MEDIA.map(toMedia)) {
    const p = BUILTIN_PRICES[m.id]!;
    if (p.perMUsd !== undefined) assert.ok(m.assembly, `${m.id}: a price per metre needs an assembly spec`);
    if (!m.assembly) continue;
    assert.equal(m.assembly.costBaseUsd, p.usd, m.id);
    assert.equal(m.assembly.costPerMUsd, p.perMUsd ?? null, m.id);
  }
  // 144 fibres OS2: 12 MPO-12 each end = 24 connectors x USD 45 = 1,080; 144 x USD 0.05 = 7.20 per metre.
  const t144 = toMedia(BUILTIN_MEDIA.find((m) => m.id === 'TRUNK-MPO12-144F-OS2-B')!);
  assert.equal(assemblyCostUsd(t144, 30_000), 1080 + 7.2 * 30);
  // 24 fibres OM4: 4 connectors x 45 = 180; 24 x 0.10 = 2.40 per metre; at 3 m 187.20 (not 180 x 3).
  const t24 = toMedia(BUILTIN_MEDIA.find((m) => m.id === 'TRUNK-MPO12-24F-OM4-B')!);
  assert.equal(assemblyCostUsd(t24, 3000), 187.2);
  // A harness in a stock length is one price whatever its length.
  const h = toMedia(BUILTIN_MEDIA.find((m) => m.id === 'HARNESS-MPO16-8xLC-OS2')!);
  assert.equal(assemblyCostUsd(h, 5000), 160);
});

test('new types are priced from their sources: the Q3450-LD is the Q3400 plus the optics it integrates', () => {
  // 72 twin-port 1.6T modules a Q3400 needs for 144 x 800G, at 2 x the 800G DR8 class (1,250).
  assert.equal(BUILTIN_PRICES['nvidia-q3450-ld']!.usd, BUILTIN_PRICES['nvidia-q3400']!.usd + 72 * 2 * 1250);
  assert.equal(BUILTIN_PRICES['nvidia-q3450-ld']!.usd, BUILTIN_PRICES['nvidia-q3400']!.usd + 72 * BUILTIN_PRICES['NVIDIA-XDR-1.6T-2xDR4']!.usd);
  assert.equal(BUILTIN_PRICES['nvidia-gb300-nvl72']!.usd, 3_500_000, 'midpoint of USD 3-4 million a rack');
  assert.equal(BUILTIN_PRICES['nvidia-dgx-b300']!.usd, 325_000, 'midpoint of USD 300-350K a system');
  assert.equal(BUILTIN_PRICES['NVIDIA-XDR-1.6T-2xFR4']!.usd, 2 * BUILTIN_PRICES['800G-2xFR4']!.usd);
});
