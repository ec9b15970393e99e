// The routing and checks handlers over a real project file: incremental checks after edits,
// subset queries, the drawn route, media suggestion, heat data, and route writing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdit } from '../../db/edits.js';
import { openProject } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';
import { routingHandlers as h } from '../../main/handlers/routing.js';
import { ProjectSession } from '../../main/session/session.js';
import { buildRouteProject } from '../cli/route-fixture.js';
import { withProject } from './with-project.js';

test('checks.run, then checks.update after edits re-checks only what they touched', async () => {
  const file = buildRouteProject();
  const session = new ProjectSession({ path: file, db: openProject(file) });
  const ctx = session.context();
  const { db } = session.project();
  try {
    const first = await h['checks.run'](ctx, {});
    // C2 (DAC-2 over 2.278 m) fails reach; C1 has no media
    assert.deepEqual([first.errors, first.warnings], [1, 1]);
    assert.equal(first.counts.reach.errors, 1);

    // rack A (id 1) holds swA and swC at 1000 W each: a 100 W budget is over
    applyEdit(db, { label: 'budget', ops: [{ op: 'update', kind: 'rack', id: 1, patch: { powerBudgetW: 100 } }] });
    const r1 = await h['checks.update'](ctx, { touched: { rack: [1] } });
    assert.equal(r1.counts['rack-power'].errors, 1);
    assert.equal(r1.routes, undefined); // a budget re-routes nothing
    assert.equal(r1.checked, 6); // rack-power, u-space, bounds, cooling, floor-load and aisle for rack 1 (it has no feed)
    assert.match(r1.violations.find((v) => v.rule === 'rack-power')!.message, /draws 2000 W .* over its budget of 100 W/);

    // a longer-reaching assembly for C2 clears reach
    applyEdit(db, { label: 'media', ops: [{ op: 'update', kind: 'cable', id: 2, patch: { mediaId: 'AEC-7' } }] });
    const r2 = await h['checks.update'](ctx, { touched: { cable: [2] } });
    assert.equal(r2.counts.reach.errors, 0);
    // AEC ends draw 10 W each, both in rack A: 2020 W
    assert.match(r2.violations.find((v) => v.rule === 'rack-power')!.message, /draws 2020 W/);
    // C2 was re-routed with its new media: its stored lengths are brought up to date (3 m stock AEC)
    const c2 = r2.routes!.put.cable!.find((c) => c.id === 2)!;
    assert.equal(c2.orderedMm, 3000);
    assert.equal(new EntityStore(db).get('cable', 2)!.orderedMm, 3000);
    // moving rack B re-routes C1: 600 mm further along the tray
    const before = (await h['routing.cableRoute'](ctx, { cableId: 1 })).routedM!;
    applyEdit(db, { label: 'move', ops: [{ op: 'update', kind: 'rack', id: 2, patch: { xMm: 4500 } }] });
    const r3 = await h['checks.update'](ctx, { touched: { rack: [2] } });
    const c1 = r3.routes!.put.cable!.find((c) => c.id === 1)!;
    assert.equal(c1.routedMm, Math.round(before * 1000) + 600);
    assert.equal(new EntityStore(db).get('cable', 1)!.routedMm, c1.routedMm);

    const sub = await h['checks.forObjects'](ctx, { objects: [{ kind: 'cable', id: 1 }] });
    assert.deepEqual(sub.violations.map((v) => v.rule), ['no-media']);

    const heat = await h['checks.heat'](ctx, {});
    assert.deepEqual(heat.racks.find((r) => r.id === 1), { id: 1, loadW: 2020, budgetW: 100 });
    // tray T1 300 x 100 mm carries C1 only, without media: 9.43 mm default copper diameter
    // pi x 4.715^2 = 69.84 mm2 over 30000 mm2 = 0.233 %
    const t1 = heat.trays.find((t) => t.id === 1)!;
    assert.ok(Math.abs(t1.maxFillPct - (100 * Math.PI * (9.43 / 2) ** 2) / 30000) < 1e-9);
  } finally {
    session.close();
  }
});

test('checks.update writes a re-routed cable only where its route differs from the file (the full check reads no stored route)', () =>
  withProject(async (ctx, db) => {
    await h['routing.routeAll'](ctx, { autoMedia: 'none', details: false });
    await h['checks.run'](ctx, {});
    const before = new EntityStore(db).get('cable', 1)!;
    assert.ok(before.route && before.route.length > 0, 'C1 runs in the tray, its route stored');
    // a renamed rack re-routes its cables (a label may name it): C1 comes out as stored
    applyEdit(db, { label: 'rename', ops: [{ op: 'update', kind: 'rack', id: 2, patch: { name: 'B-renamed' } }] });
    const r1 = await h['checks.update'](ctx, { touched: { rack: [2] } });
    assert.equal(r1.routes, undefined);
    // moved, it is written, and a move back writes the first route again
    applyEdit(db, { label: 'move', ops: [{ op: 'update', kind: 'rack', id: 2, patch: { xMm: 4500 } }] });
    const r2 = await h['checks.update'](ctx, { touched: { rack: [2] } });
    assert.deepEqual(r2.routes!.put.cable!.map((c) => c.id), [1]);
    assert.notEqual(new EntityStore(db).get('cable', 1)!.routedMm, before.routedMm);
    applyEdit(db, { label: 'back', ops: [{ op: 'update', kind: 'rack', id: 2, patch: { xMm: new EntityStore(db).get('rack', 2)!.xMm - 600 } }] });
    const r3 = await h['checks.update'](ctx, { touched: { rack: [2] } });
    assert.deepEqual(r3.routes!.put.cable!.map((c) => [c.id, c.routedMm, c.route]), [[1, before.routedMm, before.route]]);
    assert.deepEqual(new EntityStore(db).get('cable', 1)!.route, before.route);
  }));

test('cableRoute draws rack, drop, tray, drop, rack; chooseMedia explains; routeAll writes only changes', async () => {
  const file = buildRouteProject();
  const session = new ProjectSession({ path: file, db: openProject(file) });
  const ctx = session.context();
  try {
    const r = await h['routing.cableRoute'](ctx, { cableId: 1 });
    // rack centres (900, 1200) and (3900, 1200), tray along y = 2400
    assert.deepEqual(r.points, [[900, 1200], [900, 2400], [3900, 2400], [3900, 1200]]);
    assert.deepEqual(r.route, [{ trayId: 1, seg: 0 }]);

    const c = await h['routing.chooseMedia'](ctx, { cableId: 1, policy: 'cheapest' });
    assert.equal(c.mediaId, 'CORD-OM4');
    assert.equal(c.opticA, 'SR8');
    assert.match(c.reason, /^passive DAC reaches 2 m, route is [\d.]+ m: 2 x SR8 over CORD-OM4 15 m chosen/);

    const progress: string[] = [];
    const ctx2 = session.context((phase, done, total) => progress.push(`${phase} ${done}/${total}`));
    const a = await h['routing.routeAll'](ctx2, { autoMedia: 'none', details: false });
    assert.deepEqual([a.routed, a.unroutable, a.changed], [2, 0, 2]);
    assert.ok(progress.includes('route 2/2'));
    const b = await h['routing.routeAll'](ctx, { autoMedia: 'none', details: false });
    assert.equal(b.changed, 0);
  } finally {
    session.close();
  }
});

test('routeCables routes only the cables asked, from their rows alone, stores them, and agrees with the check session', () =>
  withProject(async (ctx, db) => {
    const stored = (id: number) => new EntityStore(db).get('cable', id)!;
    assert.equal(stored(1).route, null, 'the fixture starts unrouted');
    const r = await h['routing.routeCables'](ctx, { cableIds: [1, 1, 999] }); // (a repeat and a missing id are no cables)
    assert.deepEqual([r.routed, r.unroutable], [1, 0]);
    assert.deepEqual(r.missing, [999], 'the id that is no cable is named');
    const c1 = r.routes!.put.cable!;
    assert.deepEqual(c1.map((c) => c.id), [1]);
    assert.deepEqual(c1[0]!.route, [{ trayId: 1, seg: 0 }]);
    assert.deepEqual([stored(1).routedMm, stored(1).route], [c1[0]!.routedMm, c1[0]!.route]);
    assert.equal(stored(2).route, null, 'C2 was not asked');
    // the same length the check session routes it to
    assert.equal(c1[0]!.routedMm, Math.round((await h['routing.cableRoute'](ctx, { cableId: 1 })).routedM! * 1000));
    // C2 inside rack A: 2.278 m, no tray step
    const r2 = await h['routing.routeCables'](ctx, { cableIds: [2] });
    assert.deepEqual(r2.routes!.put.cable!.map((c) => [c.id, c.routedMm, c.route]), [[2, 2278, []]]);
    // asked again, nothing changed: nothing written, no patch
    const again = await h['routing.routeCables'](ctx, { cableIds: [1, 2] });
    assert.deepEqual([again.routed, again.routes], [2, undefined]);
  }));
