// audit.waves and audit.run's wave filter and HCA mapping through the API dispatcher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditResult } from '../../../core/audit/types.js';
import { dispatch } from '../../../main/handlers/dispatch.js';
import type { HandlerContext } from '../../../main/handlers/context.js';
import { createFabricProject } from './fabric-db.js';
import { fixture } from './fabric.js';

const f = createFabricProject();
const ctx: HandlerContext = { project: () => ({ path: f.path, db: f.db }), progress: () => {} };
async function call<T>(method: string, args: unknown): Promise<T> {
  const r = await dispatch(ctx, method, args);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

test('audit.waves: the fixtures fabric has its four leaf-spine cables in wave 3 and one SU per leaf', async () => {
  // gpu01 hangs off leaf01 only (C5) and gpu02 off leaf02 only (C6): two scalable units
  const waves = await call<{ wave: number; name: string; cables: number }[]>('audit.waves', {});
  assert.deepEqual(waves.map((w) => [w.wave, w.cables]), [[1, 0], [2, 0], [3, 4], [4, 1], [5, 1]]);
  assert.equal(waves[3]!.name, 'Compute fabric SU 01');
});

test('audit.run with a wave: only that wave\'s cables and the links found at their ports', async () => {
  const sources = [fixture('lldpd/leaf01.json'), fixture('lldpd/leaf02.json')];
  const r = await call<AuditResult>('audit.run', { sources, wave: 3 });
  // wave 3 = C1..C4: C1 matched, C2 missing, C3/C4 swapped; leaf01 swp8 - spine02 Ethernet8 is
  // unexpected (spine02 has cables in wave 3 only); gpu01's miswired C5 belongs to wave 4
  assert.deepEqual([r.wave, r.matched, r.missing, r.swapped, r.unexpected, r.items.length], [3, 1, 1, 1, 1, 3]);
  await assert.rejects(call('audit.run', { sources, wave: 0 }), /bad-input/);
  await assert.rejects(call('audit.run', { sources, hcaMap: { name: 'm.csv', text: '2,mlx5_0\n' } }), /m\.csv: port 1 is missing/);
});
