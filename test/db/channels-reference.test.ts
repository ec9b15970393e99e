// Channels (core/routing/channel.ts) against a plain tracer kept here, on a generated 1,024-GPU
// structured hall (every link jumper -> panel -> trunk -> panel -> jumper) and after edits to it:
// every link (ends, cables, panel passes, legs, problem) and every query method's answer per port
// and cable. The tracer follows the rules as docs/fabrics.md states them, written for clarity (maps
// and recursion), so a faster Channels that answers anything differently fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Channels, type ChannelInput, type Link } from '../../core/routing/channel.js';
import type { Cable, Id, Port, ProjectSnapshot } from '../../core/model/entities.js';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { generateFabric } from '../../main/app/fabric.js';
import { World } from '../unit/routing/world.js';
import { panelType, port, switchType } from '../unit/routing/structured-world.js';

type Plain = Omit<Link, 'id'>;

/** The hall's input as the check session gives it, with cables that can be re-ended. */
function inputOf(s: ProjectSnapshot) {
  const cables = new Map(s.cables.map((c) => [c.id, c]));
  const onPort = new Map<Id, Id[]>();
  const index = (c: Cable, add: boolean) => {
    for (const p of [c.aPortId, c.bPortId]) {
      const l = onPort.get(p) ?? [];
      onPort.set(p, add ? [...l, c.id] : l.filter((x) => x !== c.id));
    }
  };
  for (const c of s.cables) index(c, true);
  const one = (p: Id) => {
    const l = onPort.get(p);
    return !l || l.length === 0 ? undefined : l.length === 1 ? l[0]! : l;
  };
  const input: ChannelInput = {
    ports: new Map(s.ports.map((p) => [p.id, p])),
    cables,
    devices: new Map(s.devices.map((d) => [d.id, d])),
    types: new Map(s.deviceTypes.map((t) => [t.id, t])),
    cablesOnPort: one,
  };
  const set = (old: Cable | null, now: Cable | null) => {
    if (old) index(old, false);
    if (old && !now) cables.delete(old.id);
    if (now) {
      index(now, true);
      cables.set(now.id, now);
    }
  };
  return { input, set };
}

const family = (ff: string) => ff.trim().toUpperCase().replace(/^MTP/, 'MPO');

/** Every link of the input, traced by the rules alone. */
function reference(input: ChannelInput): { links: Plain[]; positions: Map<Id, number> } {
  const mapping = (p: Port) => {
    if (p.rearPort != null || p.positions != null) return p;
    const d = input.devices.get(p.deviceId);
    const t = d && input.types.get(d.typeId);
    return t?.ports.find((x) => x.name === p.name) ?? p;
  };
  const positions = new Map<Id, number>();
  const rearByName = new Map<string, Port>();
  for (const p of input.ports.values()) {
    if (p.kind !== 'rear-port') continue;
    positions.set(p.id, Math.max(1, mapping(p).positions ?? 1));
    rearByName.set(`${p.deviceId}/${p.name}`, p);
  }
  const frontMap = new Map<Id, { rear: Port; pos: number }>();
  const frontAt = new Map<string, Id>();
  for (const p of input.ports.values()) {
    const m = mapping(p);
    const rear = p.kind === 'front-port' && m.rearPort ? rearByName.get(`${p.deviceId}/${m.rearPort}`) : undefined;
    const pos = m.rearPosition ?? 1;
    if (!rear || pos > positions.get(rear.id)!) continue;
    frontMap.set(p.id, { rear, pos });
    frontAt.set(`${rear.id}/${pos}`, p.id);
  }
  const on = (p: Id) => [input.cablesOnPort(p) ?? []].flat();
  const name = (id: Id) => {
    const p = input.ports.get(id);
    const d = p && input.devices.get(p.deviceId);
    return p ? (d ? `${d.name}:${p.name}` : p.name) : `port ${id}`;
  };
  const out: Plain[] = [];
  const walk = (start: Id, here: Id, c: Cable, pos: number, cables: Id[], panels: number[], legs: [number, Cable][]): void => {
    cables = [...cables, c.id];
    if (c.leg != null && c.assemblyId != null) legs = [...legs, [cables.length - 1, c]];
    const done = (b: Id | null, open: string | null): void => void out.push({ a: start, b, cables, panels, open, legs: legs.map(([i, x]) => ({ cable: i, leg: x.leg!, of: legsOf(x) })) });
    const far = c.aPortId === here ? c.bPortId : c.aPortId;
    const p = input.ports.get(far);
    if (p?.kind === 'interface') return done(far, null);
    if (cables.length > 24) return done(null, 'more than 24 cables: a loop?');
    let next: Id;
    let nextPos = 0;
    if (p?.kind === 'front-port') {
      const m = frontMap.get(far);
      if (!m) return done(null, `front port ${name(far)} maps to no rear port`);
      panels = [...panels, far, m.rear.id, m.pos, family(p.formFactor) === family(m.rear.formFactor) ? 1 : 2];
      [next, nextPos] = [m.rear.id, m.pos];
    } else if (p?.kind === 'rear-port') {
      const n = positions.get(far)!;
      const at = pos || (n === 1 ? 1 : 0);
      if (!at) return done(null, `a cable reaches rear port ${name(far)}, which has ${n} positions: connect it to a front port`);
      const f = frontAt.get(`${far}/${at}`);
      if (f === undefined) return done(null, `rear port ${name(far)} has no front port at position ${at}`);
      panels = [...panels, f, far, at, family(input.ports.get(f)!.formFactor) === family(p.formFactor) ? 1 : 2];
      next = f;
    } else return done(null, `port ${far} does not exist`);
    const onward = on(next).filter((id) => id !== c.id && input.cables.has(id));
    if (onward.length === 0) return done(null, `nothing is plugged into ${name(next)}`);
    for (const id of onward) walk(start, next, input.cables.get(id)!, nextPos, cables, panels, legs);
  };
  const legsOf = (c: Cable) => Math.max(c.leg ?? 1, ...[c.aPortId, c.bPortId].flatMap(on).map((id) => input.cables.get(id)).filter((o): o is Cable => o !== undefined && o.assemblyId === c.assemblyId && o.leg != null).map((o) => o.leg!));
  for (const p of input.ports.values()) if (p.kind === 'interface') for (const id of on(p.id)) if (input.cables.has(id)) walk(p.id, p.id, input.cables.get(id)!, 0, [], [], []);
  // each complete link once, read from its lower port (a loop back to its start: from its lower cable)
  const seen = new Set<string>();
  const kept: Plain[] = [];
  for (const l of out) {
    const flip = l.b !== null && (l.b < l.a || (l.b === l.a && l.cables[0]! > l.cables.at(-1)!));
    const r = flip ? flipped(l) : l;
    const key = JSON.stringify(r);
    if (l.b !== null && seen.has(key)) continue;
    seen.add(key);
    kept.push(r);
  }
  return { links: kept, positions };
}

function flipped(l: Plain): Plain {
  const panels: number[] = [];
  for (let i = l.panels.length - 4; i >= 0; i -= 4) panels.push(...l.panels.slice(i, i + 4));
  const n = l.cables.length;
  return { a: l.b!, b: l.a, cables: [...l.cables].reverse(), panels, open: l.open, legs: l.legs.map((x) => ({ ...x, cable: n - 1 - x.cable })).reverse() };
}

const plain = (l: Link): Plain => ({ a: l.a, b: l.b, cables: [...l.cables], panels: [...l.panels], open: l.open, legs: l.legs.map((x) => ({ ...x })) });
const sorted = (ls: Plain[]) => ls.map((l) => JSON.stringify(l)).sort();

/** Every link and every question's answer, Channels against the reference. */
function assertSame(ch: Channels, input: ChannelInput): void {
  const { links: want, positions } = reference(input);
  assert.ok(want.length > 0);
  assert.deepEqual(sorted([...ch.all()].map(plain)), sorted(want));
  assert.equal(ch.size, want.length);
  const keyOf = (ls: readonly Link[]) => sorted(ls.map(plain));
  for (const p of input.ports.values()) {
    assert.deepEqual(keyOf(ch.atPort(p.id)), sorted(want.filter((l) => l.a === p.id || l.b === p.id)), `atPort ${p.id}`);
  }
  const cableIds = new Set([...input.cables.keys()]);
  for (const c of cableIds) {
    const through = want.filter((l) => l.cables.includes(c));
    const headed = through.filter((l) => l.cables[0] === c);
    assert.deepEqual(keyOf(ch.through(c)), sorted(through), `through ${c}`);
    assert.equal(ch.countThrough(c), through.length);
    assert.deepEqual(keyOf(ch.headedBy(c)), sorted(headed), `headedBy ${c}`);
    const sole = ch.soleHeaded(c);
    assert.deepEqual(sole === undefined || sole === null ? sole : JSON.stringify(plain(sole)), through.length > 1 ? undefined : headed.length ? JSON.stringify(headed[0]) : null, `soleHeaded ${c}`);
    const view = ch.soleHeadedView(c);
    assert.deepEqual(view === undefined || view === null ? view : JSON.stringify(plain(view)), through.length > 1 ? undefined : headed.length ? JSON.stringify(headed[0]) : null);
    assert.equal(ch.inLongerChannel(c), through.some((l) => l.cables.length > 1), `inLongerChannel ${c}`);
  }
  for (const l of ch.all()) assert.deepEqual(plain(ch.get(l.id)!), plain(l));
  // the panel map, from the passes the reference walked
  const passes = new Map<Id, [Id, number]>();
  for (const l of want) for (let i = 0; i < l.panels.length; i += 4) passes.set(l.panels[i]!, [l.panels[i + 1]!, l.panels[i + 2]!]);
  for (const [front, [rear, position]] of passes) {
    assert.deepEqual(ch.frontMap(front), { rear, position });
    assert.equal(ch.frontAt(rear, position), front);
  }
  for (const [rear, n] of positions) assert.equal(ch.positionsOf(rear), n, `positionsOf ${rear}`);
}

test('Channels of a generated structured hall answer as a plain tracer does, before and after edits', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'trayline-channels-'));
  try {
    const db = openProject(join(dir, 'h.trayline'), { create: true });
    seedCatalog(db);
    await generateFabric(db, { arch: 'rail-optimized', gpus: 1024, radix: 64, rails: 8, cabling: 'structured' }, { route: true });
    const snapshot = loadSnapshot(db);
    db.close();
    const { input, set } = inputOf(snapshot);
    const ch = new Channels(input);
    assertSame(ch, input);
    assert.ok([...ch.all()].some((l) => l.panels.length >= 8));
    // edits: a trunk moved to another rear port of its panel, a jumper unplugged, one jumper
    // re-ended onto the far end's front (a loop through the panels), one plugged into a rear port
    const rears = snapshot.ports.filter((p) => p.kind === 'rear-port');
    const trunk = snapshot.cables.find((c) => input.ports.get(c.aPortId)!.kind === 'rear-port')!;
    const other = rears.find((p) => p.deviceId === input.ports.get(trunk.aPortId)!.deviceId && p.id !== trunk.aPortId)!;
    const jumpers = snapshot.cables.filter((c) => input.ports.get(c.aPortId)!.kind === 'interface' && input.ports.get(c.bPortId)!.kind === 'front-port');
    const edits: [Cable, Cable | null][] = [
      [trunk, { ...trunk, aPortId: other.id }],
      [jumpers[0]!, null],
      [jumpers[1]!, { ...jumpers[1]!, aPortId: jumpers[2]!.bPortId }],
      [jumpers[3]!, { ...jumpers[3]!, bPortId: rears.at(-1)!.id }],
    ];
    for (const [old, now] of edits) {
      set(old, now);
      ch.update(Channels.portsOf([old, now ?? undefined]));
      assertSame(ch, input);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Channels answer as the plain tracer on every kind of channel: cassettes, legs, template maps, open ends, loops', () => {
  const w = new World();
  const sw = switchType(w, 12);
  // LC fronts on MPO-24 trunk entries (a cassette: two mated pairs), MTP-12 fronts on MPO-12 (one)
  const cassette = panelType(w, { entries: 2, positions: 6, front: 'LC', rear: 'MPO-24' });
  const mtp = panelType(w, { entries: 2, positions: 4, front: 'MTP-12' });
  const adapter = panelType(w, { entries: 2, positions: 1 });
  const r1 = w.rack();
  const r2 = w.rack({ xMm: 6000 });
  const [s1, s2] = [w.device(r1, sw, 1).ports, w.device(r2, sw, 1).ports];
  const [c1, c2] = [w.device(r1, cassette, 10).ports, w.device(r2, cassette, 10).ports];
  const [m1, m2] = [w.device(r1, mtp, 12).ports, w.device(r2, mtp, 12).ports];
  const [a1, a2] = [w.device(r1, adapter, 14).ports, w.device(r2, adapter, 14).ports];
  // some ports carry their own mapping, the rest read it from their type
  Object.assign(port(m1, 'F2'), { rearPort: 'T1', rearPosition: 3 });
  Object.assign(port(m1, 'F3'), { rearPort: 'T9', rearPosition: 1 });
  const trunk = w.cable(port(c1, 'T1'), port(c2, 'T1'));
  w.cable(port(m1, 'T1'), port(m2, 'T1'));
  w.cable(port(a1, 'T1'), port(a2, 'T1'));
  w.cable(port(a1, 'T2'), port(a2, 'T2'));
  for (let i = 1; i <= 4; i++) w.cable(port(s1, `p${i}`), port(c1, `F${i}`));
  for (let i = 1; i <= 3; i++) w.cable(port(c2, `F${i}`), port(s2, `p${i}`));
  w.cable(port(s1, 'p5'), port(m1, 'F1'));
  w.cable(port(s1, 'p6'), port(m1, 'F2')); // its own map: position 3, as the type's F3 would
  w.cable(port(s1, 'p7'), port(m1, 'F3')); // maps to a rear port the panel does not have
  w.cable(port(m2, 'F1'), port(s2, 'p5'));
  w.cable(port(m2, 'F3'), port(s2, 'p6'));
  // a harness from one switch port to two adapter fronts, its legs reaching two far ports
  w.cable(port(s1, 'p8'), port(a1, 'F1'), { assemblyId: 'H', leg: 1 });
  w.cable(port(s1, 'p8'), port(a1, 'F2'), { assemblyId: 'H', leg: 2 });
  w.cable(port(a2, 'F1'), port(s2, 'p8'));
  w.cable(port(a2, 'F2'), port(s2, 'p9'));
  w.cable(port(s1, 'p9'), port(m1, 'T2')); // a rear port of 4 positions reached from a switch
  w.cable(port(s1, 'p10'), port(a1, 'T2')); // an adapter's rear port: position 1, onward through its front
  w.cable(port(s1, 'p11'), port(s1, 'p12')); // direct, drawn within one switch
  w.cable(port(c2, 'F6'), port(c2, 'F5')); // a loop through the panels: back to c1's fronts
  w.cable(port(s2, 'p10'), port(c1, 'F5'));
  // a rear port added to a panel after other devices' ports: its ports come in two runs
  const late: Port = { id: w.id(), deviceId: m1[0]!.deviceId, name: 'T9', kind: 'rear-port', formFactor: 'MPO-12', speedGbps: 0, lanes: 12, face: 'rear', positions: 1 };
  w.snap.ports.push(late);
  w.cable(late, port(a2, 'T2'));
  const { input, set } = inputOf(w.snap);
  const ch = new Channels(input);
  assertSame(ch, input);
  assert.ok([...ch.all()].some((l) => l.panels[3] === 2) && [...ch.all()].some((l) => l.legs.length > 0));
  const moved = { ...trunk, bPortId: port(c2, 'T2').id };
  for (const [old, now] of [[trunk, moved], [moved, trunk], [w.snap.cables[4]!, null]] as [Cable, Cable | null][]) {
    set(old, now);
    ch.update(Channels.portsOf([old, now ?? undefined]));
    assertSame(ch, input);
  }
});
