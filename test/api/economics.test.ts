// The economics methods through the one door (dispatch): fabric.compare with sensitivity axes,
// fabric.compareExport as a file, catalog.setDevicePrice and setPrice, and the failure rates as settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { CompareSet } from '../../core/economics/vary.js';
import type { Media } from '../../core/model/entities.js';
import { dispatch } from '../../main/handlers/dispatch.js';
import { ProjectSession } from '../../main/session/session.js';
import { createProject } from '../../main/app/create-project.js';
import { tempDir } from '../cli/run-cli.js';

function session(): ProjectSession {
  const path = join(tempDir(), 'p.trayline');
  createProject(path);
  return ProjectSession.open(path);
}

test('fabric.compare: one combination per value of the varied inputs, each with rows and why-equal lines', async () => {
  const s = session();
  const r = await dispatch(s.context(), 'fabric.compare', { inputs: { gpus: 256 }, vary: [{ field: 'mediaPolicy', values: ['cheapest', 'power'] }] });
  assert.ok(r.ok, JSON.stringify(r));
  const set = r.value as CompareSet;
  assert.deepEqual(set.combos.map((c) => c.label), ['media cheapest', 'media power']);
  for (const c of set.combos) assert.deepEqual(c.rows.map((x) => x.arch), ['clos', 'rail-optimized', 'rail-only', 'dragonfly']);
  const bad = await dispatch(s.context(), 'fabric.compare', { inputs: { gpus: 256 }, vary: [{ field: 'colour', values: [1] }] });
  assert.equal(bad.ok, false);
  assert.equal(bad.ok ? '' : bad.error.code, 'bad-input');
});

test('the project switch failure rate drives the exposure', async () => {
  const s = session();
  const set = await dispatch(s.context(), 'project.updateSettings', { switchFailurePctPerMonth: 1 });
  assert.ok(set.ok, JSON.stringify(set));
  const r = await dispatch(s.context(), 'fabric.compare', { inputs: { gpus: 256 } });
  assert.ok(r.ok);
  const clos = (r.value as CompareSet).combos[0]!.rows[0]!;
  // 32 DGX on QM9700: 8 leaves and 4 spines (DGX SuperPOD H100 Table 4, 1 SU); 1 % of 12 a month.
  assert.equal(clos.switches, 12);
  assert.equal(clos.failures!.switchFailuresPerMonth, 0.12);
});

test('catalog.setDevicePrice makes a price the user\'s; fabric.compareExport returns the workbook as base64', async () => {
  const s = session();
  const p = await dispatch(s.context(), 'catalog.setDevicePrice', { slug: 'nvidia-qm9700', unitCostUsd: 40_000 });
  assert.ok(p.ok, JSON.stringify(p));
  assert.equal((p.value as { costEstimate: boolean }).costEstimate, false);
  const missing = await dispatch(s.context(), 'catalog.setDevicePrice', { slug: 'nope', unitCostUsd: 1 });
  assert.equal(missing.ok ? '' : missing.error.code, 'not-found');
  const r = await dispatch(s.context(), 'fabric.compare', { inputs: { gpus: 256 } });
  assert.ok(r.ok);
  const clos = (r.value as CompareSet).combos[0]!.rows[0]!;
  assert.equal(clos.cost!.switchesUsd, 12 * 40_000);
  assert.ok(!clos.cost!.estimates.some((e) => e.id === 'nvidia-qm9700'));
  const x = await dispatch(s.context(), 'fabric.compareExport', { inputs: { gpus: 256 }, format: 'compare-xlsx' });
  assert.ok(x.ok, JSON.stringify(x));
  const file = x.value as { fileName: string; base64: string; bytes: number };
  assert.equal(file.fileName, 'compare.xlsx');
  assert.equal(Buffer.from(file.base64, 'base64').subarray(0, 2).toString(), 'PK');
});

test('catalog.setPrice on a trunk takes a price per metre; on an optic a price per metre is refused', async () => {
  const s = session();
  const r = await dispatch(s.context(), 'catalog.setPrice', { mediaId: 'TRUNK-MPO12-48F-OS2-B', unitCostUsd: 250, perMUsd: 1.5 });
  assert.ok(r.ok, JSON.stringify(r));
  const m = r.value as Media;
  assert.deepEqual([m.unitCostUsd, m.assembly!.costBaseUsd, m.assembly!.costPerMUsd, m.costEstimate], [250, 250, 1.5, false]);
  const bad = await dispatch(s.context(), 'catalog.setPrice', { mediaId: '400GBASE-DR4', unitCostUsd: 500, perMUsd: 2 });
  assert.equal(bad.ok ? '' : bad.error.code, 'bad-input');
});
