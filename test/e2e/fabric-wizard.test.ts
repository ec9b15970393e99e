// The "New fabric" panel in the real app: counts update live as inputs change, generating writes a
// new hall with every cable routed, and the comparison table generates any row into the hall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startApp } from './harness.js';

interface DryRun {
  switches: { total: number };
  links: { total: number };
  racks: number;
}

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [join(ROOT, 'bin/trayline.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

function dryRun(file: string, ...flags: string[]): DryRun {
  const r = cli('generate', file, ...flags, '--dry-run', '--json');
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as DryRun;
}

const n = (x: number) => x.toLocaleString('en-US');

test('fabric wizard: live counts, generate with routing, compare and generate a row', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-e2e-fabric-')), 'hall.trayline');
  assert.equal(cli('new', file).status, 0);
  // What the panel must show, from the same generator through the CLI.
  const small = dryRun(file, '--arch', 'rail-optimized', '--gpus', '256');
  const bigger = dryRun(file, '--arch', 'rail-optimized', '--gpus', '512');
  const railOnly = dryRun(file, '--arch', 'rail-only', '--gpus', '512');
  assert.notEqual(small.switches.total, bigger.switches.total);

  const app = await startApp({ file });
  try {
    const { page } = app;
    await page.locator('.rightpanel .tabs button', { hasText: 'Fabric' }).click();
    await page.getByTestId('fabric-panel').waitFor();
    await page.locator('select[data-field="arch"]').selectOption('rail-optimized');
    const switches = page.locator('[data-count="switches"]');
    const links = page.locator('[data-count="links"]');

    await page.locator('input[data-field="gpus"]').fill('256');
    await page.waitForFunction((want) => document.querySelector('[data-count="switches"]')?.textContent?.startsWith(want), `${n(small.switches.total)} (`);
    assert.equal(await links.textContent(), n(small.links.total));

    // Changing the GPU count updates the counts without any button.
    await page.locator('input[data-field="gpus"]').fill('512');
    await page.waitForFunction((want) => document.querySelector('[data-count="switches"]')?.textContent?.startsWith(want), `${n(bigger.switches.total)} (`);
    assert.equal(await links.textContent(), n(bigger.links.total));
    assert.match((await page.locator('[data-count="racks"]').textContent())!, new RegExp(`^${bigger.racks} in `));

    // A bad input says why instead of counting.
    await page.locator('select[data-field="arch"]').selectOption('dragonfly');
    await page.locator('input[data-field="p"]').fill('40');
    await page.locator('.fabric-error').waitFor();
    await page.locator('input[data-field="p"]').fill('');
    await page.locator('select[data-field="arch"]').selectOption('rail-optimized');
    await page.waitForFunction((want) => document.querySelector('[data-count="switches"]')?.textContent?.startsWith(want), `${n(bigger.switches.total)} (`);
    assert.ok(await switches.isVisible());

    // Generate: a new hall with every cable routed.
    await page.locator('[data-action="generate"]').click();
    const result = page.getByTestId('fabric-result');
    await result.waitFor({ timeout: 120_000 });
    const text = (await result.textContent())!;
    assert.match(text, new RegExp(`${n(bigger.links.total)} cables`));
    assert.match(text, new RegExp(`Routed ${n(bigger.links.total)} \\(0 unroutable\\)`));

    // Compare, then generate the rail-only row.
    await page.locator('[data-action="compare"]').click();
    await page.getByTestId('compare-result').waitFor();
    for (const arch of ['clos', 'rail-optimized', 'rail-only', 'dragonfly']) {
      assert.equal(await page.locator(`.fcmp-card[data-arch="${arch}"]`).count(), 1);
    }
    assert.ok((await page.locator('[data-testid="compare-chart"] rect[data-arch]').count()) >= 4 * 3, 'bars per architecture and measure');
    await page.locator('[data-generate="rail-only"]').click();
    await page.waitForFunction((want) => document.querySelector('[data-testid="fabric-result"]')?.textContent?.includes(want), `${n(railOnly.links.total)} cables`, { timeout: 120_000 });

    // A liquid-cooled server (GB300 NVL72) brings the CDU fields; the preview places CDUs of them.
    const cdu = page.locator('input[data-field="cduKw"]');
    assert.equal(await cdu.count(), 0, 'no CDU field for air-cooled DGX H100 on QM9700');
    await page.locator('select[data-field="server"]').selectOption('nvidia-gb300-nvl72');
    await page.locator('select[data-field="switch"]').selectOption('nvidia-sn5600');
    await cdu.fill('500');
    await page.waitForFunction(() => /in-row CDUs? of 500 kW placed/.test(document.querySelector('[data-testid="fabric-panel"]')?.textContent ?? ''));
    // Standby units (N+1): one a row that has CDUs, said in the same note.
    assert.match((await page.getByTestId('fabric-panel').textContent())!, /no standby unit/);
    await page.locator('input[data-field="cduSpares"]').fill('1');
    await page.waitForFunction(() => /standby units?, 1 per row/.test(document.querySelector('[data-testid="fabric-panel"]')?.textContent ?? ''));
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
  }
});
