// The generator's media choice reads the port flags the routing engine reads (single-port cages,
// co-packaged optics), and declares a rack liquid-cooled where its devices are. Before, the plan
// dropped the flags: the published B300 XDR SuperPOD was written with twin-port modules in the
// DGX B300's single-port cages (576 port-compat errors), and a Q3450-LD fabric with no media at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, toDeviceType, toMedia } from '../../../core/catalog/index.js';
import { planFabric } from '../../../core/fabric/plan.js';
import { costGaps } from '../../../core/economics/compare.js';
import { cpoPortLayout, defaultPolarity } from '../../../core/routing/polarity.js';
import { generateFabric } from '../../../main/app/fabric.js';
import { buildBom } from '../../../core/export/bom.js';
import { elevationDrawing } from '../../../core/export/elevations.js';
import { ProjectIndex } from '../../../core/export/project-index.js';
import { deviceDrawLabel } from '../../../core/model/power.js';
import { formatW } from '../../../core/model/units.js';
import { loadSnapshot } from '../../../db/snapshot.js';
import { CheckSession } from '../../../core/checks/session.js';
import type { FabricInputsIn } from '../../../core/fabric/inputs.js';
import { withSeededProject } from './seeded-project.js';

const CATALOG = {
  deviceTypes: BUILTIN_DEVICE_TYPES.map((t, i) => ({ ...toDeviceType(t), id: i + 1 })),
  media: BUILTIN_MEDIA.map(toMedia),
};
const media = new Map(CATALOG.media.map((m) => [m.id, m]));
const twin = (id: string | null) => !!id && /twin-port/.test(media.get(id)!.formFactor);

/** Each link's ends as [role, port name, optic id] pairs. */
function ends(plan: ReturnType<typeof planFabric>) {
  const t = plan.arch.topo;
  const name = (dev: number, p: number) => (t.devices[dev]!.role === 'server' ? plan.server : plan.sw).ports[p]!.name;
  return plan.media.map((m, i) => ({
    a: { role: t.devices[t.a[i]!]!.role, port: name(t.a[i]!, plan.portA[i]!), optic: m?.opticA ?? null },
    b: { role: t.devices[t.b[i]!]!.role, port: name(t.b[i]!, plan.portB[i]!), optic: m?.opticB ?? null },
    fibre: m?.mediaId ?? null,
  }));
}

const B300_Q3400: FabricInputsIn = { arch: 'rail-optimized', scalableUnits: 1, server: 'nvidia-dgx-b300', switch: 'nvidia-q3400' };
const B300_Q3450: FabricInputsIn = { arch: 'rail-optimized', scalableUnits: 1, server: 'nvidia-dgx-b300', switch: 'nvidia-q3450-ld' };

test('DGX B300 ConnectX-8 cages (one port each) get single-port 800G modules; the Q3400 ends share twin-port 1.6T modules', () => {
  const plan = planFabric(B300_Q3400, CATALOG);
  const links = ends(plan);
  assert.equal(links.length, 576 + 576);
  for (const l of links) {
    for (const e of [l.a, l.b]) {
      assert.ok(e.optic, `${e.port}: no optic`);
      assert.equal(twin(e.optic), e.role !== 'server', `${e.role} ${e.port}: ${e.optic}`);
    }
  }
  // 576 NICs one module each; 576 leaf ports to servers and 2 x 576 leaf-spine ports, two per module
  assert.equal(plan.summary.transceivers, 576 + 576 / 2 + (2 * 576) / 2);
  assert.equal(plan.summary.cablesByMedia.unassigned, undefined);
});

test('a Q3450-LD fabric: an 800G DR4 module at the server, none at the co-packaged switch ports, single-mode between switches', () => {
  const plan = planFabric(B300_Q3450, CATALOG);
  const links = ends(plan);
  assert.equal(plan.summary.cablesByMedia.unassigned, undefined);
  for (const l of links) {
    const fibre = media.get(l.fibre!)!;
    assert.equal(fibre.fiber, 'OS2', l.fibre!);
    for (const e of [l.a, l.b]) {
      if (e.role !== 'server') assert.equal(e.optic, null, `${e.port}: a module in a co-packaged port`);
      else assert.equal(media.get(e.optic!)!.lanes, 4, `${e.port}: ${e.optic} (a CPO port is 4 x 200G)`);
    }
  }
  assert.equal(plan.summary.transceivers, 576);
  assert.ok(plan.summary.costComplete);
  assert.match(Object.keys(plan.summary.cablesByMedia).join(' | '), /\(far end co-packaged\)/);
});

test('generated and checked: the B300 SuperPOD passes; Q3450-LD racks are declared liquid-cooled and served by in-row CDUs', async () => {
  await withSeededProject(async (db) => {
    const a = await generateFabric(db, B300_Q3400, { route: true, hallName: 'pluggable' });
    assert.equal(a.checks!.errors, 0);
    const b = await generateFabric(db, B300_Q3450, { route: true, hallName: 'cpo' });
    assert.equal(b.checks!.errors, 0);
    const racks = db.prepare(`SELECT r.name, r.cooling_kind AS kind, r.cdu_id AS cdu, count(*) FILTER (WHERE t.slug = 'nvidia-q3450-ld') AS switches
      FROM racks r JOIN halls h ON h.id = r.hall_id JOIN devices d ON d.rack_id = r.id JOIN device_types t ON t.id = d.type_id
      WHERE h.name = 'cpo' GROUP BY r.id`).all() as { name: string; kind: string; cdu: number | null; switches: number }[];
    assert.ok(racks.some((r) => r.switches > 0));
    for (const r of racks) {
      assert.equal(r.kind, r.switches > 0 ? 'liquid' : 'air', r.name);
      assert.equal(r.cdu !== null, r.switches > 0, `${r.name}: a CDU where it is liquid-cooled, none elsewhere`);
    }
    // every liquid rack served, no CDU over its 2 MW: nothing left to warn of
    assert.equal(b.checks!.warnings, 0);
    assert.equal(b.written.cdus, 1);
    assert.ok(b.summary.notes.some((n) => /racks are declared liquid-cooled for their Quantum-X Photonics Q3450-LD: 1 in-row CDU of 2,000 kW placed/.test(n)), b.summary.notes.join('\n'));
    // The BOM and the rack elevations draw what the rack-power rule draws: 3,950 W (typical, no
    // maximum published) per Q3450-LD, not nothing.
    const index = new ProjectIndex(loadSnapshot(db));
    const line = buildBom(index).devices.find((l) => l.slug === 'nvidia-q3450-ld')!;
    assert.equal(line.drawEachW, 3950);
    assert.equal(line.totalDrawW, 3950 * line.count);
    const rack = index.snap.racks.find((r) => r.name === racks.find((x) => x.switches > 0)!.name && r.hallId === index.snap.halls.find((h) => h.name === 'cpo')!.id)!;
    const switches = racks.find((x) => x.name === rack.name)!.switches;
    const text = elevationDrawing(index, rack, { project: 'p', date: '2026-12-07', revision: 'A', page: 1, pages: 1 }).shapes.map((x) => ('text' in x ? x.text : '')).join('\n');
    assert.match(text, new RegExp(`power ${formatW(3950 * switches).replace('.', '\\.')}[^+]*$`, 'm'));
    assert.equal(deviceDrawLabel(CATALOG.deviceTypes.find((t) => t.slug === 'nvidia-q3450-ld')), '3950 W typical');
  });
});

test('an incomplete cost says why: prices unknown, and links no catalog media carries', () => {
  const noOptics = { ...CATALOG, media: CATALOG.media.filter((m) => m.kind !== 'transceiver') };
  const s = planFabric(B300_Q3400, noOptics).summary;
  assert.equal(s.costComplete, false);
  assert.deepEqual(costGaps({ cost: s.cost, linksByMedia: s.cablesByMedia }), [`${(1152).toLocaleString('en-US')} links have no catalog media`]);
  assert.deepEqual(costGaps({ cost: { ...s.cost, missing: ['x-switch'] }, linksByMedia: {} }), ['no price for x-switch']);
});

test('a co-packaged port is cabled as the DR4 module it replaces: type B cords direct, and through panels and trunks when structured', () => {
  // Tx 1-4 and Rx 9-12 at both ends: a type A cord (1 -> 1) joins transmit to transmit, type B (1 -> 12) to receive
  assert.deepEqual(cpoPortLayout({ formFactor: 'MPO-12', lanes: 4 }), { fibres: 12, tx: [1, 2, 3, 4], rx: [9, 10, 11, 12] });
  assert.equal(cpoPortLayout({ formFactor: 'OSFP', lanes: 4 }), null);
  const direct = planFabric(B300_Q3450, CATALOG);
  for (const id of new Set(direct.media.map((m) => m!.mediaId!))) assert.equal(defaultPolarity(media.get(id)!), 'B', id);
  const s = planFabric({ ...B300_Q3450, cabling: 'structured' }, CATALOG);
  const t = s.arch.topo;
  let between = 0;
  for (let i = 0; i < t.linkCount; i++) {
    if (s.placement.rackOf[t.a[i]!] === s.placement.rackOf[t.b[i]!]) continue;
    between++;
    assert.ok(s.structured!.trunkOf[i]! >= 0, `link ${i} left direct`);
  }
  assert.ok(between > 0);
  assert.equal(s.summary.structured!.links, between);
  assert.ok(!s.notes.some((n) => /stay direct/.test(n)), s.notes.join('\n'));
});

test('auto cabling of racks their devices fill (a 48U GB300 NVL72): links inside their unit stay direct, those that leave it go through the row\'s patch rack', () => {
  const inputs: FabricInputsIn = { arch: 'clos', gpus: 1024, server: 'nvidia-gb300-nvl72', switch: 'nvidia-sn5600', cabling: 'auto' };
  const plan = planFabric(inputs, CATALOG);
  const p = plan.placement;
  const t = plan.arch.topo;
  let inside = 0;
  let leaving = 0;
  const patched = new Set<number>();
  for (let i = 0; i < t.linkCount; i++) {
    const ra = p.rackOf[t.a[i]!]!;
    const rb = p.rackOf[t.b[i]!]!;
    const compute = p.racks[ra]!.kind === 'compute' ? ra : p.racks[rb]!.kind === 'compute' ? rb : -1;
    if (compute < 0 || ra === rb) continue;
    const leaves = t.devices[t.a[i]!]!.unit !== t.devices[t.b[i]!]!.unit || t.devices[t.a[i]!]!.unit < 0;
    if (leaves) {
      leaving++;
      assert.ok(plan.structured!.trunkOf[i]! >= 0, `link ${i} leaves its unit but stays direct`);
      patched.add(compute);
    } else {
      inside++;
      assert.equal(plan.structured!.trunkOf[i], -1);
    }
  }
  assert.ok(inside > 0 && leaving > 0);
  for (const r of patched) {
    const h = p.patchOf![r]!;
    assert.equal(p.racks[h]!.kind, 'patch');
    assert.equal(p.racks[h]!.row, p.racks[r]!.row);
  }
  assert.ok(!plan.notes.some((n) => /have no U for a panel/.test(n)), plan.notes.join('\n'));
});

test('a structured Q3450-LD hall, generated and checked: its co-packaged channels pass polarity and are judged by it (type A trunks fail every one)', async () => {
  await withSeededProject(async (db) => {
    const g = await generateFabric(db, { ...B300_Q3450, cabling: 'structured' }, { route: true });
    assert.equal(g.checks!.errors, 0);
    const snap = loadSnapshot(db);
    const rear = new Set(snap.ports.filter((p) => p.kind === 'rear-port').map((p) => p.id));
    const trunks = snap.cables.filter((c) => rear.has(c.aPortId) && rear.has(c.bPortId));
    assert.ok(trunks.length > 0);
    const session = new CheckSession(snap);
    const through = trunks.reduce((n, t) => n + session.channels.countThrough(t.id), 0);
    assert.equal(session.violations().filter((v) => v.rule === 'polarity').length, 0);
    // type B cords with a type A trunk: 1 -> 12 -> 12 -> 1, the far end's transmit fibre
    for (const t of trunks) t.polarity = 'A';
    const flipped = new CheckSession(snap).violations().filter((v) => v.rule === 'polarity');
    assert.equal(flipped.length, through);
    assert.match(flipped[0]!.message, /transmit fibre 1 arrives on fibre 1, a transmit fibre of the far transceiver/);
  });
});
