// Importing an installed hall in the app (Audit tab, "Import a hall"): NetBox files picked in the
// page, a bad row listed with its file and line and nothing written, then the good files: the
// hall on the floor, its racks counted, one undo step that takes it away again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject } from '../../main/app/create-project.js';
import { FIXTURES } from '../unit/audit/fabric.js';
import { idle, ready } from './editor-support.js';
import { startApp } from './harness.js';

const nb = (f: string) => join(FIXTURES, 'netbox-import', f);
const TYPES = readdirSync(nb('device-types')).map((f) => nb(`device-types/${f}`));

test('a hall from NetBox exports: problems listed by file and line first, then the hall on the floor as one undo step', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-e2e-import-')), 'empty.trayline');
  createProject(file);
  const app = await startApp({ file });
  try {
    const { page } = app;
    await ready(page);
    // Ctrl+I (the desktop File menu's Import a Hall) opens the Audit panel at its import section
    await page.keyboard.press('Control+i');
    await page.getByTestId('import-hall-files').locator('..').waitFor();
    assert.equal(await page.getByTestId('hall-import').evaluate((d) => (d as HTMLDetailsElement).open), true);

    await page.getByTestId('import-hall-files').setInputFiles([nb('racks.csv'), nb('devices-bad.csv'), ...TYPES]);
    const problems = page.getByTestId('hall-import-problems');
    await problems.waitFor();
    assert.match((await page.getByTestId('hall-import-result').textContent())!, /^Nothing imported: \d+ problems?\./);
    assert.match((await problems.locator('li').first().textContent())!, /^devices-bad\.csv:\d+ /);
    assert.equal(await page.getByTestId('undo').isDisabled(), true, 'nothing written, nothing to undo');

    await page.getByTestId('import-hall-files').setInputFiles([nb('racks.csv'), nb('devices.csv'), nb('cables.csv'), ...TYPES]);
    await page.getByTestId('hall-import-result').getByText(/^Imported 6 racks in/).waitFor();
    await idle(page);
    assert.match((await page.getByTestId('hall-import-result').textContent())!, /NetBox has no floor coordinates/);
    // the hall it placed its first racks in is the one shown
    assert.match((await page.locator('.statusbar').textContent())!, /Hall 1: 5 racks/);
    await page.screenshot({ path: '/tmp/trayline-import-hall.png' });
    assert.match((await page.getByTestId('undo').textContent())!, /Import from NetBox/);
    // (a step that takes a whole hall away asks first)
    await page.getByTestId('undo').click();
    assert.match((await page.getByTestId('confirm-dialog').textContent())!, /Hall 1/);
    await page.getByTestId('confirm-ok').click();
    await idle(page);
    assert.doesNotMatch((await page.locator('.statusbar').textContent())!, /Hall 1: 5 racks/);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});
