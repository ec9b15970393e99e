// A check session's first run checks a class of alike cables once (core/checks/rule-classes.ts):
// its findings must be exactly those of every cable checked by every rule, on generated halls with
// faults put on cables that are not the first of their class (a rule whose class leaves out an
// input it reads would report nothing for them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { generateFabric } from '../../main/app/fabric.js';
import { CheckSession } from '../../core/checks/session.js';
import type { FabricInputsIn } from '../../core/fabric/inputs.js';
import type { Cable, ProjectSnapshot } from '../../core/model/entities.js';

const dirs: string[] = [];
process.on('exit', () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function snapshot(inputs: FabricInputsIn): Promise<ProjectSnapshot> {
  const dir = mkdtempSync(join(tmpdir(), 'tl-classes-'));
  dirs.push(dir);
  const db = openProject(join(dir, 'p.trayline'), { create: true });
  seedCatalog(db);
  await generateFabric(db, inputs, { route: true });
  const s = loadSnapshot(db);
  db.close();
  return s;
}

function same(snap: ProjectSnapshot): ReturnType<CheckSession['counts']> {
  const classed = new CheckSession(snap);
  const each = new CheckSession(snap, { classes: false });
  assert.deepEqual(classed.violations(), each.violations());
  assert.deepEqual(classed.counts(), each.counts());
  assert.equal(classed.lastChecked, each.lastChecked);
  return classed.counts();
}

/** The snapshot with some cables changed (new objects; the others shared). */
function withFaults(snap: ProjectSnapshot, change: (c: Cable, i: number) => Partial<Cable> | null): ProjectSnapshot {
  return { ...snap, cables: snap.cables.map((c, i) => { const x = change(c, i); return x ? { ...c, ...x } : c; }) };
}

test('1k structured: the classed first run reports what checking every cable reports, clean and with faults', async () => {
  const snap = await snapshot({ arch: 'rail-optimized', gpus: 1024, cabling: 'structured' });
  const clean = same(snap);
  assert.equal(clean.reach.errors + clean['port-compat'].errors + clean.polarity.errors, 0);

  const kind = new Map(snap.ports.map((p) => [p.id, p.kind]));
  const isTrunk = (c: Cable) => kind.get(c.aPortId) === 'rear-port' && kind.get(c.bPortId) === 'rear-port';
  const headJumper = (c: Cable) => kind.get(c.aPortId) === 'interface' && c.opticA != null;
  const jumpers = snap.cables.filter(headJumper);
  const trunks = snap.cables.filter(isTrunk);
  assert.ok(jumpers.length > 100 && trunks.length > 10);
  // every trunk 20 m long but one, too long for the DR4 optics (its links' head jumpers report
  // reach): the same inputs but for the length
  const longTrunk = trunks[trunks.length >> 1]!;
  const faults = new Map<Cable, Partial<Cable>>([
    ...trunks.map((t) => [t, { lengthMm: t === longTrunk ? 600_000 : 20_000 }] as const),
    // a jumper of multimode fibre between single-mode optics (port-compat, channel-loss)
    [jumpers[40]!, { mediaId: 'TRUNK-MPO12-144F-OM4-B' }],
    // a type-A cord in a method-B channel (polarity)
    [jumpers[41]!, { mediaId: 'PATCH-MPO12-OS2-A' }],
    // an LPO optic on a host port not declared LPO-capable (lpo-host, port-compat)
    [jumpers[42]!, { opticA: '800G-LPO-DR8' }],
    // media not in the catalog (no-media)
    [jumpers[43]!, { mediaId: 'NO-SUCH-CORD' }],
    // a declared polarity that breaks the channel, on every seventh jumper after the first
    ...jumpers.filter((_, i) => i > 50 && i % 7 === 0).map((c) => [c, { polarity: 'A' as const }] as const),
    // a longer fixed length on a few jumpers (reach: the channel adds up differently)
    ...jumpers.filter((_, i) => i > 60 && i % 50 === 0).map((c) => [c, { lengthMm: 480_000 }] as const),
  ]);
  // a host port with a cage of its own (not its template's): the same media, another port spec
  const odd = jumpers[44]!.aPortId;
  const faulty = { ...withFaults(snap, (c) => faults.get(c) ?? null), ports: snap.ports.map((p) => (p.id === odd ? { ...p, formFactor: 'QSFP28' } : p)) };
  const found = same(faulty);
  for (const rule of ['reach', 'port-compat', 'channel-loss', 'polarity', 'lpo-host', 'no-media'] as const) assert.ok(found[rule].errors > 0, rule);
});

test('1k auto (direct and structured links mixed): the classed first run reports what checking every cable reports', async () => {
  const snap = await snapshot({ arch: 'rail-optimized', gpus: 1024, cabling: 'auto' });
  same(snap);
  // fixed lengths beyond the cables' reach on every eleventh cable
  const found = same(withFaults(snap, (c, i) => (i > 0 && i % 11 === 0 ? { lengthMm: 900_000 } : null)));
  assert.ok(found.reach.errors > 0);
});
