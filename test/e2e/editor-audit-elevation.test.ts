// Panel highlights reach the rack elevation: with the audit's miswire shown, the port the cable
// really goes to (leaf01 swp6) and the planned ports are filled in the miswired colour, while a
// port the audit does not name stays unmarked; hiding the class clears them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CLASS_COLORS } from '../../core/audit/view.js';
import { createFabricProject } from '../unit/audit/fabric-db.js';
import { FIXTURES } from '../unit/audit/fabric.js';
import { startApp } from './harness.js';
import { idle, ready } from './editor-support.js';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('an audited miswire colours its ports in the rack elevation', async () => {
  const f = createFabricProject();
  f.db.close();
  const app = await startApp({ file: f.path });
  try {
    const { page } = app;
    await ready(page);
    await page.locator('.rightpanel .tabs button', { hasText: 'Audit' }).click();
    await page.getByTestId('audit-files').setInputFiles([join(FIXTURES, 'lldpd/leaf01.json'), join(FIXTURES, 'lldpd/leaf02.json')]);
    await page.getByTestId('audit-list').waitFor();
    for (const c of ['missing', 'unexpected', 'swapped']) await page.locator(`.audit-chip[data-class="${c}"]`).click();
    const mis = page.locator('[data-testid="audit-item"][data-class="miswired"]');
    assert.match((await mis.textContent())!, /gpu01 eth1 should go to leaf01 swp5, goes to leaf01 swp6/);
    await mis.getByRole('button', { name: 'Show' }).click();
    await page.getByTestId('elevation').waitFor();
    await idle(page);

    const bg = (name: string) => page.locator(`.elev-rack .port[data-port="${name}"]`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const want = rgb(CLASS_COLORS.miswired);
    // Found end (where the cable goes), and both planned ends.
    for (const port of ['leaf01:swp6', 'leaf01:swp5', 'gpu01:eth1']) assert.equal(await bg(port), want, `${port} coloured`);
    // A port the miswire does not involve keeps its own colour.
    assert.notEqual(await bg('leaf01:swp1'), want);
    // The devices at either end are outlined in the same colour (an inset ring).
    const ring = await page.locator('.elev-rack [data-device="leaf01"]').first().evaluate((el) => getComputedStyle(el).boxShadow);
    assert.ok(ring.includes(want), `leaf01 ringed: ${ring}`);
    await page.screenshot({ path: '/tmp/trayline-audit-elevation.png' });

    // Hiding the class clears the elevation marks.
    await page.locator('.audit-chip[data-class="miswired"]').click();
    await idle(page);
    assert.notEqual(await bg('leaf01:swp6'), want);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});
