// Structured cabling in the editor, part two, on test/fixtures/layout/structured-two-rows.json with
// one more jumper pair (JA-13 leaf-a01:7/1 -> panel-a01:F13, JB-13 panel-b01:F13 -> spine-b01:7/1,
// type-B cords with 400GBASE-DR4 at the switch ends) on the fronts of the panels' free trunk entry
// T2:
//  - a trunk added by hand between the two T2s: the dialog offers the TIA-568 polarity methods,
//    defaulting to the trunk's own (type B, what the generator leaves it), and says what each does
//    to the link the trunk completes. By hand (DR4 on MPO-12: Tx 1-4, Rx 9-12): B cord, A trunk,
//    B cord takes fibre 1 to 12, 12, then 1: a transmit fibre, so method A fails the polarity check;
//    B, B, B takes 1 to 12, 1, 12: a receive fibre, and passes. The trunk is saved with the method
//    chosen (read back through the API), the inspector shows it, and changing it there is one undo step;
//  - a link's channel through a patch rack opens the elevations of every rack it passes side by
//    side (NA01, NP01, NB01), each with that channel's ports lit and no other, the three columns
//    fitting the 1400 x 900 window without a sideways scroll (before: 1,602 px in 872 px).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { App } from './harness.js';
import { ROOT } from './harness.js';
import { cli, elevationReady, idle, openEditor, openTrunkDialog } from './editor-support.js';

const SHOTS = process.env.TRAYLINE_SHOTS ?? null;
const shot = (page: Page, name: string) => (SHOTS ? page.screenshot({ path: join(SHOTS, `13-channel-${name}.png`) }) : Promise.resolve());
const CHANNEL = 'rgb(192, 38, 211)'; // C.channel #c026d3

/**
 * The fixture with a jumper pair on the fronts of T2's position 1 (F13) at both panels, and one
 * link through a patch rack NP01 in row A: leaf-a01:8/1 -> JA-25 -> panel-a01 F25 (T3:1) -> trunk
 * -> panel-p01 T1:1 (F1) -> cross-connect XP-01 -> F13 (T2:1) -> trunk -> panel-b01 T3:1 (F25) ->
 * JB-25 -> spine-b01:8/1.
 */
function fixture(dir: string): string {
  const layout = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/layout/structured-two-rows.json'), 'utf8')) as { racks: object[]; devices: unknown[]; cables: unknown[] };
  const cord = (label: string, a: [string, string], b: [string, string], optic: object = {}) => ({ label, a: { device: a[0], port: a[1] }, b: { device: b[0], port: b[1] }, media: 'PATCH-MPO12-OS2', lengthM: null, ...optic });
  const trunk = (label: string, a: [string, string], b: [string, string]) => ({ ...cord(label, a, b), media: 'TRUNK-MPO12-144F-OS2-B' });
  layout.racks.push({ ...layout.racks[0], name: 'NP01', xM: 4.5 });
  layout.devices.push({ name: 'panel-p01', rack: 'NP01', type: 'generic-mpo12-trunk-panel-1u', u: 40, face: 'front' });
  layout.cables.push(
    cord('JA-13', ['leaf-a01', '7/1'], ['panel-a01', 'F13'], { opticA: '400GBASE-DR4' }),
    cord('JB-13', ['panel-b01', 'F13'], ['spine-b01', '7/1'], { opticB: '400GBASE-DR4' }),
    cord('JA-25', ['leaf-a01', '8/1'], ['panel-a01', 'F25'], { opticA: '400GBASE-DR4' }),
    trunk('TRK-A01-P01', ['panel-a01', 'T3'], ['panel-p01', 'T1']),
    cord('XP-01', ['panel-p01', 'F1'], ['panel-p01', 'F13']),
    trunk('TRK-P01-B01', ['panel-p01', 'T2'], ['panel-b01', 'T3']),
    cord('JB-25', ['panel-b01', 'F25'], ['spine-b01', '8/1'], { opticB: '400GBASE-DR4' }),
  );
  const file = join(dir, 'layout.json');
  writeFileSync(file, JSON.stringify(layout));
  return file;
}

/** A call through the loopback bridge, as the page makes it. */
async function api<T>(app: App, method: string, args: object = {}): Promise<T> {
  const r = await fetch(new URL(`/api/${method}`, app.url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-trayline-token': app.token }, body: JSON.stringify(args) });
  const reply = (await r.json()) as { ok: boolean; value: T };
  assert.ok(r.status === 200 && reply.ok, `${method}: ${JSON.stringify(reply)}`);
  return reply.value;
}

interface Snap { cables: { id: number; label: string; polarity?: 'A' | 'B' | 'C' | null }[] }
interface Checks { violations: { rule: string; message: string }[] }
const TRUNK_LABEL = 'panel-a01:T2—panel-b01:T2';
const trunkOf = async (app: App) => (await api<Snap>(app, 'project.snapshot')).cables.find((c) => c.label === TRUNK_LABEL);
const polarityErrors = async (app: App) => (await api<Checks>(app, 'checks.run')).violations.filter((v) => v.rule === 'polarity');


async function start(): Promise<{ app: App; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'trayline-channel-'));
  const file = join(dir, 's.trayline');
  cli(['new', file]);
  cli(['import', file, fixture(dir)]);
  cli(['route', file]);
  const app = await openEditor(file);
  return { app, dispose: async () => { await app.stop(); rmSync(dir, { recursive: true, force: true }); } };
}

test('a trunk by hand: its polarity method chosen in the dialog (default the trunk\'s own, B), saved, shown, judged by the polarity check', async () => {
  const { app, dispose } = await start();
  const { page } = app;
  try {
    assert.equal((await polarityErrors(app)).length, 0, 'no polarity error while T2 carries no trunk');
    const dialog = await openTrunkDialog(page, { rack: 'NA01', panel: 'panel-a01', port: 'T2' }, { rack: 'NB01', panel: 'panel-b01', port: 'T2' });
    await dialog.locator('select[data-field="trunk"]').selectOption('TRUNK-MPO12-144F-OS2-B');
    const polarity = dialog.locator('select[data-field="polarity"]');
    assert.equal(await polarity.inputValue(), 'B', 'the type-B trunk defaults to method B, as the generator leaves it');
    assert.deepEqual(await polarity.locator('option').allTextContents(), [
      '✗ A — straight, fibre 1 to 1',
      '✓ B — reversed, fibre 1 to 12 (this trunk\'s own, as generated)',
      '✗ C — pairs flipped, fibre 1 to 2',
    ]);
    const verdict = dialog.getByTestId('trunk-polarity-verdict');
    assert.equal(await verdict.textContent(), '✓ 1 link through the jumpers already on these panels delivers transmit to receive');
    await polarity.selectOption('A');
    assert.equal(await verdict.textContent(), '✗ 1 of 1 link would fail the polarity check: leaf-a01:7/1 to spine-b01:7/1, transmit fibre 1 arrives on fibre 1, a transmit fibre of the far transceiver');
    await shot(page, 'trunk-dialog-polarity-a');
    await dialog.getByTestId('create-trunk').click();
    await page.getByTestId('cable-inspector').waitFor();
    await idle(page);

    // Saved with method A; the inspector says so; the polarity check fails on the link it completes.
    assert.equal((await trunkOf(app))?.polarity, 'A');
    const field = page.locator('[data-testid="cable-inspector"] select[data-field="polarity"]');
    assert.equal(await field.inputValue(), 'A');
    assert.equal(await field.locator('option:checked').textContent(), 'A — straight, fibre 1 to 1');
    let errors = await polarityErrors(app);
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /^Link leaf-a01:7\/1 to spine-b01:7\/1: transmit fibre 1 arrives on fibre 1, a transmit fibre .*JA-13 B, panel-a01:T2—panel-b01:T2 A, JB-13 B/);
    await page.locator('.rightpanel .tabs button', { hasText: 'Checks' }).click();
    await page.locator('[data-testid="checks-count-polarity"][data-count="1"]').waitFor();
    await shot(page, 'checks-polarity-fails');
    await page.locator('.rightpanel .tabs button', { hasText: 'Inspector' }).click();

    // Method B chosen in the inspector: one edit, the check passes; undo brings A (and the error) back.
    await field.selectOption('B');
    await idle(page);
    assert.equal((await trunkOf(app))?.polarity, 'B');
    assert.equal((await polarityErrors(app)).length, 0, 'B cord, B trunk, B cord: transmit reaches receive');
    await shot(page, 'inspector-polarity-b');
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.equal((await trunkOf(app))?.polarity, 'A');
    errors = await polarityErrors(app);
    assert.equal(errors.length, 1);
    // one more undo takes the whole trunk away (its creation, polarity included, was one step)
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.equal(await trunkOf(app), undefined);
    assert.equal((await polarityErrors(app)).length, 0);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await dispose();
  }
});

test('a link\'s channel: the elevations of every rack it passes side by side, its ports lit in each', async () => {
  const { app, dispose } = await start();
  const { page } = app;
  try {
    // JA-25's link through the patch rack, selected by finding the cable
    await page.keyboard.press('Control+f');
    await page.keyboard.type('JA-25');
    await page.getByTestId('find-results').locator('li').first().waitFor();
    await page.keyboard.press('Enter');
    await idle(page);
    const view = page.locator('[data-testid="channel-view"][data-state="ready"]');
    await view.waitFor();
    assert.equal(await view.getAttribute('data-links'), '1');
    assert.equal(await view.getByTestId('open-channel-racks').textContent(), 'All 3 elevations ▸');
    await view.getByTestId('open-channel-racks').click();
    await elevationReady(page);
    await idle(page);
    const elevation = page.getByTestId('elevation');
    assert.equal(await elevation.getAttribute('data-racks'), '3');
    assert.equal(await page.locator('.elev-head h2').textContent(), 'Channel through 3 racks');
    const columns = page.locator('.elev-rack-col');
    assert.deepEqual(await columns.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rack)), ['NA01', 'NP01', 'NB01'], 'the A end, the patch rack, the B end');
    // Each column: both faces, and exactly the channel's ports lit (switch port, panel fronts and trunk entries).
    const lit = (r: string) => page.locator(`.elev-rack-col[data-rack="${r}"] .port`).evaluateAll(
      (els, colour) => els.filter((e) => getComputedStyle(e).backgroundColor === colour).map((e) => (e as HTMLElement).dataset.port).sort(),
      CHANNEL,
    );
    assert.deepEqual(await lit('NA01'), ['leaf-a01:8/1', 'panel-a01:F25', 'panel-a01:T3']);
    assert.deepEqual(await lit('NP01'), ['panel-p01:F1', 'panel-p01:F13', 'panel-p01:T1', 'panel-p01:T2']);
    assert.deepEqual(await lit('NB01'), ['panel-b01:F25', 'panel-b01:T3', 'spine-b01:8/1']);
    for (const r of ['NA01', 'NP01', 'NB01']) assert.equal(await page.locator(`.elev-rack-col[data-rack="${r}"] .elev-rack`).count(), 2, `${r}: front and rear`);
    assert.match((await page.locator('.elev-rack-col[data-rack="NA01"] .elev-col-head').textContent())!, /lit: panel-a01, leaf-a01/);
    // lit ports can be hit: at least 10 px
    for (const p of ['panel-a01:F25', 'panel-p01:F13', 'panel-b01:T3']) {
      const b = (await page.locator(`.port[data-port="${p}"]`).boundingBox())!;
      assert.ok(b.width >= 10 && b.height >= 10, `${p} is ${b.width} x ${b.height} px`);
    }
    // The three columns fit the 1400 x 900 window: no sideways scroll, every face and every lit
    // port inside the view, and each lit device's name still has room to be read.
    const faces = page.locator('.elev-faces');
    const fit = await faces.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }));
    assert.ok(fit.scroll <= fit.client, `3 columns scroll sideways: ${fit.scroll} px in ${fit.client} px`);
    const rights = await page.locator('.elev-rack').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    assert.equal(rights.length, 6);
    assert.ok(rights.every((r) => r <= fit.right), `a face ends beyond the view (${rights.join(', ')} > ${fit.right})`);
    for (const p of ['panel-a01:F25', 'panel-a01:T3', 'panel-p01:F1', 'panel-p01:F13', 'panel-p01:T1', 'panel-p01:T2', 'panel-b01:T3', 'spine-b01:8/1']) {
      const b = (await page.locator(`.port[data-port="${p}"]`).boundingBox())!;
      assert.ok(b.width >= 10 && b.x + b.width <= fit.right, `${p}: ${b.width} px wide at ${b.x}, view ends at ${fit.right}`);
    }
    const labels = await page.locator('.elev-rack-col .device[data-mark] .dev-label, .elev-rack-col .device:has(.port[data-mark]) .dev-label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    assert.ok(labels.length > 0 && labels.every((w) => w >= 36), `lit devices' labels: ${labels.join(', ')} px`);
    await shot(page, 'elevations-fit');
    await shot(page, 'elevations-side-by-side');
    await page.locator('.port[data-port="panel-b01:T3"]').scrollIntoViewIfNeeded();
    await shot(page, 'elevations-side-by-side-far');

    // One rack alone from its column (the single-rack elevation the rest of the app opens).
    await page.locator('button[data-open-alone="NB01"]').click();
    await elevationReady(page);
    assert.equal(await elevation.getAttribute('data-racks'), '1');
    assert.equal(await page.locator('.elev-head h2').textContent(), 'Rack NB01');
    assert.equal(await page.locator('.elev-rack-col').count(), 0);
    assert.deepEqual(await page.locator('.elev-rack').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.face)), ['front', 'rear']);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await dispose();
  }
});
