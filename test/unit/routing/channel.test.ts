import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Channels, matedPairsOf } from '../../../core/routing/channel.js';
import type { Cable, Id } from '../../../core/model/entities.js';
import { World } from './world.js';
import { panelType, port, switchType } from './structured-world.js';
import { CompactLinks } from '../../../core/routing/channel-compact.js';
import { reversed } from '../../../core/routing/channel-types.js';

function channelsOf(w: World): Channels {
  const onPort = new Map<Id, Id[]>();
  for (const c of w.snap.cables) for (const p of [c.aPortId, c.bPortId]) (onPort.get(p) ?? onPort.set(p, []).get(p)!).push(c.id);
  return new Channels({
    ports: new Map(w.snap.ports.map((p) => [p.id, p])),
    cables: new Map(w.snap.cables.map((c) => [c.id, c])),
    devices: new Map(w.snap.devices.map((d) => [d.id, d])),
    types: new Map(w.snap.deviceTypes.map((t) => [t.id, t])),
    cablesOnPort: (p) => onPort.get(p),
  });
}

/** Channels over the world's cables, and `move`, which puts a cable's new version (re-ended) in
 * the index and the cable map and updates the channels, as the check session does. */
function editable(w: World) {
  const onPort = new Map<Id, Id[]>();
  const index = (c: Cable, add: boolean) => {
    for (const p of [c.aPortId, c.bPortId]) {
      const l = onPort.get(p) ?? [];
      onPort.set(p, add ? [...l, c.id] : l.filter((x) => x !== c.id));
    }
  };
  for (const c of w.snap.cables) index(c, true);
  const cables = new Map(w.snap.cables.map((c) => [c.id, c]));
  const ch = new Channels({
    ports: new Map(w.snap.ports.map((p) => [p.id, p])),
    cables,
    devices: new Map(w.snap.devices.map((d) => [d.id, d])),
    types: new Map(w.snap.deviceTypes.map((t) => [t.id, t])),
    cablesOnPort: (p) => onPort.get(p),
  });
  const move = (old: Cable, now: Cable) => {
    index(old, false);
    index(now, true);
    cables.set(now.id, now);
    return ch.update(Channels.portsOf([old, now]));
  };
  return { ch, move };
}

function twoPanels(w: World) {
  const sw = switchType(w, 4);
  const panel = panelType(w, { entries: 2, positions: 12 });
  const r1 = w.rack({ xMm: 0 });
  const r2 = w.rack({ xMm: 6000 });
  const s1 = w.device(r1, sw, 10).ports;
  const s2 = w.device(r2, sw, 10).ports;
  const p1 = w.device(r1, panel, 40).ports;
  const p2 = w.device(r2, panel, 40).ports;
  return { s1, s2, p1, p2 };
}

test('a jumper -> panel -> trunk -> panel -> jumper chain is one link between the two switch ports', () => {
  const w = new World();
  const { s1, s2, p1, p2 } = twoPanels(w);
  const trunk = w.cable(port(p1, 'T1'), port(p2, 'T1'));
  // switch p1 on both sides to front F3 (T1 position 3), p2 to F5
  const j = [
    w.cable(port(s1, 'p1'), port(p1, 'F3')),
    w.cable(port(p2, 'F3'), port(s2, 'p1')),
    w.cable(port(s1, 'p2'), port(p1, 'F5')),
    w.cable(port(s2, 'p2'), port(p2, 'F5')),
  ];
  const ch = channelsOf(w);
  assert.equal(ch.size, 2);
  const links = [...ch.all()].sort((x, y) => x.a - y.a);
  assert.deepEqual(
    links.map((l) => ({ a: l.a, b: l.b, cables: l.cables, positions: ch.passes(l).map((p) => p.position), open: l.open })),
    [
      { a: port(s1, 'p1').id, b: port(s2, 'p1').id, cables: [j[0]!.id, trunk.id, j[1]!.id], positions: [3, 3], open: null },
      { a: port(s1, 'p2').id, b: port(s2, 'p2').id, cables: [j[2]!.id, trunk.id, j[3]!.id], positions: [5, 5], open: null },
    ],
  );
  // MPO-12 fronts on an MPO-12 trunk entry are adapters: one mated pair per panel
  assert.equal(matedPairsOf(links[0]!), 2);
  assert.equal(ch.countThrough(trunk.id), 2);
  assert.deepEqual(ch.headedBy(j[0]!.id).map((l) => l.id), [links[0]!.id]);
});

test('a channel that stops at an empty panel port is an open link naming the port', () => {
  const w = new World();
  const { s1, p1, p2 } = twoPanels(w);
  w.cable(port(p1, 'T1'), port(p2, 'T1'));
  w.cable(port(s1, 'p1'), port(p1, 'F2'));
  const [l] = [...channelsOf(w).all()];
  assert.equal(l!.b, null);
  // named as the user names it: device:port
  assert.match(l!.open!, /^nothing is plugged into [^:\s]+:F2$/);
});

test('a direct cable is a link of one cable; a harness fans out into one link per leg', () => {
  const w = new World();
  const sw = switchType(w, 4);
  const r = w.rack();
  const a = w.device(r, sw, 1).ports;
  const b = w.device(r, sw, 2).ports;
  const direct = w.cable(port(a, 'p1'), port(b, 'p1'));
  const l1 = w.cable(port(a, 'p2'), port(b, 'p2'), { assemblyId: 'H1', leg: 1 });
  const l2 = w.cable(port(a, 'p2'), port(b, 'p3'), { assemblyId: 'H1', leg: 2 });
  const links = [...channelsOf(w).all()].sort((x, y) => x.cables[0]! - y.cables[0]!);
  assert.deepEqual(links.map((l) => l.cables), [[direct.id], [l1.id], [l2.id]]);
  assert.deepEqual(links[2]!.legs, [{ cable: 0, leg: 2, of: 2 }]);
});

test('after an edit only the links within reach are traced again, and match a fresh trace', () => {
  const w = new World();
  const { s1, s2, p1, p2 } = twoPanels(w);
  const trunk = w.cable(port(p1, 'T1'), port(p2, 'T1'));
  for (let i = 1; i <= 4; i++) {
    w.cable(port(s1, `p${i}`), port(p1, `F${i}`));
    w.cable(port(p2, `F${i}`), port(s2, `p${i}`));
  }
  const { ch, move } = editable(w);
  assert.equal(ch.size, 4);
  // move the trunk from entry T1 to T2 at the far end: the four channels from s1 now stop at T2's
  // empty fronts, and the four from s2 at the empty T1: eight open links
  const moved = { ...trunk, bPortId: port(p2, 'T2').id };
  const r = move(trunk, moved);
  assert.equal(r.removed.length, 4);
  assert.equal(r.added.length, 8);
  const fromS1 = new Set(s1.map((p) => p.id));
  assert.ok([...ch.all()].every((l) => l.b === null && (fromS1.has(l.a) ? /nothing is plugged into [^:\s]+:F1[3-6]$/ : /nothing is plugged into [^:\s]+:T1$/).test(l.open!)));
  // and back
  move(moved, trunk);
  assert.deepEqual([...ch.all()].map((l) => l.b).sort(), [1, 2, 3, 4].map((i) => port(s2, `p${i}`).id).sort());
});

test('a direct link reads the same by every question, and is traced again when its cable moves to a panel', () => {
  const w = new World();
  const { s1, s2, p1 } = twoPanels(w);
  // drawn from the higher port to the lower: the link still reads from its lower port id
  const c = w.cable(port(s2, 'p1'), port(s1, 'p1'));
  const { ch, move } = editable(w);
  const a = Math.min(c.aPortId, c.bPortId);
  const b = Math.max(c.aPortId, c.bPortId);
  const direct = { a, b, cables: [c.id], panels: [], open: null, legs: [] };
  const [l] = [...ch.all()];
  assert.equal(ch.size, 1);
  assert.deepEqual({ ...l!, id: 0 }, { id: 0, ...direct });
  for (const asked of [ch.get(l!.id), ch.soleHeaded(c.id), ch.soleHeadedView(c.id), ch.through(c.id)[0], ch.headedBy(c.id)[0], ch.atPort(a)[0], ch.atPort(b)[0]]) {
    assert.deepEqual({ ...asked!, id: 0 }, { id: 0, ...direct });
    assert.equal(asked!.id, l!.id);
  }
  assert.equal(ch.inLongerChannel(c.id), false);
  // its s2 end moved to a panel front whose trunk entry holds no cable: an open link, the direct one gone
  const r = move(c, { ...c, aPortId: port(p1, 'F1').id });
  assert.deepEqual(r.removed.map((x) => ({ ...x, id: 0 })), [{ id: 0, ...direct }]);
  assert.equal(ch.get(l!.id), undefined);
  assert.deepEqual([...ch.all()].map((x) => ({ a: x.a, b: x.b, cables: x.cables, open: x.open !== null })), [{ a: port(s1, 'p1').id, b: null, cables: [c.id], open: true }]);
  assert.equal(ch.soleHeadedView(c.id)!.b, null);
});

test('a structured link is kept as numbers and reads as the traced link, whichever end it was traced from', () => {
  const d = new CompactLinks(4);
  const cables = [7, 8, 9];
  const panels = [11, 12, 3, 1, 21, 22, 3, 1];
  d.add3(2, 10, 30, cables, panels, false);
  d.add3(3, 10, 30, cables, panels, true);
  assert.deepEqual(d.get(2), { id: 2, a: 10, b: 30, cables, panels, open: null, legs: [] });
  // traced from its b-end: read from the a-end, as the tracer's reversed copy reads
  assert.deepEqual(d.get(3), reversed(3, 30, 10, cables, panels, null, []));
  assert.deepEqual(d.get(3)!.cables, [9, 8, 7]);
  assert.deepEqual(d.get(3)!.panels, [21, 22, 3, 1, 11, 12, 3, 1]);
  // the shared view says the same, and the other link's view overwrites it
  assert.deepEqual({ ...d.view(3), cables: [...d.view(3).cables], panels: [...d.view(3).panels] }, d.get(3));
  assert.deepEqual(d.view(2).cables, cables);
  assert.equal(d.headOf(3, []), 9);
  d.remove(3);
  assert.equal(d.get(3), undefined);
  assert.deepEqual(d.get(2)!.cables, cables);
});

test('a structured link traced again from its far end after an edit equals a fresh trace', () => {
  const w = new World();
  const { s1, s2, p1, p2 } = twoPanels(w);
  w.cable(port(p1, 'T1'), port(p2, 'T1'));
  for (let i = 1; i <= 2; i++) w.cable(port(s1, `p${i}`), port(p1, `F${i}`));
  const far = w.cable(port(p2, 'F1'), port(s2, 'p3'));
  w.cable(port(p2, 'F2'), port(s2, 'p2'));
  const { ch, move } = editable(w);
  // re-end the far jumper on another switch port: the link is traced again from s2's end
  const moved = { ...far, bPortId: port(s2, 'p4').id };
  move(far, moved);
  const fresh = channelsOf(Object.assign(new World(), { snap: { ...w.snap, cables: w.snap.cables.map((c) => (c.id === far.id ? moved : c)) } }));
  const norm = (c: Channels) => [...c.all()].map((l) => ({ a: l.a, b: l.b, cables: l.cables, panels: l.panels, open: l.open })).sort((x, y) => x.a - y.a);
  assert.deepEqual(norm(ch), norm(fresh));
  assert.deepEqual(ch.atPort(port(s2, 'p4').id)[0]!.cables, [w.snap.cables[1]!.id, w.snap.cables[0]!.id, far.id]);
});
