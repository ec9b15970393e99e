// The inspector's route and channels of a cable or port, in a project whose check session is not
// kept, come from a session over that part of the project alone (main/app/view-session.ts): they
// must be exactly what the whole project's session gives, through patch panels, trunks, records
// and port blocks, for trunks, jumpers, direct cables, and interface, front and rear ports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { generateFabric } from '../../main/app/fabric.js';
import { channelsAt } from '../../main/app/channels.js';
import { cableRoute } from '../../main/app/routing.js';
import { checkSessionOf, forgetChecks, runChecks } from '../../main/app/checks.js';
import { localSession } from '../../main/app/view-session.js';
import type { Id } from '../../core/model/entities.js';

const dir = mkdtempSync(join(tmpdir(), 'tl-view-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

test('1k structured and auto halls: route and channels from the local session equal the whole session\'s', async () => {
  for (const cabling of ['structured', 'auto'] as const) {
    const db = openProject(join(dir, `${cabling}.trayline`), { create: true });
    seedCatalog(db);
    await generateFabric(db, { arch: 'rail-optimized', gpus: 1024, cabling }, { route: true });
    const cables = db.prepare('SELECT id FROM cable_view ORDER BY id').pluck().all() as Id[];
    const ports = db.prepare("SELECT p.id, p.kind FROM port_view p WHERE EXISTS (SELECT 1 FROM cable_view c WHERE c.a_port_id = p.id OR c.b_port_id = p.id) ORDER BY p.id").all() as { id: Id; kind: string }[];
    const trunks = new Set(db.prepare('SELECT DISTINCT trunk_id FROM channels').pluck().all() as Id[]);
    // every third trunk and every 53rd cable; every 71st port of each kind in use
    const someCables = cables.filter((id, i) => (trunks.has(id) && id % 3 === 0) || i % 53 === 0);
    const somePorts = ['interface', 'front-port', 'rear-port'].flatMap((k) => ports.filter((p) => p.kind === k).filter((_, i) => i % 71 === 0).map((p) => p.id));
    assert.ok(someCables.length > 50 && somePorts.length > 50, `${cabling}: ${someCables.length} cables, ${somePorts.length} ports`);

    forgetChecks(db);
    const local = {
      routes: someCables.map((id) => cableRoute(db, id)),
      cables: someCables.map((id) => channelsAt(db, { cableId: id }, 100)),
      ports: somePorts.map((id) => channelsAt(db, { portId: id }, 100)),
    };
    assert.throws(() => localSession(db, { cableId: 10_000_000 }), /cable 10000000 does not exist/);
    runChecks(db); // the kept session, current: what the views read from now on
    const kept = checkSessionOf(db);
    const whole = {
      routes: someCables.map((id) => cableRoute(db, id)),
      cables: someCables.map((id) => channelsAt(db, { cableId: id }, 100)),
      ports: somePorts.map((id) => channelsAt(db, { portId: id }, 100)),
    };
    assert.equal(checkSessionOf(db), kept, 'read from the kept session');
    for (const k of ['routes', 'cables', 'ports'] as const) {
      local[k].forEach((x, i) => assert.deepEqual(x, whole[k][i], `${cabling}: ${k} ${k === 'ports' ? somePorts[i] : someCables[i]}`));
    }
    const links = local.cables.reduce((n, r) => n + r.total, 0);
    assert.ok(links > someCables.length, `${cabling}: links traced (${links})`);
    assert.ok(local.cables.some((r) => r.links.some((l) => l.hops.some((h) => h.kind === 'panel'))), `${cabling}: channels through panels`);
    db.close();
  }
});
