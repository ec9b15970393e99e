// The Compare part of the fabric panel in the real app, driven with mouse and keyboard: the chart
// reads the same cost per GPU as `trayline compare`, the line on why Clos and rail-optimized come
// out equal is shown, a sensitivity run offers each combination, the workbook downloads, and the
// whole comparison fits the side panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT, startApp } from './harness.js';

interface Row {
  arch: string;
  cost: { perGpu: { total: number } };
  failures: { gpusPerSwitchFailure: number };
  explanation?: string;
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'bin/trayline.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

test('compare panel: the chart and the why-equal line agree with the CLI, sensitivity offers each combination, all within the panel', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-e2e-compare-')), 'hall.trayline');
  assert.equal(cli('new', file).status, 0);
  const expected = JSON.parse(cli('compare', file, '--gpus', '4096', '--json').stdout) as Row[];

  const app = await startApp({ file });
  try {
    const { page } = app;
    await page.locator('.rightpanel .tabs button', { hasText: 'Fabric' }).click();
    await page.getByTestId('fabric-panel').waitFor();
    const gpus = page.locator('input[data-field="gpus"]');
    await gpus.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4096');
    await page.locator('[data-action="compare"]').click();
    const chart = page.getByTestId('compare-chart');
    await chart.waitFor({ timeout: 120_000 });

    // The chart reads what the CLI computes: cost per GPU and the GPUs one switch failure cuts off.
    for (const row of expected) {
      const cost = chart.locator(`text[data-arch="${row.arch}"][data-measure="cost-per-gpu"]`);
      assert.equal(await cost.textContent(), `$${Math.round(row.cost.perGpu.total).toLocaleString('en-US')}`);
      const failures = await chart.locator(`text[data-arch="${row.arch}"][data-measure="failures"]`).textContent();
      assert.match(failures!, new RegExp(`· ${row.failures.gpusPerSwitchFailure} GPUs each$`));
      assert.ok((await chart.locator(`rect[data-arch="${row.arch}"][data-measure="cost-switches"]`).count()) === 1);
    }
    // Bars are drawn to one scale: each architecture's stacked cost bar is as long as its cost per GPU.
    const lengths = await chart.locator('rect[data-measure^="cost-"]').evaluateAll((els) => {
      const out: Record<string, number> = {};
      for (const e of els) out[e.getAttribute('data-arch')!] = (out[e.getAttribute('data-arch')!] ?? 0) + Number(e.getAttribute('width'));
      return out;
    });
    const max = Math.max(...expected.map((r) => r.cost.perGpu.total));
    for (const row of expected) assert.ok(Math.abs(lengths[row.arch]! - (row.cost.perGpu.total / max) * 130) < 0.5, `${row.arch}: bar ${lengths[row.arch]}`);
    const why = page.getByTestId('compare-explanation');
    assert.equal(await why.count(), 1);
    assert.equal(await why.textContent(), expected.find((r) => r.arch === 'rail-optimized')!.explanation);

    // Nothing of the comparison sticks out of the side panel.
    const fits = await page.getByTestId('fabric-compare').evaluate((el) => {
      const panel = el.closest('.rightpanel')!.getBoundingClientRect();
      return [...el.querySelectorAll('*')].every((c) => {
        const r = c.getBoundingClientRect();
        return r.width === 0 || (r.left >= panel.left - 1 && r.right <= panel.right + 1);
      });
    });
    assert.ok(fits, 'the comparison fits the side panel');

    // The workbook of the same comparison downloads.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="compare-xlsx"]').click()]);
    assert.equal(download.suggestedFilename(), 'compare.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    assert.equal(wb.getWorksheet('Compare')!.rowCount, 1 + 4);

    // Sensitivity: both media policies; the combination picker shows each and redraws the chart.
    await page.locator('[data-field="compare-policy-cheapest"]').check();
    await page.locator('[data-field="compare-policy-power"]').check();
    await page.locator('[data-action="compare"]').click();
    const picker = page.locator('select[data-field="compare-combo"]');
    await picker.waitFor({ timeout: 120_000 });
    assert.deepEqual(await picker.locator('option').allTextContents(), ['media cheapest', 'media power']);
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('[data-testid="compare-chart"] text[data-role="title"]')?.textContent?.endsWith('media power'));
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});
