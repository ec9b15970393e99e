// A cable drawn while no checks run is routed at once (renderer/src/store/edit-routes.ts): a
// project opened floor first starts its checks only when the Checks tab is shown, and a trunk made
// by hand there used to stay out of the trays until then. Here the structured two-row hall (see
// structured-editor.test.ts), opened floor first: a second trunk between the same two panels is
// made through the New trunk dialog; without any check call, the server stores its route (the
// trays of the first trunk, whose panels it shares) and the bundle on each of those segments
// counts one cable more. Its label comes from the server (project.freeCableLabel): the page stays
// floor first, no cable loaded but those it showed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { ProjectSnapshot } from '../../core/model/entities.js';
import { callApi, startApp } from './harness.js';
import { apiCalls, idle, openTrunkDialog, reopen, structuredTwoRows } from './editor-support.js';

type Bundle = { trayId: number; seg: number; count: number };
const bundles = (page: Page) => page.evaluate(() => (window as unknown as { __traylineTest: { bundles(): Bundle[] } }).__traylineTest.bundles());

test('a trunk made by hand floor first, before any check, is routed and counted in its trays at once', async () => {
  const proj = structuredTwoRows();
  const app = await startApp({ file: proj.file });
  try {
    const { page } = app;
    await reopen(app, 'floor');
    const calls = apiCalls(page, /^(checks|routing|project)\./);
    const snap = await callApi<ProjectSnapshot>(app, 'project.snapshot');
    const trunk = snap.cables.find((c) => c.label === 'TRK-A01-B01')!;
    assert.ok(trunk.route && trunk.route.length > 0, 'the first trunk is routed through the trays');
    const segs = trunk.route.map((s) => `${s.trayId}/${s.seg}`);
    const on = async () => {
      const all = new Map((await bundles(page)).map((b) => [`${b.trayId}/${b.seg}`, b.count]));
      return segs.map((k) => all.get(k) ?? 0);
    };
    const before = await on();
    const total = async () => (await page.evaluate(() => window.__traylineTest!.counts())).total.cables;
    const cablesBefore = await total();

    const dialog = await openTrunkDialog(page, { rack: 'NA01', panel: 'panel-a01', port: 'T2' }, { rack: 'NB01', panel: 'panel-b01', port: 'T2' });
    await dialog.locator('select[data-field="trunk"]').selectOption('TRUNK-MPO12-144F-OS2-B');
    await dialog.getByTestId('create-trunk').click();
    await page.getByTestId('cable-inspector').waitFor();
    await idle(page);

    const after = await callApi<ProjectSnapshot>(app, 'project.snapshot');
    const made = after.cables.find((c) => !snap.cables.some((o) => o.id === c.id))!;
    assert.match(made.label, /panel-a01:T2.*panel-b01:T2/);
    assert.deepEqual(made.route, trunk.route, 'stored with the first trunk route: same panels, same trays');
    assert.equal(made.routedMm, trunk.routedMm);
    assert.deepEqual(calls.filter((c) => c.startsWith('checks.')), [], 'no check ran');
    assert.deepEqual(calls.filter((c) => c === 'routing.routeCables'), ['routing.routeCables']);
    // Its label was asked of the server, not worked out over every cable loaded into the page.
    assert.deepEqual(calls.filter((c) => c === 'project.snapshot' || c === 'project.freeCableLabel'), ['project.freeCableLabel']);
    assert.equal((await page.evaluate(() => window.__traylineTest!.counts())).detail, 'floor');
    assert.deepEqual(await on(), before.map((n) => n + 1), 'one cable more on each of its segments');
    // counted in the page: the edit's patch says the trunk is new (no 0.5 s count of 200,000 cables at 32k)
    assert.equal(await total(), cablesBefore + 1);
    assert.deepEqual(calls.filter((c) => c === 'project.floorCounts'), [], 'the counts were not asked of the server');
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    proj.dispose();
  }
});
