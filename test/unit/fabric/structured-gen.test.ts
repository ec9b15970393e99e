// The structured-cabling generator on one scalable unit, every figure worked by hand:
//  rail-optimized, 1 SU of 32 DGX-like servers (8 x 400G), 64-port switches: 8 leaves, 32 uplinks
//  each; two tiers: S = 4 spines (smallest divisor of 32 with S x 64 >= 8 x 32), 8 links per
//  leaf-spine pair. Placement: 4 servers per rack -> 8 compute racks, the 8 leaves in one network
//  rack in the middle of the run, the 4 spines in one rack of their own row.
//  cabling auto: the 256 server-leaf links stay inside the SU (direct); the 256 leaf-spine links
//  leave it: one pair of racks -> ceil(256 / 12) = 22 trunks, 21 of 144 fibres (12 links) and one
//  carrying 256 - 21 x 12 = 4 links: the fewest legs that hold 4 is the 48-fibre trunk (4 x MPO-12).
//  Each rack has 22 trunk ends -> ceil(22 / 4 entries) = 6 1U panels, 12 in all, from U48 down.
//  Media: SR4 over OM4 costs 2 x 600 + 2 cords x 50 + a share of an OM4 trunk; DR4 over OS2
//  2 x 900 + 2 x 60 + a cheaper share: SR4 wins while the channel is under its 50 m.
//  cabling structured: also the server-leaf links; each compute rack sends 4 x 8 = 32 links to the
//  leaf rack: 144F + 144F + 96F (8 links); 8 racks x 3 + 22 = 46 trunks; panels: 1 per compute
//  rack, ceil((24 + 22) / 4) = 12 in the leaf rack, 6 in the spine rack: 26.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planFabric } from '../../../core/fabric/plan.js';
import { openProject } from '../../../db/open.js';
import { upsertDeviceType, upsertMedia } from '../../../db/catalog.js';
import { generateFabric } from '../../../main/app/fabric.js';
import { STRUCTURED_CATALOG } from './structured-fixtures.js';
import type { FabricInputsIn } from '../../../core/fabric/inputs.js';

const SU: FabricInputsIn = { arch: 'rail-optimized', scalableUnits: 1, server: 'test-dgx', switch: 'test-qm' };

test('auto: leaf-spine links through 21 x 144F + 1 x 48F OM4 trunks and 12 panels; server-leaf stays direct', () => {
  const p = planFabric({ ...SU, cabling: 'auto' }, STRUCTURED_CATALOG);
  const s = p.summary;
  assert.deepEqual(s.links.byTier, { 'server-leaf': 256, 'leaf-spine': 256, 'spine-core': 0 });
  assert.deepEqual(s.structured, {
    cabling: 'auto',
    links: 256,
    trunks: 22,
    panels: 12,
    panelType: 'generic-mpo12-trunk-panel-1u',
    trunksByMedia: { 'T-TRUNK-144F-OM4': 21, 'T-TRUNK-48F-OM4': 1 },
  });
  // every link SR4 at both ends over OM4: one cord for a direct link, two jumpers for a structured one
  assert.equal(s.cablesByMedia['T-400-SR4-MPO over T-CORD-OM4'], 512);
  assert.equal(s.cables['T-CORD-OM4'], 256 + 2 * 256);
  const sp = p.structured!;
  // positions: link k of the pair on trunk floor(k / 12), position k mod 12 + 1
  const first = 256; // the leaf-spine links follow the 256 server-leaf links
  assert.equal(sp.trunkOf[first - 1], -1, 'server-leaf is direct');
  assert.deepEqual([sp.trunkOf[first], sp.posOf[first]], [0, 1]);
  assert.deepEqual([sp.trunkOf[first + 12], sp.posOf[first + 12]], [1, 1]);
  assert.deepEqual([sp.trunkOf[first + 255], sp.posOf[first + 255]], [21, 4]);
  // trunk 21's ends: the 22nd entry of each rack = panel 6 (index 5 of the rack), entry T2
  assert.deepEqual([sp.trunkEntry[2 * 21], sp.trunkEntry[2 * 21 + 1]], [1, 1]);
  assert.deepEqual([...sp.panelU.slice(0, 6)], [48, 47, 46, 45, 44, 43]);
  // cost split: trunks bucket = 21 x (1,080 + 14.4/m x L) + (360 + 4.8/m x L') + 12 panels x 480, > 0
  assert.ok(s.cost.trunksUsd > 21 * 1080 + 360 + 12 * 480, `trunks ${s.cost.trunksUsd}`);
});

test('structured: every link between racks; 46 trunks, 26 panels', () => {
  const s = planFabric({ ...SU, cabling: 'structured' }, STRUCTURED_CATALOG).summary;
  assert.equal(s.structured!.links, 512);
  assert.equal(s.structured!.trunks, 46);
  assert.equal(s.structured!.panels, 26);
  assert.deepEqual(s.structured!.trunksByMedia, { 'T-TRUNK-144F-OM4': 16 + 21, 'T-TRUNK-96F-OM4': 8, 'T-TRUNK-48F-OM4': 1 });
});

test('direct is unchanged: no panels, no trunks, the trunks bucket 0', () => {
  const s = planFabric(SU, STRUCTURED_CATALOG).summary;
  assert.equal(s.structured, null);
  assert.equal(s.cost.trunksUsd, 0);
});

test('generated and checked: every channel traced jumper -> panel -> trunk -> panel -> jumper, polarity and all rules clean', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trayline-structured-gen-'));
  const db = openProject(join(dir, 'p.trayline'), { create: true });
  try {
    for (const t of STRUCTURED_CATALOG.deviceTypes) upsertDeviceType(db, t);
    for (const m of STRUCTURED_CATALOG.media) upsertMedia(db, m);
    const r = await generateFabric(db, { ...SU, cabling: 'auto' }, { route: true });
    assert.equal(r.checks!.errors, 0, JSON.stringify(r.checks!.counts));
    assert.equal(r.checks!.counts.polarity.errors, 0);
    // cables: 256 direct + 2 x 256 jumpers + 22 trunks
    assert.equal(r.written.cables, 256 + 512 + 22);
    const q = (sql: string, ...a: unknown[]) => db.prepare(sql).get(...a) as Record<string, unknown>;
    // the last leaf-spine link: leaf 8's last uplink (port 32/2) to spine 4's port 32/2, on trunk 22
    // position 4: the jumper lands on F16 (T2 position 4) of each rack's sixth panel (U43)
    const jumper = (device: string) =>
      q(
        `SELECT pd.name panel, pd.u u, pp.name front FROM cable_view c JOIN port_view sp ON sp.id IN (c.a_port_id, c.b_port_id) JOIN devices sd ON sd.id = sp.device_id
         JOIN port_view pp ON pp.id IN (c.a_port_id, c.b_port_id) AND pp.id <> sp.id JOIN devices pd ON pd.id = pp.device_id
         WHERE sd.name = ? AND sp.name = '32/2'`,
        device,
      );
    const leafEnd = jumper('su01-leaf-r8');
    const spineEnd = jumper('spine04');
    assert.deepEqual([leafEnd.u, leafEnd.front], [43, 'F16']);
    assert.deepEqual([spineEnd.u, spineEnd.front], [43, 'F16']);
    assert.match(String(leafEnd.panel), /-PP06$/);
    const trunk = q(`SELECT media_id FROM cables c JOIN ports a ON a.id = c.a_port_id WHERE a.kind = 'rear-port' ORDER BY c.id DESC LIMIT 1`);
    assert.equal(trunk.media_id, 'T-TRUNK-48F-OM4');
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
