// The generator's check session holds each structured link's two jumpers as a record
// (core/checks/session-records.ts, held-run.ts): it must route, load and report exactly what a
// session over the same hall with the jumpers as cable objects does: clean, with faults placed on
// jumpers that are not the first of their class, with a jumper taken out of its rack, and after
// edits that touch held jumpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { readSettings } from '../../db/settings.js';
import { buildHallEntities, hallPorts, type HallEntities } from '../../db/fabric-write.js';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { fabricCatalog } from '../../main/app/fabric.js';
import { planWithoutSummary } from '../../core/fabric/plan.js';
import { CheckSession } from '../../core/checks/session.js';
import { jumperCables, type JumperCombo } from '../../core/model/jumper-records.js';
import type { FabricInputsIn } from '../../core/fabric/inputs.js';
import type { Patch } from '../../core/model/edits.js';
import type { Cable, Id, Port, ProjectSnapshot } from '../../core/model/entities.js';

const dirs: string[] = [];
process.on('exit', () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Hall {
  e: HallEntities;
  ports: Port[];
  /** The hall with `cables` (the snapshot's plain cables). */
  snap: (cables: Cable[], ports?: Port[]) => ProjectSnapshot;
}

function hall(inputs: FabricInputsIn): Hall {
  const dir = mkdtempSync(join(tmpdir(), 'tl-records-'));
  dirs.push(dir);
  const db = openProject(join(dir, 'p.trayline'), { create: true });
  seedCatalog(db);
  const cat = fabricCatalog(db);
  const e = buildHallEntities(db, planWithoutSummary(inputs, cat));
  const settings = readSettings(db);
  db.close();
  const ports = hallPorts(e);
  const snap = (cables: Cable[], p = ports): ProjectSnapshot => ({
    schemaVersion: LATEST_SCHEMA_VERSION,
    halls: [e.hall],
    rows: e.rows,
    racks: e.racks,
    devices: e.devices,
    ports: p,
    cables,
    trays: e.trays,
    feeds: [],
    deviceTypes: [...cat.deviceTypes],
    media: [...cat.media],
    settings,
  });
  return { e, ports, snap };
}

/** The same hall checked twice: its jumpers as records, and as cable objects among the others. */
function both(h: Hall, ports?: Port[]): { held: CheckSession; objects: CheckSession; ids: Id[] } {
  const all = [...h.e.cables, ...jumperCables(h.e.records!)].sort((a, b) => a.id - b.id);
  const held = new CheckSession(h.snap(h.e.cables, ports), { records: h.e.records! });
  const objects = new CheckSession(h.snap(all, ports));
  return { held, objects, ids: all.map((c) => c.id) };
}

function same(h: Hall, s: { held: CheckSession; objects: CheckSession; ids: Id[] }, what: string): void {
  const { held, objects } = s;
  assert.deepEqual(held.violations(), objects.violations(), `${what}: violations`);
  assert.deepEqual(held.counts(), objects.counts(), `${what}: counts`);
  assert.equal(held.lastChecked, objects.lastChecked, `${what}: owners checked`);
  for (const id of s.ids) assert.equal(JSON.stringify(held.routeOf(id)), JSON.stringify(objects.routeOf(id)), `${what}: route of cable ${id}`);
  for (const id of s.ids) assert.deepEqual(held.world.cables.get(id), objects.world.cables.get(id), `${what}: cable ${id}`);
  for (const r of h.e.racks) assert.deepEqual(held.rackLoad(r.id), objects.rackLoad(r.id), `${what}: load of rack ${r.name}`);
  for (const t of h.e.trays) assert.deepEqual(held.trayFill(t.id), objects.trayFill(t.id), `${what}: fill of tray ${t.name}`);
  assert.deepEqual([...held.channels.all()], [...objects.channels.all()], `${what}: links`);
}

/** A new media combination for record k (its two jumpers). */
function recombine(h: Hall, k: number, combo: Partial<JumperCombo>): void {
  const r = h.e.records!;
  (r.combos as JumperCombo[]).push({ ...r.combos[r.combo[k]!]!, ...combo });
  r.combo[k] = r.combos.length - 1;
}

test('1k structured and auto: the records session routes, loads and reports what the cable objects session does', () => {
  for (const cabling of ['structured', 'auto'] as const) {
    const h = hall({ arch: 'rail-optimized', gpus: 1024, cabling });
    assert.ok(h.e.records!.count > 100, `${cabling}: records`);
    const s = both(h);
    same(h, s, cabling);
    assert.equal(s.held.counts().reach.errors + s.held.counts()['port-compat'].errors, 0, `${cabling}: a clean hall`);
  }
});

test('faults on held jumpers past the first of their class are reported as on cable objects', () => {
  const h = hall({ arch: 'rail-optimized', gpus: 1024, cabling: 'structured' });
  const r = h.e.records!;
  // a jumper of multimode trunk fibre between single-mode optics (port-compat, channel-loss)
  recombine(h, 40, { mediaId: 'TRUNK-MPO12-144F-OM4-B' });
  // a type-A cord in a method-B channel (polarity)
  recombine(h, 41, { mediaId: 'PATCH-MPO12-OS2-A' });
  // an LPO optic on a host port not declared LPO-capable (lpo-host)
  recombine(h, 42, { opticA: '800G-LPO-DR8' });
  // media not in the catalog (no-media)
  recombine(h, 43, { mediaId: 'NO-SUCH-CORD' });
  // one trunk too long for the optics (reach on its links' head jumpers)
  const trunkIds = new Set(r.trunk);
  const long = r.trunk[r.count >> 1]!;
  h.e.cables = h.e.cables.map((c) => (trunkIds.has(c.id) ? { ...c, lengthMm: c.id === long ? 600_000 : 20_000 } : c));
  // an interface port with a cage of its own (not its template's): another spec, alone in its class
  const odd = r.aPort[44]!;
  const ports = h.ports.map((p) => (p.id === odd ? { ...(JSON.parse(JSON.stringify(p)) as Port), formFactor: 'QSFP28' } : p));
  const s = both(h, ports);
  same(h, s, 'faults');
  const found = s.held.counts();
  for (const rule of ['reach', 'port-compat', 'channel-loss', 'polarity', 'lpo-host', 'no-media'] as const) assert.ok(found[rule].errors > 0, rule);
});

test("a held jumper whose front is in another rack becomes a plain cable: its tray route and channel are the objects session's", () => {
  const h = hall({ arch: 'rail-optimized', gpus: 1024, cabling: 'structured' });
  const r = h.e.records!;
  const rackOf = (port: Id) => h.e.devices.find((d) => d.id === h.ports.find((p) => p.id === port)!.deviceId)!.rackId;
  // swap record 7's a-end front with a b-end front in another rack: both jumpers leave their rack
  const k2 = r.bFront.findIndex((f) => rackOf(f) !== rackOf(r.aFront[7]!));
  [r.aFront[7], r.bFront[k2]] = [r.bFront[k2]!, r.aFront[7]!];
  const s = both(h);
  same(h, s, 'out of rack');
  assert.ok(s.held.routeOf(r.aId[7]!)!.route!.length > 0, 'routed through the trays');
  assert.equal(s.held.heldJumpers!.jumperOf(r.aId[7]!), -1, 'no longer held');
});

test('edits after the first run: a held jumper changed and deleted, a rack and a device moved, a tray deepened, a front unmapped; the lengths written are the session\'s', () => {
  const h = hall({ arch: 'rail-optimized', gpus: 1024, cabling: 'structured' });
  const r = h.e.records!;
  const s = both(h);
  const device = h.e.devices.find((d) => d.id === h.ports.find((p) => p.id === r.aPort[11])!.deviceId)!;
  const rack = h.e.racks.find((x) => x.id === device.rackId)!;
  const patches: [string, (x: CheckSession) => Patch][] = [
    ['a jumper of another media', (x) => ({ put: { cable: [{ ...x.world.cables.get(r.aId[5]!)!, mediaId: 'PATCH-MPO12-OS2-A' }] }, del: {} })],
    ['a jumper deleted', () => ({ put: {}, del: { cable: [r.bId[9]!] } })],
    ['a rack of held jumpers moved', () => ({ put: { rack: [{ ...rack, xMm: rack.xMm + 600 }] }, del: {} })],
    ['a tray deepened', () => ({ put: { tray: [{ ...h.e.trays[0]!, depthMm: h.e.trays[0]!.depthMm + 50 }] }, del: {} })],
    ['the device of held jumpers moved up two U (their in-rack lengths change)', () => ({ put: { device: [{ ...device, u: device.u + 2 }] }, del: {} })],
    ['the panel front of a held jumper unmapped', (x) => ({ put: { port: [{ ...(JSON.parse(JSON.stringify(x.world.ports.get(r.aFront[13]!))) as Port), rearPort: null }] }, del: {} })],
  ];
  for (const [what, patch] of patches) {
    s.held.applyPatch(patch(s.held));
    s.objects.applyPatch(patch(s.objects));
    same(h, { ...s, ids: s.ids.filter((id) => s.objects.world.cables.has(id)) }, what);
    // what the generator would write: a held jumper's length as the session has it now
    const held = s.held.heldRoutes()!;
    for (let j = 0; j < 2 * r.count; j++) {
      const id = j & 1 ? r.bId[j >> 1]! : r.aId[j >> 1]!;
      const now = s.objects.routeOf(id);
      if (held.rows[j >> 1]) continue;
      assert.equal(held.routedMm[j], now!.routedMm, `${what}: written length of jumper ${id}`);
      assert.equal(Number.isNaN(held.orderedMm[j]!) ? null : held.orderedMm[j], now!.orderedMm, `${what}: written order length of jumper ${id}`);
    }
  }
});
