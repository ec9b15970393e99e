// Every built-in switch, server and media entry has a default price from core/catalog/prices.ts,
// with its source and date, marked as an estimate unless it is the vendor's list price; the
// catalog carries it (prices.ts wins over a price written inline in the media files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../../core/catalog/index.js';
import { readFileSync } from 'node:fs';
import { BUILTIN_PRICES, priceSourceText } from '../../../core/catalog/prices.js';

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
    assert.equal(Number(cells[2]!.replace(/,| per m/g, '')), p.usd, `${id}: ${cells[2]}`);
    assert.equal(cells[4], p.date, `${id}: date`);
  }
});
