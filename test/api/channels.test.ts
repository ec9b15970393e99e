// routing.channels over the hand-built structured hall (test/fixtures/layout/structured-two-rows.json):
// a jumper's link hop by hop, a trunk's twelve links, a port's link, and the loss by the
// channel-loss formula. Lengths hand-computed in test/cli/structured.test.ts: 1.5 m stock jumpers,
// the trunk routed 8.788 m and made to 9 m.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { applyEdit } from '../../db/edits.js';
import { openProject } from '../../db/open.js';
import { routingHandlers as h } from '../../main/handlers/routing.js';
import { ProjectSession } from '../../main/session/session.js';
import { cli, ROOT, tempDir } from '../cli/run-cli.js';

function structuredProject(): string {
  const file = join(tempDir(), 's.trayline');
  assert.equal(cli('new', file).code, 0);
  const r = cli('import', file, join(ROOT, 'test/fixtures/layout/structured-two-rows.json'));
  assert.equal(r.code, 0, r.stderr);
  return file;
}

test('routing.channels: a jumper, a trunk and a port give their links hop by hop with lengths and loss', async () => {
  const file = structuredProject();
  const session = new ProjectSession({ path: file, db: openProject(file) });
  const ctx = session.context();
  try {
    const cableId = (label: string) => (session.project().db.prepare('SELECT id FROM cables WHERE label = ?').get(label) as { id: number }).id;
    const one = await h['routing.channels'](ctx, { cableId: cableId('JA-01'), limit: 100 });
    assert.equal(one.total, 1);
    const l = one.links[0]!;
    assert.equal(l.a.name, 'leaf-a01:1/1');
    assert.equal(l.b?.name, 'spine-b01:1/1');
    assert.equal(l.a.optic, '400GBASE-DR4');
    assert.deepEqual(
      l.hops.map((x) => (x.kind === 'cable' ? `${x.label} ${x.role} ${x.lengthM} m` : `${x.device} U${x.u} ${x.front}->${x.rear}:${x.position} (${x.matedPairs})`)),
      ['JA-01 jumper 1.5 m', 'panel-a01 U40 F1->T1:1 (1)', 'TRK-A01-B01 trunk 9 m', 'panel-b01 U40 F1->T1:1 (1)', 'JB-01 jumper 1.5 m'],
    );
    const trunk = l.hops[2]!;
    assert.equal(trunk.kind === 'cable' && trunk.routedM, 8.788);
    assert.deepEqual([l.lengthM, l.junctions, l.matedPairs], [12, 2, 2]);
    // single-mode DR4: 0.012 km x 0.4 dB/km = 0.0048 dB + 2 mated pairs x 0.75 dB = 1.5048 dB, budget 3.0 dB (Clause 124)
    assert.equal(l.loss!.fibreDb, 0.005);
    assert.equal(l.loss!.connectorDb, 1.5);
    assert.equal(l.loss!.totalDb, 1.505);
    assert.equal(l.loss!.budgetDb, 3);
    // what the editor lights: 3 cables, both ends + 2 ports per panel, 2 panels, 2 racks
    assert.deepEqual([l.cables.length, l.ports.length, l.devices.length, l.racks.length], [3, 6, 2, 2]);
    const rackName = (id: number) => (session.project().db.prepare('SELECT name FROM racks WHERE id = ?').get(id) as { name: string }).name;
    assert.deepEqual(l.racks.map(rackName), ['NA01', 'NB01'], 'racks in channel order, the A end first (the elevations side by side)');

    const t = await h['routing.channels'](ctx, { cableId: cableId('TRK-A01-B01'), limit: 100 });
    assert.equal(t.total, 12);
    assert.deepEqual(t.links.map((x) => (x.hops[1] as { position: number }).position), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const limited = await h['routing.channels'](ctx, { cableId: cableId('TRK-A01-B01'), limit: 5 });
    assert.deepEqual([limited.total, limited.links.length], [12, 5]);

    const portId = (device: string, port: string) =>
      (session.project().db.prepare('SELECT p.id FROM port_view p JOIN devices d ON d.id = p.device_id WHERE d.name = ? AND p.name = ?').get(device, port) as { id: number }).id;
    const atPort = await h['routing.channels'](ctx, { portId: portId('spine-b01', '6/2'), limit: 100 });
    assert.deepEqual(atPort.links.map((x) => x.a.name), ['leaf-a01:6/2']);
    const rear = await h['routing.channels'](ctx, { portId: portId('panel-a01', 'T1'), limit: 100 });
    assert.equal(rear.total, 12);
    const free = await h['routing.channels'](ctx, { portId: portId('panel-a01', 'T2'), limit: 100 });
    assert.equal(free.total, 0);
    // An edit no checks.update brought in (the checks panel closed): the view is rebuilt, never stale.
    const ja02 = cableId('JA-02');
    applyEdit(session.project().db, { label: 'unplug', ops: [{ op: 'delete', kind: 'cable', id: ja02 }] });
    const after = await h['routing.channels'](ctx, { cableId: cableId('TRK-A01-B01'), limit: 100 });
    assert.equal(after.links.filter((x) => x.b !== null).length, 11, 'eleven complete links left on the trunk');
    // the checks' own update of that edit, arriving later, applies cleanly to the rebuilt session
    const upd = await h['checks.update'](ctx, { touched: { cable: [ja02] } });
    const full = await h['checks.run'](ctx, {});
    assert.deepEqual([upd.errors, upd.warnings], [full.errors, full.warnings]);
    await assert.rejects(async () => h['routing.channels'](ctx, { cableId: 99_999, limit: 100 }), /cable 99999 does not exist/);
  } finally {
    session.close();
  }
});
