import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAudit } from '../../../core/audit/run.js';
import { AUDIT_CLASSES } from '../../../core/audit/types.js';
import { CLASS_COLORS, filterItems, highlightsOf } from '../../../core/audit/view.js';
import { fabricSnapshot, fixture } from './fabric.js';

const result = runAudit(fabricSnapshot(), [fixture('lldpd/leaf01.json'), fixture('lldpd/leaf02.json')]);

test('the panel filter: by class and by text (device, port, label or source file)', () => {
  const all = new Set(AUDIT_CLASSES);
  assert.equal(filterItems(result.items, { classes: all, text: '' }).length, result.items.length);
  assert.deepEqual(filterItems(result.items, { classes: new Set(['swapped'] as const), text: '' }).map((i) => i.class), ['swapped']);
  assert.deepEqual(filterItems(result.items, { classes: all, text: 'GPU01' }).map((i) => i.class), ['miswired']);
  assert.deepEqual(filterItems(result.items, { classes: all, text: 'c2' }).map((i) => i.class), ['missing']);
  assert.equal(filterItems(result.items, { classes: all, text: 'leaf02.json' }).length, result.items.filter((i) => i.found.some((f) => f.source === 'lldpd/leaf02.json')).length);
});

test('highlights: each planned cable once in its class colour, plus the plan devices of found links', () => {
  const h = highlightsOf(result.items);
  const cables = h.filter((x) => x.kind === 'cable');
  // planned cables in items: C2 (missing), C3+C4 (swap), C5 (miswired)
  assert.equal(cables.length, 1 + 2 + 1);
  const swap = result.items.find((i) => i.class === 'swapped')!;
  for (const p of swap.planned) assert.equal(cables.find((c) => c.id === p.cableId)!.color, CLASS_COLORS.swapped);
  // the unexpected link's ends are plan devices (leaf01, spine02): outlined in the unexpected colour unless an earlier item took them
  const devices = new Set(h.filter((x) => x.kind === 'device').map((x) => x.id));
  const extra = result.items.find((i) => i.class === 'unexpected')!.found[0]!;
  assert.ok(devices.has(extra.a.deviceId!) && devices.has(extra.b.deviceId!));
  assert.equal(new Set(h.map((x) => `${x.kind}:${x.id}`)).size, h.length, 'no duplicates');
});
