// Issue 15 in the real app: the Export panel's per-hall fabric formats (hall and Slurm form
// chosen in the panel) and the Audit panel's wave filter, HCA mapping and unreadable files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from '../unit/export/fixture.js';
import { createFabricProject } from '../unit/audit/fabric-db.js';
import { FIXTURES } from '../unit/audit/fabric.js';
import { startApp } from './harness.js';

test('export panel: slurm-topology for the chosen hall, in block form', async () => {
  const f = buildFixture();
  const hall = f.db.prepare('SELECT name FROM halls').pluck().get() as string;
  f.db.close();
  const app = await startApp({ file: f.path });
  try {
    const { page } = app;
    await page.locator('.rightpanel .tabs button', { hasText: 'Export' }).click();
    await page.getByTestId('export-panel').waitFor();
    await page.getByTestId('export-format').selectOption('slurm-topology');
    assert.match((await page.getByTestId('export-scope').textContent())!, new RegExp(`^Exports the hall on screen, ${hall}:`));
    await page.getByTestId('export-block').selectOption('su');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    assert.equal(download.suggestedFilename(), `${hall}-topology.conf`);
    const text = readFileSync((await download.path())!, 'utf8');
    assert.match(text.split('\n')[0]!, new RegExp(`^# Slurm topology\\.conf for hall "${hall}"`));
    assert.match(text, /^# TopologyPlugin=topology\/block\./m);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});

test('audit panel: a file it cannot read is listed, the wave filter narrows the audit to one wave', async () => {
  const f = createFabricProject();
  f.db.close();
  const app = await startApp({ file: f.path });
  try {
    const { page } = app;
    await page.locator('.rightpanel .tabs button', { hasText: 'Audit' }).click();
    const file = (rel: string) => ({ name: rel.split('/').pop()!, mimeType: 'application/json', buffer: readFileSync(join(FIXTURES, rel)) });
    await page.getByTestId('audit-files').setInputFiles([
      file('lldpd/leaf01.json'),
      file('lldpd/leaf02.json'),
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('call the contractor\n') },
    ]);
    await page.getByTestId('audit-list').waitFor();
    assert.match((await page.getByTestId('audit-unreadable').textContent())!, /Not read: notes\.txt: line 1: cannot tell the format/);
    // all waves: missing C2, swap C3/C4, miswired C5, the extra link (test/fixtures/audit/README.md)
    assert.equal(await page.getByTestId('audit-item').count(), 4);
    // wave 3 is the leaf-spine cabling: C5's miswire (wave 4) drops out
    await page.getByTestId('audit-wave').selectOption('3');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-item"]').length === 3);
    assert.ok(!(await page.getByTestId('audit-list').textContent())!.includes('C5'));
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});
