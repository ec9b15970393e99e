// A bad layout document exits 2 with one message naming the file, line, JSON path and reason,
// and leaves the project file byte for byte as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, fileDigest, ROOT, tempDir } from './run-cli.js';
import { findBuiltinDeviceType, portTemplates } from '../../core/catalog/index.js';

const GOOD = readFileSync(join(ROOT, 'test/fixtures/layout/small-row.json'), 'utf8');

/** The 1-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

function mutate(from: string, to: string): string {
  assert.ok(GOOD.includes(from), `fixture lacks ${from}`);
  return GOOD.replace(from, to);
}

const CASES: { name: string; text: string; expect: (file: string, text: string) => RegExp }[] = [
  {
    name: 'unknown hall',
    text: mutate('"name": "A02", "hall": "Hall 1"', '"name": "A02", "hall": "H9"'),
    expect: (f, t) => new RegExp(`${f}:${lineOf(t, '"H9"')}: \\$\\.racks\\[1\\]\\.hall: unknown hall "H9"`),
  },
  {
    name: 'a string where a number belongs',
    text: mutate('"xM": 4.5', '"xM": "4.5"'),
    expect: (f, t) => new RegExp(`${f}:${lineOf(t, '"4.5"')}: \\$\\.racks\\[2\\]\\.xM: .*expected number`),
  },
  {
    name: 'overlapping racks (A02 moved 0.3 m onto A01)',
    text: mutate('"xM": 3.9', '"xM": 3.6'),
    expect: () => /\$\.racks\[1\]: rack "A02" would overlap rack "A01"/,
  },
  {
    name: 'a rack outside the 12 m hall',
    text: mutate('"xM": 4.5', '"xM": 11.9'),
    expect: () => /\$\.racks\[2\]: rack "A03" would stand outside hall "Hall 1"/,
  },
  {
    name: 'a CDU standing on rack A03',
    text: mutate('  "racks": [', '  "cdus": [\n    {"name": "CDU-1", "hall": "Hall 1", "placement": "in-row", "capacityKw": 2000, "xM": 4.6, "yM": 3}\n  ],\n  "racks": ['),
    expect: () => /\$\.cdus\[0\]: CDU "CDU-1" would overlap rack "A03" \(\$\.racks\[2\]\)/,
  },
  {
    name: 'a CDU past the hall\'s east wall (11.8 m + 0.375 m)',
    text: mutate('  "racks": [', '  "cdus": [\n    {"name": "CDU-1", "hall": "Hall 1", "placement": "in-row", "capacityKw": 2000, "xM": 11.8, "yM": 3}\n  ],\n  "racks": ['),
    expect: () => /\$\.cdus\[0\]: CDU "CDU-1" would stand outside hall "Hall 1"/,
  },
  {
    name: 'a CDU with x but no y',
    text: mutate('  "racks": [', '  "cdus": [\n    {"name": "CDU-1", "hall": "Hall 1", "placement": "in-row", "capacityKw": 2000, "xM": 8}\n  ],\n  "racks": ['),
    expect: () => /\$\.cdus\[0\]\.yM: xM and yM come together/,
  },
  {
    name: 'two DGX (8U) sharing U10',
    text: mutate('"type": "nvidia-dgx-h100", "u": 13', '"type": "nvidia-dgx-h100", "u": 10'),
    expect: (f, t) => new RegExp(`${f}:${lineOf(t, '"u": 10')}: \\$\\.devices\\[1\\]\\.u: device "dgx-02" would collide with device "dgx-01" at U10`),
  },
  {
    name: 'a port the device type does not have',
    text: mutate('"port": "osfp1/1"}, "b": {"device": "leaf-01", "port": "2/1"}', '"port": "osfp9/1"}, "b": {"device": "leaf-01", "port": "2/1"}'),
    expect: () => /\$\.cables\[2\]\.a\.port: device "dgx-03" \(nvidia-dgx-h100\) has no port "osfp9\/1"/,
  },
  {
    name: 'unknown media',
    text: mutate('"media": "400GBASE-DR4"', '"media": "400G-MADE-UP"'),
    expect: () => /\$\.cables\[1\]\.media: unknown media "400G-MADE-UP"/,
  },
  {
    name: 'a misspelt field',
    text: mutate('"powerBudgetKw": 12', '"powerBudgetKW": 12'),
    expect: () => /\$\.racks\[2\]: .*powerBudgetKW/,
  },
  {
    name: 'a JSON syntax error',
    text: mutate('"kind": "row"}\n  ],', '"kind": "row"},\n  ],'),
    expect: (f, t) => new RegExp(`${f}:${lineOf(t, '"kind": "row"},') + 1}: \\$: not valid JSON`),
  },
];

test('bad layout documents exit 2 naming line, path and reason; the project file is unchanged', () => {
  const dir = tempDir();
  const project = join(dir, 'p.trayline');
  assert.equal(cli('new', project).code, 0);
  const before = fileDigest(project);
  for (const c of CASES) {
    const file = join(dir, `${c.name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, c.text);
    const r = cli('import', project, file);
    assert.equal(r.code, 2, `${c.name}: ${r.stderr}`);
    assert.equal(r.stdout, '', c.name);
    const message = r.stderr.trim().split('\n').at(-1)!;
    assert.match(message, c.expect(file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), c.text), c.name);
    assert.equal(fileDigest(project), before, `${c.name}: the project file changed`);
  }
  // The unmodified fixture imports, so each failure above is due to its one change.
  const ok = join(dir, 'good.json');
  writeFileSync(ok, GOOD);
  const r = cli('import', project, ok, '--json');
  assert.equal(r.code, 0, r.stderr);
  const ports = (slug: string) => portTemplates(findBuiltinDeviceType(slug)!).length;
  // 3 DGX H100 and 1 QM9700 get their types' ports
  const expectedPorts = 3 * ports('nvidia-dgx-h100') + ports('nvidia-qm9700');
  assert.deepEqual(JSON.parse(r.stdout), { halls: 1, rows: 1, feeds: 1, cdus: 0, racks: 3, devices: 4, ports: expectedPorts, trays: 1, cables: 3, undoable: true });
});

test('importing the same document twice is refused: names already in the project', () => {
  const dir = tempDir();
  const project = join(dir, 'p.trayline');
  const layout = join(dir, 'l.json');
  writeFileSync(layout, GOOD);
  cli('new', project);
  assert.equal(cli('import', project, layout).code, 0);
  const before = fileDigest(project);
  const r = cli('import', project, layout);
  assert.equal(r.code, 2);
  assert.match(r.stderr, new RegExp(`:${lineOf(GOOD, '"Hall 1"')}: \\$\\.halls\\[0\\]\\.name: "Hall 1" already exists in the project \\(and \\d+ more problems\\)`));
  assert.equal(fileDigest(project), before);
});
