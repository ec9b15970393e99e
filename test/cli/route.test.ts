import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../core/model/entities.js';
import { openProject } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';
import { cli } from './run-cli.js';
import { buildRouteProject } from './route-fixture.js';

// Hand-computed lengths for the fixture (1U = 44.45 mm, racks 42U with the default 100 mm plinth,
// the default settings S: slack S.slackMm, service loop S.serviceLoopMm per end, no contingency;
// tray at 2600 mm along y = 2400; rack centres at y = 1200, x = 900 and 3900):
//  C1 rack A U1 -> rack B U1: the port is 100 + 0.5 x 44.45 = 122.225 mm above the floor and the
//     tray (2600) is above the rack top (100 + 42 x 44.45 = 1966.9), so each end climbs
//     2600 - 122.225 = 2477.775 (x2 = 4955.55); across 2400 - 1200 = 1200 per rack (2400),
//     along the tray 3900 - 900 = 3000, slack, two service loops
//     (with the shipped defaults 500 / 1000: 4955.55 + 2400 + 3000 + 500 + 2000 = 12855.55 mm)
//  C2 rack A U1 -> U41 in the same rack: (40.5 - 0.5) x 44.45 = 1778 + slack (2278 mm with 500)
const S = DEFAULT_SETTINGS;
assert.equal(S.lengthContingencyPct, 0);
const C1_MM = Math.round(2 * (2600 - (100 + 0.5 * 44.45)) + 2400 + 3000 + S.slackMm + 2 * S.serviceLoopMm);
const C2_MM = Math.round(40 * 44.45 + S.slackMm);

test('route --json: routed and ordered lengths; the DAC has no stock length long enough', () => {
  const file = buildRouteProject();
  const r = cli('route', file, '--json');
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.routed, 2);
  assert.equal(out.unroutable, 0);
  assert.equal(out.totalLengthM, (C1_MM + C2_MM) / 1000);
  assert.deepEqual(out.cables, [
    { label: 'C1', media: null, routedM: C1_MM / 1000, orderedM: null },
    { label: 'C2', media: 'DAC-2', routedM: C2_MM / 1000, orderedM: null }, // 2.278 m > 2 m stock
  ]);
  // stored, with the route over T1
  const db = openProject(file, { readonly: true });
  const cables = new EntityStore(db).all('cable');
  assert.equal(cables[0]!.routedMm, C1_MM);
  assert.deepEqual(cables[0]!.route, [{ trayId: 1, seg: 0 }]);
  assert.deepEqual(cables[1]!.route, []);
  db.close();
});

test('route --auto-media picks media for cables without; --auto-media=all reconsiders; policy power', () => {
  const file = buildRouteProject();
  let out = JSON.parse(cli('route', file, '--auto-media', '--json').stdout);
  // C1 needs 12.86 m: DAC (2 m) and AEC (7 m) do not reach; 2 x SR8 over the OM4 cord, 15 m stock
  assert.deepEqual(out.cables[0], { label: 'C1', media: 'CORD-OM4', routedM: C1_MM / 1000, orderedM: 15 });
  assert.equal(out.cables[1].media, 'DAC-2'); // had media: untouched
  assert.equal(out.mediaChosen, 1);
  out = JSON.parse(cli('route', file, '--auto-media=all', '--policy', 'cheapest', '--json').stdout);
  // C2 needs 2.278 m: AEC-7 3 m ($250) vs 2 x SR8 + 10 m cord ($150 x 2 + $20 = $320): AEC
  assert.deepEqual(out.cables[1], { label: 'C2', media: 'AEC-7', routedM: C2_MM / 1000, orderedM: 3 });
  // power: AEC 2 x 10 W = 20 W vs SR8 2 x 16 W = 32 W: still AEC. Nothing changes.
  out = JSON.parse(cli('route', file, '--auto-media=all', '--policy', 'power', '--json').stdout);
  assert.equal(out.mediaChosen, 0);
  const db = openProject(file, { readonly: true });
  const c1 = new EntityStore(db).get('cable', 1)!;
  assert.deepEqual([c1.mediaId, c1.opticA, c1.opticB, c1.orderedMm], ['CORD-OM4', 'SR8', 'SR8', 15000]);
  db.close();
});

test('route: human output, help, and bad usage', () => {
  const file = buildRouteProject();
  const r = cli('route', file, '--auto-media');
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Routed 2 cable\(s\), 0 unroutable/);
  assert.match(r.stdout, new RegExp(`C1: passive DAC reaches 2 m, route is ${+(C1_MM / 1000).toFixed(2)} m: 2 x SR8 over CORD-OM4 15 m chosen`));
  assert.match(cli('route', '--help').stdout, /--auto-media=all/);
  const bad = cli('route', file, '--policy', 'fastest');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--policy must be cheapest or power/);
  assert.equal(cli('route', '/nonexistent/x.trayline').code, 2);
});
