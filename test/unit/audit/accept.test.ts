// audit.run and audit.accept through the API dispatcher, on a real project file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditResult } from '../../../core/audit/types.js';
import type { AuditAcceptResult } from '../../../core/api/audit.js';
import { EntityStore } from '../../../db/store.js';
import { dispatch } from '../../../main/handlers/dispatch.js';
import type { HandlerContext } from '../../../main/handlers/context.js';
import { createFabricProject } from './fabric-db.js';
import { fixture } from './fabric.js';

function setup() {
  const f = createFabricProject();
  const ctx: HandlerContext = { project: () => ({ path: f.path, db: f.db }), progress: () => {} };
  const call = async <T>(method: string, args: unknown): Promise<T> => {
    const r = await dispatch(ctx, method, args);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const cables = () => new EntityStore(f.db).all('cable');
  const sources = [fixture('lldpd/leaf01.json'), fixture('lldpd/leaf02.json')];
  return { f, call, cables, sources };
}

test('accepting every difference makes the plan match the floor, as one undo step', async () => {
  const { call, cables, sources } = setup();
  const before = cables();
  const r = await call<AuditResult>('audit.run', { sources });
  assert.equal(r.items.length, 4);
  const acc = await call<AuditAcceptResult>('audit.accept', { items: r.items });
  assert.equal(acc.applied, r.items.length);
  assert.deepEqual(acc.skipped, []);
  assert.equal(acc.history.undoLabel, 'Accept as-built (4 differences)');
  // C2 deleted, the extra link created: same count; every link of the floor now matches
  assert.equal(cables().length, before.length - 1 + 1);
  const again = await call<AuditResult>('audit.run', { sources });
  assert.deepEqual([again.items.length, again.matched], [0, before.length]);
  // one undo restores the plan exactly
  await call('edit.undo', {});
  assert.deepEqual(cables(), before);
});

test('accepting one miswire moves only that cable end; the swap is rewired both ways', async () => {
  const { call, cables, sources } = setup();
  const r = await call<AuditResult>('audit.run', { sources });
  const mis = r.items.find((i) => i.class === 'miswired')!;
  const swap = r.items.find((i) => i.class === 'swapped')!;
  await call('audit.accept', { items: [mis, swap] });
  const byLabel = new Map(cables().map((c) => [c.label, c]));
  const c5 = byLabel.get('C5')!;
  // C5 keeps gpu01 eth1 and now ends at leaf01 swp6 (the port the floor has)
  assert.deepEqual([c5.aPortId, c5.bPortId], [mis.planned[0]!.a.portId, mis.found[0]!.a.portId === mis.planned[0]!.a.portId ? mis.found[0]!.b.portId : mis.found[0]!.a.portId]);
  const after = await call<AuditResult>('audit.run', { sources });
  assert.deepEqual(after.items.map((i) => i.class).sort(), ['missing', 'unexpected']);
});

test('an unexpected link to a device the plan does not have cannot be accepted, and says why', async () => {
  const { call } = setup();
  const r = await call<AuditResult>('audit.run', { sources: [fixture('eos/spine01.txt')] });
  const oob = r.items.find((i) => i.class === 'unexpected' && i.found[0]!.b.host === 'oob-mgmt01')!;
  await assert.rejects(call('audit.accept', { items: [oob] }), /refused: nothing to accept: item 1: device spine01 has no port "Ma1" in the plan/);
});

test('accepting a length takes the sheet\'s; a NetBox-style cable type is not a media and is skipped with the reason', async () => {
  const { call, cables } = setup();
  const r = await call<AuditResult>('audit.run', { sources: [fixture('p2p/as-built.csv')] });
  const len = r.items.find((i) => i.class === 'wrong-length')!;
  const media = r.items.find((i) => i.class === 'wrong-media')!;
  const acc = await call<AuditAcceptResult>('audit.accept', { items: [len, media] });
  assert.equal(acc.applied, 1);
  assert.deepEqual(acc.skipped, [{ index: 1, reason: '"aoc" is a cable type, not a catalog media: choose the media in the plan' }]);
  // the sheet says 15 m for C1
  assert.equal(cables().find((c) => c.label === 'C1')!.lengthMm, 15 * 1000);
});

test('audit.report returns the report for the browser to download', async () => {
  const { call, sources } = setup();
  const r = await call<AuditResult>('audit.run', { sources });
  const file = await call<{ fileName: string; mime: string; base64: string }>('audit.report', { format: 'csv', result: r });
  assert.equal(file.fileName, 'audit-report.csv');
  const lines = Buffer.from(file.base64, 'base64').toString('utf8').trim().split('\n');
  // header + one row per planned/found pair (the swap has two)
  assert.equal(lines.length, 1 + r.items.reduce((n, i) => n + Math.max(i.planned.length, i.found.length), 0));
});
