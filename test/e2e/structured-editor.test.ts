// Structured cabling in the editor, on the hand-built hall of test/fixtures/layout/structured-two-rows.json
// (two network racks in two rows, an MPO-12 trunk panel in each, one 144F trunk T1-T1 and twelve
// jumper pairs leaf -> panel ... panel -> spine), routed by the CLI first:
//  - the trunk is drawn in the trays in the trunk colour, from each rack's drop to the tee only;
//  - a panel in the elevation shows its port map: fronts tinted by rear port with their rear
//    position, rear ports named, every port at least 10 px;
//  - a click on a jumper's port selects it; the inspector lists the channel hop by hop
//    (1.5 + 9 + 1.5 m, hand-computed in test/cli/structured.test.ts), its loss, and the channel is
//    lit in both racks' elevations and on the floor;
//  - a trunk added by hand between two free rear ports (T2-T2) through the trunk list with fit
//    marks, undone and redone with the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { counts, dist, drawn, elevationReady, idle, openEditor, openRackElevation, openTrunkDialog, pixel, structuredTwoRows, toScreen, zoomToPorts } from './editor-support.js';

const SHOTS = process.env.TRAYLINE_SHOTS ?? null;
const shot = (page: Page, name: string) => (SHOTS ? page.screenshot({ path: join(SHOTS, `13-editor-${name}.png`) }) : Promise.resolve());

const TRUNK = [234, 88, 12]; // C.trunk #ea580c
const CHANNEL = [192, 38, 211]; // C.channel #c026d3
const rgb = (c: number[]) => `rgb(${c.join(', ')})`;

test('structured cabling in the editor: trunk in the tray, panel port map, a channel lit and listed, a trunk added by hand', async () => {
  const proj = structuredTwoRows();
  const app = await openEditor(proj.file);
  const { page } = app;
  try {
    // (A project this small is checked from the start, without the Checks tab: the checks keep
    // routes current as cables are added, so the trunk made by hand below is drawn in the trays.)
    await idle(page);
    // The trunk runs NA01 -> Tray A -> Tray X -> Tray B -> NB01: one strand in each of the three
    // trays' segments; Tray X (x = 2.4 m) carries it alone.
    const trunkStrands = (await drawn(page)).trunks;
    assert.equal(trunkStrands, 3, 'the trunk drawn in three tray segments');
    const mid = await toScreen(page, 2.4, 4.5);
    assert.ok(dist(await pixel(page, mid.x, mid.y), TRUNK) < 40, `trunk colour in Tray X: ${await pixel(page, mid.x, mid.y)}`);
    // In Tray A (y = 3 m, x = 2.4 to 6 m) only from NA01's drop (x = 3.3 m) to the tee with Tray X:
    // beyond the rack the tray is bare (core/geometry/route-spans.ts).
    const onA = await toScreen(page, 2.85, 3);
    assert.ok(dist(await pixel(page, onA.x, onA.y), TRUNK) < 40, `trunk colour in Tray A west of NA01: ${await pixel(page, onA.x, onA.y)}`);
    const pastA = await toScreen(page, 5, 3);
    assert.ok(dist(await pixel(page, pastA.x, pastA.y), TRUNK) > 100, `no trunk in Tray A east of NA01: ${await pixel(page, pastA.x, pastA.y)}`);
    await shot(page, 'floor-trunk');
    await page.getByTestId('legend-toggle').click();
    assert.match((await page.getByTestId('legend').textContent())!, /trunk: panel to panel, rear ports/);
    await shot(page, 'floor-legend');
    await page.getByTestId('legend-toggle').click();

    // The panel's port map in NA01's elevation.
    await openRackElevation(page, 'NA01');
    await zoomToPorts(page, 'panel-a01');
    const front = page.locator('.elev-rack[data-face="front"] [data-device="panel-a01"] .port');
    const rear = page.locator('.elev-rack[data-face="rear"] [data-device="panel-a01"] .port');
    assert.equal(await front.count(), 48, '48 MPO-12 adapters on the front');
    assert.equal(await rear.count(), 4, 'four trunk entries T1-T4 seen from the rear');
    for (const l of [front, rear]) {
      for (let i = 0; i < (await l.count()); i += 5) {
        const b = (await l.nth(i).boundingBox())!;
        assert.ok(b.width >= 10 && b.height >= 10, `port ${i} is ${b.width} x ${b.height} px`);
      }
    }
    const f13 = page.locator('.port[data-port="panel-a01:F13"]');
    assert.equal(await f13.textContent(), '1', 'F13 is position 1 of its rear port');
    assert.match((await f13.getAttribute('title'))!, /F13 .*→ rear T2, position 1 of 12/);
    assert.equal(await page.locator('.port[data-port="panel-a01:T2"]').textContent(), 'T2');
    const tint = (sel: string) => page.locator(sel).evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(await tint('.port[data-port="panel-a01:F13"]'), await tint('.port[data-port="panel-a01:T2"]'), 'F13 and T2 share their group tint');
    assert.notEqual(await tint('.port[data-port="panel-a01:F13"]'), await tint('.port[data-port="panel-a01:F1"]'), 'groups T1 and T2 differ');
    await shot(page, 'elevation-port-map');
    await page.locator('.port[data-port="panel-a01:T1"]').scrollIntoViewIfNeeded();
    await shot(page, 'elevation-port-map-rear');
    await page.locator('.port[data-port="panel-a01:F1"]').scrollIntoViewIfNeeded();

    // A click on the jumper's panel port selects JA-01: its channel, hop by hop, lit.
    await page.locator('.port[data-port="panel-a01:F1"]').click();
    const view = page.locator('[data-testid="channel-view"][data-state="ready"]');
    await view.waitFor();
    await idle(page);
    assert.equal(await view.getAttribute('data-links'), '1');
    const hops = await view.locator('.hop').allInnerTexts();
    assert.deepEqual(hops.map((h) => h.replace(/\s+/g, ' ').trim()), [
      'JA-01 jumper · PATCH-MPO12-OS2 1.5 m',
      '▣ panel-a01 NA01 U40 · F1 → T1:1 1 MP',
      'TRK-A01-B01 trunk · TRUNK-MPO12-144F-OS2-B 9 m',
      '▣ panel-b01 NB01 U40 · F1 → T1:1 1 MP',
      'JB-01 jumper · PATCH-MPO12-OS2 1.5 m',
    ]);
    // 12 m single-mode: 0.012 km x 0.4 dB/km = 0.005 dB + 2 x 0.75 dB = 1.50 dB, budget 3 dB (400GBASE-DR4)
    assert.match((await view.getByTestId('channel-sum').textContent())!, /^12 m · 2 panels · 2 mated pairs.*Loss 1\.50 dB \(0\.005 fibre at 0\.4 dB\/km \+ 1\.50 connectors\) of 3 dB \(400GBASE-DR4\)/);
    const bg = (name: string) => page.locator(`.port[data-port="${name}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    for (const p of ['leaf-a01:1/1', 'panel-a01:F1', 'panel-a01:T1']) assert.equal(await bg(p), rgb(CHANNEL), `${p} lit`);
    assert.notEqual(await bg('panel-a01:F2'), rgb(CHANNEL), 'another link stays unlit');
    // The jumper's lists: the optic sits in the switch port only, the cord meets the panel's adapter.
    const chosen = (sel: string) => page.locator(sel).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    assert.match(await chosen('[data-testid="cable-inspector"] select[data-field="link"]'), /^✓ 400G transceiver.*\(400GBASE-DR4\) over MPO-12 APC patch cord, OS2, 1\.50 m$/);
    assert.match(await chosen('[data-testid="cable-inspector"] select[data-field="mediaId"]'), /^✓ /);
    await shot(page, 'elevation-channel');
    if (SHOTS) await page.locator('.elev-rack[data-face="front"] [data-device="panel-a01"]').screenshot({ path: join(SHOTS, '13-editor-panel-front-closeup.png') });
    await page.locator('.port[data-port="panel-a01:T1"]').scrollIntoViewIfNeeded();
    await shot(page, 'elevation-channel-rear');
    if (SHOTS) await page.locator('.elev-rack[data-face="rear"] [data-device="panel-a01"]').screenshot({ path: join(SHOTS, '13-editor-panel-rear-closeup.png') });

    // The far rack's elevation, from the inspector: its end of the channel is lit too.
    await view.locator('button[data-open-rack="NB01"]').click();
    await elevationReady(page);
    assert.equal(await page.locator('.elev-head h2').textContent(), 'Rack NB01');
    for (const p of ['spine-b01:1/1', 'panel-b01:F1', 'panel-b01:T1']) assert.equal(await bg(p), rgb(CHANNEL), `${p} lit`);
    await shot(page, 'elevation-channel-far');

    // The panel's map in the device inspector; its rear port T1 picked there shows the trunk's 12 links.
    await page.locator('.elev-rack[data-face="front"] [data-device="panel-b01"] .dev-label').click();
    const map = page.getByTestId('panel-map');
    await map.waitFor();
    assert.deepEqual(await map.locator('.panel-rear').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.rear)), ['T1', 'T2', 'T3', 'T4']);
    assert.match((await map.locator('.panel-rear[data-rear="T1"] > div').first().textContent())!, /T1 MPO-12, 12 pos\. · TRK-A01-B01 → panel-a01:T1/);
    assert.match((await map.locator('.panel-rear[data-rear="T2"] tr[data-front="F13"]').textContent())!, /^1F13free$/);
    await shot(page, 'panel-map-inspector');
    await map.locator('.panel-rear[data-rear="T1"] button', { hasText: 'T1' }).click();
    await page.getByTestId('port-inspector').waitFor();
    const portView = page.locator('[data-testid="port-inspector"] [data-testid="channel-view"][data-state="ready"]');
    await portView.waitFor();
    assert.equal(await portView.getAttribute('data-links'), '12', 'the trunk on T1 carries twelve links');
    await idle(page);

    // On the floor the trunk's route is lit in the channel colour.
    await page.getByRole('button', { name: 'Back to floor plan' }).click();
    await idle(page);
    assert.ok(dist(await pixel(page, mid.x, mid.y), CHANNEL) < 40, `channel colour in Tray X: ${await pixel(page, mid.x, mid.y)}`);
    await shot(page, 'floor-channel');

    // A trunk by hand: NA01 panel T2 -> NB01 panel T2.
    const dialog = await openTrunkDialog(page, { rack: 'NA01', panel: 'panel-a01', port: 'T2' }, { rack: 'NB01', panel: 'panel-b01', port: 'T2' });
    const options = await dialog.locator('select[data-field="trunk"] option').allTextContents();
    assert.ok(options.some((o) => /^✓ MPO trunk 144F OS2/.test(o)), '144F OS2 fits a 12-position MPO-12 entry');
    assert.ok(options.some((o) => /^⚠ MPO trunk 24F OS2.*24 lanes, the port has 144/.test(o)), '24F marked: fewer fibres than the entry');
    await dialog.locator('select[data-field="trunk"]').selectOption('TRUNK-MPO12-144F-OS2-B');
    await shot(page, 'trunk-dialog');
    const before = (await counts(page)).cables;
    await dialog.getByTestId('create-trunk').click();
    await page.getByTestId('cable-inspector').waitFor();
    await idle(page);
    assert.equal((await counts(page)).cables, before + 1);
    assert.match((await page.locator('[data-testid="cable-inspector"] h3').textContent())!, /panel-a01:T2—panel-b01:T2/);
    await page.locator('[data-testid="channel-view"][data-state="ready"]').waitFor();
    assert.equal(await page.getByTestId('channel-view').getAttribute('data-links'), '0', 'no jumpers on T2 yet: no link');
    await page.getByRole('button', { name: 'Back to floor plan' }).click();
    await idle(page);
    assert.equal((await drawn(page)).trunks, 2 * trunkStrands, 'both trunks drawn in the trays');
    await shot(page, 'floor-two-trunks');

    // One undo step removes it; redo brings it back.
    await page.keyboard.press('Control+z');
    await idle(page);
    assert.equal((await counts(page)).cables, before);
    await page.keyboard.press('Control+Shift+z');
    await idle(page);
    assert.equal((await counts(page)).cables, before + 1);
    assert.deepEqual(app.pageErrors, []);
  } finally {
    await app.stop();
    proj.dispose();
  }
});
