// Copy/paste and duplicate carry a rack's devices and the cables between copied devices, in one
// undo step; "Make row from selection" creates a row holding the selected racks, in one undo step.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { App } from './harness.js';
import { counts, exportJson, idle, openEditor, projectFrom, rack, toScreen } from './editor-support.js';

interface Exported {
  racks: { name: string; row?: string | null }[];
  rows?: { name: string; kind: string }[];
  devices: { name: string; rack: string; u: number }[];
  cables: { label: string; a: { device: string; port: string }; b: { device: string; port: string } }[];
}

async function clickRack(page: Page, name: string, shift = false) {
  const r = (await rack(page, name))!;
  const p = await toScreen(page, r.xM, r.yM);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(p.x, p.y);
  if (shift) await page.keyboard.up('Shift');
  await idle(page);
}

describe('paste with devices and cables', () => {
  let app: App;
  const project = projectFrom('paste.layout.json');
  before(async () => {
    app = await openEditor(project.file);
  });
  after(async () => {
    await app?.stop();
    project.dispose();
  });

  test('copy two racks and paste: their devices and the cable between them come along; one undo removes all', async () => {
    const page = app.page;
    const before = await counts(page);
    await clickRack(page, 'R1');
    await clickRack(page, 'R2', true);
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await idle(page);
    // Two racks, their two switches, and leaf1-leaf2 (leaf1-spine1 has an end outside the copy).
    const after1 = await counts(page);
    assert.deepEqual([after1.racks, after1.devices, after1.cables], [before.racks + 2, before.devices + 2, before.cables + 1]);
    const file = exportJson(project.file) as unknown as Exported;
    const copies = file.devices.filter((d) => !['leaf1', 'leaf2', 'spine1'].includes(d.name)).map((d) => d.name).sort();
    assert.deepEqual(copies, ['leaf1-copy', 'leaf2-copy']);
    const copied = file.cables.find((c) => c.label === 'leaf1-leaf2-copy');
    assert.deepEqual([copied?.a, copied?.b], [{ device: 'leaf1-copy', port: 'swp1' }, { device: 'leaf2-copy', port: 'swp1' }]);
    // The copies sit in the new racks, at the originals' U.
    const newRacks = new Set(file.racks.map((r) => r.name).filter((n) => !['R1', 'R2', 'R3'].includes(n)));
    assert.ok(file.devices.filter((d) => d.name.endsWith('-copy')).every((d) => newRacks.has(d.rack) && d.u === 40));

    await page.keyboard.press('Control+z');
    await idle(page);
    const undone = await counts(page);
    assert.deepEqual([undone.racks, undone.devices, undone.cables], [before.racks, before.devices, before.cables]);

    // Ctrl+D duplicates the selection the same way, and again with -copy2 names (the first copy
    // was undone, so its names are free again: the duplicate gets -copy).
    await clickRack(page, 'R1');
    await clickRack(page, 'R2', true);
    await page.keyboard.press('Control+d');
    await idle(page);
    const dup = await counts(page);
    assert.deepEqual([dup.racks, dup.devices, dup.cables], [before.racks + 2, before.devices + 2, before.cables + 1]);
    await clickRack(page, 'R1');
    await clickRack(page, 'R2', true);
    await page.keyboard.press('Control+d');
    await idle(page);
    const names = (exportJson(project.file) as unknown as Exported).devices.map((d) => d.name).sort();
    assert.deepEqual(names, ['leaf1', 'leaf1-copy', 'leaf1-copy2', 'leaf2', 'leaf2-copy', 'leaf2-copy2', 'spine1']);
    assert.deepEqual(app.pageErrors.filter((e) => !/status of 4\d\d/.test(e)), []);
  });

  test('make a row from the selection: one edit creates it and assigns the racks', async () => {
    const page = app.page;
    await clickRack(page, 'R1');
    await clickRack(page, 'R2', true);
    await clickRack(page, 'R3', true);
    await page.getByTestId('make-row').click();
    await idle(page);
    let file = exportJson(project.file) as unknown as Exported;
    assert.deepEqual(file.rows?.map((r) => [r.name, r.kind]), [['Row 1', 'row']]);
    assert.deepEqual(file.racks.filter((r) => r.row === 'Row 1').map((r) => r.name).sort(), ['R1', 'R2', 'R3']);
    await page.screenshot({ path: '/tmp/trayline-make-row.png' });
    // One undo removes the row and the assignments together.
    await page.keyboard.press('Control+z');
    await idle(page);
    file = exportJson(project.file) as unknown as Exported;
    assert.equal(file.rows?.length ?? 0, 0);
    assert.ok(file.racks.every((r) => !r.row));
  });
});
