// A layout document's errors name the line of the JSON path, found by a scan that skips what is
// off the path (a syntax tree of a 100 MB document ran the import out of memory), and a section
// over the entry bound is refused before a single entry is validated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonLocator, LayoutError, parseLayoutText } from '../../db/layout-parse.js';
import { LIMITS } from '../../core/model/limits.js';

const doc = `{
  "format": "trayline-layout",
  "version": 1,
  "halls": [
    {"name": "H", "widthM": 10,
     "depthM": 9}
  ],
  "racks": [
    {"name": "R1",
     "hall": "H",
     "xM": 1, "yM": 2},
    {
      "name": "R2",
      "hall": "H", "xM": 3,
      "yM": [1,
        2]
    }
  ],
  "cables": []
}`;

test('the line of a path after skipped siblings; a missing member at its nearest existing parent', () => {
  const at = new JsonLocator(doc);
  assert.equal(at.line(['halls', 0, 'depthM']), 6);
  assert.equal(at.line(['racks', 0, 'yM']), 11);
  assert.equal(at.line(['racks', 1]), 12);
  assert.equal(at.line(['racks', 1, 'hall']), 14);
  assert.equal(at.line(['racks', 1, 'yM', 1]), 16);
  assert.equal(at.line(['racks', 1, 'nope']), 12, 'the object that lacks it');
  assert.equal(at.line(['racks', 7, 'xM']), 8, 'the list that lacks the entry');
  assert.equal(at.line(['cables', 0]), 19);
});

test('a wrong value is named by file, line and path', () => {
  const bad = doc.replace('"xM": 3', '"xM": "three"');
  assert.throws(
    () => parseLayoutText(bad, 'hall.json'),
    (e: unknown) => e instanceof LayoutError && /^hall\.json:14: \$\.racks\[1\]\.xM: /.test(e.message),
  );
});

test('a section over the entry bound is refused by its count, at its line, before its entries are read', () => {
  const over = LIMITS.layoutItems + 1;
  const text = `{"format": "trayline-layout", "version": 1,\n"cables": [${'{},'.repeat(over - 1)}{}]}`;
  assert.throws(
    () => parseLayoutText(text, 'big.json'),
    (e: unknown) => e instanceof LayoutError && e.message === `big.json:2: $.cables: ${over.toLocaleString('en-US')} entries: at most ${LIMITS.layoutItems.toLocaleString('en-US')} entries`,
  );
});
