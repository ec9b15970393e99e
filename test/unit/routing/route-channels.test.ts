// Routing that chooses media, on a structured hall: a channel's transceivers and cords are chosen
// for the whole channel (jumper -> trunk -> jumper) on the trunk it has, not cable by cable. Asked
// cable by cable, the chooser found nothing that fits a switch cage and a panel's MPO port and
// reported every jumper as "nothing fits". Hand-built hall: test/fixtures/layout/structured-two-rows.json
// (12 links, leaf-a01 -> panel-a01 -> one 144-fibre OS2 trunk -> panel-b01 -> spine-b01; channel
// 1.5 + 9 + 1.5 = 12 m, test/api/channels.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../../db/open.js';
import { loadSnapshot } from '../../../db/snapshot.js';
import { checkProject } from '../../../main/app/checks.js';
import { createProject } from '../../../main/app/create-project.js';
import { importLayoutInto, parseLayout } from '../../../main/app/imports.js';
import { chooseCableMedia, routeProject } from '../../../main/app/routing.js';
import { applyEdit } from '../../../db/edits.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/layout/structured-two-rows.json');
type Doc = { cables: { label: string; media?: string | null; opticA?: string | null; opticB?: string | null }[] };

function project(edit: (d: Doc) => void = () => {}) {
  const doc = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Doc;
  edit(doc);
  const path = join(mkdtempSync(join(tmpdir(), 'tl-route-channels-')), 's.trayline');
  createProject(path);
  const db = openProject(path);
  importLayoutInto(db, parseLayout(JSON.stringify(doc), 'structured-two-rows.json'));
  return db;
}
const cableBy = (db: ReturnType<typeof project>) => new Map(loadSnapshot(db).cables.map((c) => [c.label, c]));
// reach, channel-loss, port-compatibility, polarity errors and no-media warnings
const mediaErrors = (db: ReturnType<typeof project>) =>
  checkProject(db).violations.filter((v) => /reach|loss|media|polarity|compat/i.test(v.rule)).map((v) => `${v.rule}: ${v.message}`);

test('reconsider every cable: a structured hall is chosen channel by channel, nothing reported as not fitting, the trunk untouched', () => {
  const db = project();
  const trunkBefore = cableBy(db).get('TRK-A01-B01')!;
  const r = routeProject(db, { autoMedia: 'all', details: true });
  assert.equal(r.mediaNotFound, 0, JSON.stringify(r.reasons?.slice(0, 3)));
  const after = cableBy(db);
  assert.deepEqual(after.get('TRK-A01-B01')!.mediaId, trunkBefore.mediaId);
  // whatever it chose, the channels it wrote pass the reach, loss, compatibility and polarity rules
  assert.deepEqual(mediaErrors(db), []);
  for (let i = 1; i <= 12; i++) {
    const n = String(i).padStart(2, '0');
    const a = after.get(`JA-${n}`)!;
    const b = after.get(`JB-${n}`)!;
    // one cord for both jumpers; each optic on its switch end only
    assert.equal(a.mediaId, b.mediaId);
    assert.ok(a.opticA && !a.opticB && b.opticB && !b.opticA, `JA-${n}/JB-${n}`);
  }
});

test('choose missing media: a channel drawn without cord or optics gets both, for the whole 12 m channel; the others are left alone', () => {
  const db = project((d) => {
    for (const c of d.cables) if (c.label === 'JA-01' || c.label === 'JB-01') Object.assign(c, { media: null, opticA: null, opticB: null });
  });
  const before = cableBy(db);
  assert.deepEqual(mediaErrors(db).map((m) => m.split(':')[0]), ['no-media', 'no-media'], 'before: both jumpers have no media');
  const r = routeProject(db, { autoMedia: 'missing', details: true });
  assert.equal(r.mediaChosen, 2);
  assert.equal(r.mediaNotFound, 0);
  const after = cableBy(db);
  const [a, b] = [after.get('JA-01')!, after.get('JB-01')!];
  assert.ok(a.mediaId && a.mediaId === b.mediaId);
  assert.ok(a.opticA && !a.opticB && b.opticB && !b.opticA);
  assert.match(r.reasons!.find((x) => x.label === 'JA-01')!.reason, /channel 12(\.\d+)? m/);
  for (const [label, c] of before) if (label !== 'JA-01' && label !== 'JB-01') assert.deepEqual(after.get(label), { ...c, routedMm: after.get(label)!.routedMm, orderedMm: after.get(label)!.orderedMm, route: after.get(label)!.route }, label);
  assert.deepEqual(mediaErrors(db), []);
});

test('a channel whose trunk has no media is not guessed at: each of its links says so', () => {
  const db = project((d) => {
    for (const c of d.cables) if (c.label === 'TRK-A01-B01') c.media = null;
  });
  const r = routeProject(db, { autoMedia: 'all', details: true });
  assert.equal(r.mediaChosen, 0);
  assert.equal(r.mediaNotFound, 12);
  assert.ok(r.reasons!.every((x) => /its trunk TRK-A01-B01 has no media/.test(x.reason)), JSON.stringify(r.reasons![0]));
});

test('Suggest media on a jumper answers for its channel, both jumpers at once; on a trunk it says why not', () => {
  const db = project((d) => {
    for (const c of d.cables) if (c.label === 'JA-01' || c.label === 'JB-01') Object.assign(c, { media: null, opticA: null, opticB: null });
  });
  const by = cableBy(db);
  const s = chooseCableMedia(db, by.get('JB-01')!.id);
  assert.match(s.reason, /^for its channel: .* chosen \(.*channel 12(\.\d+)? m\)$/);
  assert.deepEqual(s.channel!.map((c) => c.label).sort(), ['JA-01', 'JB-01']);
  // its own part: the cord, and the optic on its spine end (its b end) only
  assert.ok(s.mediaId && !s.opticA && s.opticB);
  // set together (as the panel's "Use it on both jumpers" does): the channel passes its rules
  applyEdit(db, { label: 'use', ops: s.channel!.map((c) => ({ op: 'update' as const, kind: 'cable' as const, id: c.cableId, patch: { mediaId: c.mediaId, opticA: c.opticA, opticB: c.opticB } })) });
  assert.deepEqual(mediaErrors(db), []);
  const again = chooseCableMedia(db, by.get('JA-01')!.id);
  assert.match(again.reason, /^its channel has it already/);
  assert.deepEqual(again.channel, []);
  const trunk = chooseCableMedia(db, by.get('TRK-A01-B01')!.id);
  assert.equal(trunk.mediaId, null);
  assert.match(trunk.reason, /TRK-A01-B01 carries 12 links: its media is its fibre type and count/);
});

test('choose missing media with one jumper of a channel set by hand and the other bare: nothing overwritten, the bare one named', () => {
  const db = project((d) => {
    for (const c of d.cables) if (c.label === 'JB-01') Object.assign(c, { media: null, opticA: null, opticB: null });
  });
  const before = cableBy(db).get('JA-01')!;
  const r = routeProject(db, { autoMedia: 'missing', details: true });
  assert.equal(r.mediaChosen, 0);
  assert.deepEqual(r.reasons, [{ label: 'JB-01', reason: "JA-01 at the channel's other end has media and JB-01 none: reconsider all media to choose the channel as a whole, or give JB-01 JA-01's cord and a transceiver that pairs with JA-01's" }]);
  assert.deepEqual(cableBy(db).get('JA-01')!.mediaId, before.mediaId);
});

test('choose missing media on a jumper to a panel whose trunk is not drawn yet: the channel stops short, and says where', () => {
  const db = project((d) => {
    d.cables.push({ label: 'JA-13', a: { device: 'leaf-a01', port: '7/1' }, b: { device: 'panel-a01', port: 'F13' }, media: null } as Doc['cables'][number]);
  });
  const r = routeProject(db, { autoMedia: 'missing', details: true });
  assert.equal(r.mediaChosen, 0);
  assert.equal(r.reasons!.length, 1);
  assert.equal(r.reasons![0]!.label, 'JA-13');
  assert.match(r.reasons![0]!.reason, /^the channel stops short: /);
  assert.doesNotMatch(r.reasons![0]!.reason, /nothing in the catalog fits/);
});

/** Link 01 through a cross-connect in rack NB01: JA-01 -> panel-a01 -> TRK-A01-B01 -> panel-b01,
 * XC-01 (panel-b01 F1 -> panel-b02 F1), panel-b02 -> TRK-B02-B03 -> panel-b03, JB-01 -> spine-b01. */
function crossConnect(d: Doc & { devices?: unknown[] }, cord: string | null) {
  d.devices!.push(
    { name: 'panel-b02', rack: 'NB01', type: 'generic-mpo12-trunk-panel-1u', u: 41, face: 'front' },
    { name: 'panel-b03', rack: 'NB01', type: 'generic-mpo12-trunk-panel-1u', u: 43, face: 'front' },
  );
  const jb = d.cables.find((c) => c.label === 'JB-01')! as Doc['cables'][number] & { a: { device: string; port: string } };
  jb.a = { device: 'panel-b03', port: 'F1' };
  d.cables.push(
    { label: 'XC-01', a: { device: 'panel-b01', port: 'F1' }, b: { device: 'panel-b02', port: 'F1' }, media: cord } as Doc['cables'][number],
    { label: 'TRK-B02-B03', a: { device: 'panel-b02', port: 'T1' }, b: { device: 'panel-b03', port: 'T1' }, media: 'TRUNK-MPO12-144F-OS2-B' } as Doc['cables'][number],
  );
}

test('a channel through two trunks (a cross-connect): its three cords get one cord, the optics go on the jumpers only, its rules pass', () => {
  const db = project((d) => {
    crossConnect(d, null);
    for (const c of d.cables) if (c.label === 'JA-01' || c.label === 'JB-01') Object.assign(c, { media: null, opticA: null, opticB: null });
  });
  const r = routeProject(db, { autoMedia: 'missing', details: true });
  assert.equal(r.mediaNotFound, 0, JSON.stringify(r.reasons));
  assert.equal(r.mediaChosen, 3);
  const after = cableBy(db);
  const [ja, xc, jb] = ['JA-01', 'XC-01', 'JB-01'].map((l) => after.get(l)!);
  assert.ok(ja!.mediaId && xc!.mediaId === ja!.mediaId && jb!.mediaId === ja!.mediaId);
  assert.ok(ja!.opticA && !ja!.opticB && jb!.opticB && !jb!.opticA && !xc!.opticA && !xc!.opticB);
  // the channel's length is its five cables': the cords rounded up to half a metre, the trunks as ordered
  const half = (mm: number) => Math.ceil(mm / 500) * 500;
  const ordered = (l: string) => after.get(l)!.orderedMm ?? after.get(l)!.routedMm!;
  const channelM = (half(ja!.routedMm!) + ordered('TRK-A01-B01') + half(xc!.routedMm!) + ordered('TRK-B02-B03') + half(jb!.routedMm!)) / 1000;
  const reason = r.reasons!.find((x) => x.label === 'JA-01')!.reason;
  assert.match(reason, new RegExp(`over 3 x ${ja!.mediaId} and TRUNK-MPO12-144F-OS2-B \\+ TRUNK-MPO12-144F-OS2-B .*channel ${+channelM.toFixed(2)} m`));
  assert.deepEqual(mediaErrors(db).filter((m) => !/connector-count/.test(m)), []);
});

test('choose missing media with a cross-connect cord left bare: nothing overwritten, the cord named', () => {
  const db = project((d) => crossConnect(d, null));
  const r = routeProject(db, { autoMedia: 'missing', details: true });
  assert.equal(r.mediaChosen, 0);
  assert.deepEqual(r.reasons, [{ label: 'XC-01', reason: "JA-01 in its channel has media and XC-01 none: reconsider all media to choose the channel as a whole, or give XC-01 JA-01's cord" }]);
});

test('Suggest media on a jumper of a cross-connected channel answers for its three cords; on the cross-connect cord it points to the jumpers', () => {
  const db = project((d) => {
    crossConnect(d, null);
    for (const c of d.cables) if (c.label === 'JA-01' || c.label === 'JB-01') Object.assign(c, { media: null, opticA: null, opticB: null });
  });
  const by = cableBy(db);
  const s = chooseCableMedia(db, by.get('JB-01')!.id);
  assert.deepEqual(s.channel!.map((c) => c.label).sort(), ['JA-01', 'JB-01', 'XC-01']);
  assert.ok(s.channel!.every((c) => c.mediaId === s.mediaId));
  const xc = chooseCableMedia(db, by.get('XC-01')!.id);
  assert.equal(xc.mediaId, null);
  assert.match(xc.reason, /XC-01 runs between panels in its link's channel/);
});
