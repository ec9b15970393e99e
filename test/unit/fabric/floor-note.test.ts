// The generator says before writing which racks would load the floor over its rating, weighing
// them as the floor-load rule does: the count in its note is the rule's count once written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeSettings } from '../../../db/settings.js';
import { generateFabric, previewFabric } from '../../../main/app/fabric.js';
import type { FabricInputsIn } from '../../../core/fabric/inputs.js';
import { withSeededProject } from './seeded-project.js';

const NVL72: FabricInputsIn = { arch: 'rail-optimized', gpus: 1152, server: 'nvidia-gb300-nvl72', switch: 'nvidia-sn5600', cabling: 'auto' };
const NOTE = /^(\d+) racks? load the floor over its ([\d,]+) kg\/m2 rating, up to ([\d,]+) kg on ([\d.]+) m2 \(([\d,]+) kg\/m2\)/;

test('GB300 NVL72 racks: the plan names the racks over the floor rating, and the floor-load rule finds as many; a rating that carries them, none', async () => {
  await withSeededProject(async (db) => {
    const g = await generateFabric(db, NVL72, { route: true });
    const note = g.summary.notes.map((n) => NOTE.exec(n)).find((m) => m !== null);
    assert.ok(note, g.summary.notes.join('\n'));
    // 1,360 kg (the rack-scale system brings its own rack) on 0.6 x 1.2 m: 1,889 kg/m2 > 1,224
    assert.deepEqual(note.slice(2), ['1,224', '1,360', '0.72', '1,889']);
    assert.equal(Number(note[1]), g.checks!.counts['floor-load']!.errors);
    // a floor rated for them (2,000 kg/m2): no note, and no error
    writeSettings(db, { floorRatingKgM2: 2000 });
    const again = await generateFabric(db, NVL72, { route: true });
    assert.ok(!again.summary.notes.some((n) => NOTE.test(n)), again.summary.notes.join('\n'));
    assert.equal(again.checks!.counts['floor-load']?.errors ?? 0, 0);
    // air-cooled DGX H100 racks of four (4 x 130.45 kg + a 138 kg cabinet = 660 kg: 916 kg/m2): no note
    const h100 = previewFabric(db, { arch: 'rail-optimized', gpus: 256 });
    assert.ok(!h100.notes.some((n) => NOTE.test(n)), h100.notes.join('\n'));
  });
});

test('a floor rating given to the generator is the new hall\'s own: no note and no error at 2,000 kg/m2, the project\'s rating left as it was; 1,800 still too little', async () => {
  await withSeededProject(async (db) => {
    const rated = await generateFabric(db, { ...NVL72, hall: { floorRatingKgM2: 2000 } }, { route: true, hallName: 'rated' });
    assert.ok(!rated.summary.notes.some((n) => NOTE.test(n)), rated.summary.notes.join('\n'));
    assert.equal(rated.checks!.counts['floor-load']?.errors ?? 0, 0);
    assert.equal(db.prepare("SELECT floor_rating_kg_m2 FROM halls WHERE name = 'rated'").pluck().get(), 2000);
    // the project's default (1,224) still holds for a hall generated without one
    const plain = await generateFabric(db, NVL72, { route: true, hallName: 'plain' });
    assert.ok(plain.checks!.counts['floor-load']!.errors > 0);
    // 1,889 kg/m2 is over 1,800: the note names the hall's rating, and as many racks as the rule finds
    const low = await generateFabric(db, { ...NVL72, hall: { floorRatingKgM2: 1800 } }, { route: true, hallName: 'low' });
    const note = low.summary.notes.map((n) => NOTE.exec(n)).find((m) => m !== null)!;
    assert.equal(note[2], '1,800');
    assert.equal(Number(note[1]), low.checks!.counts['floor-load']!.errors);
  });
});
