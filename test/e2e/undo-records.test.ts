// A generated structured hall keeps its jumpers as records and its panels' fronts as port blocks
// (docs/fabrics.md). A trunk drawn by hand between two of its panels turns those of both racks into
// rows, and undo turns them back. The page must hold every cable and port throughout: the undo's
// patch once said the jumpers it turned back into records were deleted, and the page dropped them
// (129 cables and 96 ports of a 1,024-GPU hall) until it was reloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProjectSnapshot } from '../../core/model/entities.js';
import { callApi } from './harness.js';
import { counts, generatedProject, idle, openEditor, openTrunkDialog } from './editor-support.js';

test('a hand-made trunk in a generated structured hall, undone and redone: the page holds every cable and port the project has', async () => {
  const proj = generatedProject(1024, 'structured');
  const app = await openEditor(proj.file);
  try {
    const { page } = app;
    const snap = await callApi<ProjectSnapshot>(app, 'project.snapshot');
    const used = new Set(snap.cables.flatMap((c) => [c.aPortId, c.bPortId]));
    const device = new Map(snap.devices.map((d) => [d.id, d]));
    const rack = new Map(snap.racks.map((r) => [r.id, r.name]));
    // two free rear ports of panels in two racks
    const free = snap.ports.filter((p) => p.kind === 'rear-port' && !used.has(p.id)).map((p) => ({ rack: rack.get(device.get(p.deviceId)!.rackId)!, panel: device.get(p.deviceId)!.name, port: p.name }));
    const a = free[0]!;
    const b = free.find((f) => f.rack !== a.rack)!;
    assert.ok(a && b, 'two free rear ports in two racks');
    const held = async () => (await counts(page)).total;
    const project = async () => {
      const s = await callApi<ProjectSnapshot>(app, 'project.snapshot');
      return { devices: s.devices.length, ports: s.ports.length, cables: s.cables.length };
    };
    const before = await held();
    assert.deepEqual(before, await project());

    const dialog = await openTrunkDialog(page, a, b);
    await dialog.getByTestId('create-trunk').click();
    await page.getByTestId('cable-inspector').waitFor();
    await idle(page);
    assert.deepEqual(await held(), { ...before, cables: before.cables + 1 });

    await page.keyboard.press('Control+z');
    await idle(page);
    assert.deepEqual(await held(), before, 'undone: every jumper and front still held');
    assert.deepEqual(await held(), await project());

    await page.keyboard.press('Control+Shift+z');
    await idle(page);
    assert.deepEqual(await held(), { ...before, cables: before.cables + 1 });
    assert.deepEqual(await held(), await project());
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    proj.dispose();
  }
});
