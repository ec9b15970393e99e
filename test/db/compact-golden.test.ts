// The golden dump (test/bench/golden.ts) of two generated 1,024-GPU halls, structured and auto,
// against test/fixtures/golden-1k.json: every entity table as the user sees it, the snapshot and
// its JSON, the floor, check, info, the exports and the edit script (8 edits, undo all, redo all).
// A storage change of the model (docs/fabrics.md "The model change, step by step") must leave
// every hash as it is: A DIFFERENCE IS A BUG, NOT A FIXTURE TO REFRESH. The fixture is rewritten
// (`node --import tsx test/bench/golden.ts --write-fixture`) only when a change is meant to change
// what users see, in its own commit saying what changed and why.
//
// To stay under 20 s the test leaves out the exports whose content another format already hashes
// here (the XLSX twins of CSVs, the labels PDF of labels-csv, the floor plan PNG of its SVG) and
// runs the edit script on the structured hall only (the auto hall's jumpers are the same kind);
// the fixture has every part and `golden.ts FILE --edits` checks them all on the 4k and 32k halls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GOLDEN_HALLS, goldenOfGenerated, readGoldenFixture } from '../bench/golden-run.js';

const TWINS = new Set(['cable-schedule-xlsx', 'bom-xlsx', 'bring-up-xlsx', 'trunk-schedule-xlsx', 'jumper-schedule-xlsx', 'labels-pdf', 'floorplan-png']);

const fixture = readGoldenFixture();

for (const [name, inputs] of Object.entries(GOLDEN_HALLS)) {
  test(`golden dump of the generated ${name} hall is the fixture's, part by part`, async () => {
    const want = fixture[name];
    assert.ok(want, `test/fixtures/golden-1k.json has no ${name}`);
    const edits = name.startsWith('structured');
    const parts = await goldenOfGenerated(inputs, { edits, exports: (f) => !TWINS.has(f) });
    const got = Object.fromEntries(parts.map((p) => [p.name, [p.sha, p.count] as [string, number]]));
    // Every part the fixture holds is computed, except those left out above.
    const left = (k: string) => (k.startsWith('export:') && TWINS.has(k.slice('export:'.length))) || (!edits && k.startsWith('edit:'));
    const expected = Object.fromEntries(Object.entries(want.parts).filter(([k]) => !left(k)));
    const differ = Object.keys({ ...expected, ...got }).filter((k) => JSON.stringify(got[k]) !== JSON.stringify(expected[k]));
    assert.deepEqual(differ, [], `parts that differ from the fixture (a bug, not a fixture to refresh): ${differ.map((k) => `${k} ${JSON.stringify(got[k])} want ${JSON.stringify(expected[k])}`).join('; ')}`);
  });
}
