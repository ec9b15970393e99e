// `trayline audit` on real captures (test/fixtures/SOURCES.md): a Junos hall, a folder with a file
// it cannot read, and sources that hold no link at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProject } from '../unit/audit/fabric-db.js';
import { FIXTURES } from '../unit/audit/fabric.js';
import { cli } from './run-cli.js';

const REAL = join(FIXTURES, '../lldp-real');
// the suzieq lab around the Junos switch dcedge01, planned exactly as cabled
const lab = createProject(
  { exit01: ['Ethernet1', 'Ethernet2', 'Ethernet4'], exit02: ['Ethernet4'], spine01: ['Ethernet5'], spine02: ['Ethernet5'], dcedge01: ['xe-0/0/0', 'xe-0/0/1'] },
  [
    ['L1', 'exit01', 'Ethernet1', 'spine01', 'Ethernet5', null, null],
    ['L2', 'exit01', 'Ethernet2', 'spine02', 'Ethernet5', null, null],
    ['L3', 'exit01', 'Ethernet4', 'dcedge01', 'xe-0/0/0', null, null],
    ['L4', 'dcedge01', 'xe-0/0/1', 'exit02', 'Ethernet4', null, null],
  ],
);
lab.db.close();
const folder = join(lab.dir, 'captures');
mkdirSync(folder);
copyFileSync(join(REAL, 'suzieq/exit01.json'), join(folder, 'exit01.json'));
copyFileSync(join(REAL, 'suzieq/dcedge01.json'), join(folder, 'dcedge01.json'));

test('a Junos hall cabled to plan (real EOS and Junos captures): 0 unexpected, exit 0', () => {
  const r = cli('audit', lab.path, '--as-built', folder, '--json');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual([out.matched, out.unexpected, out.missing], [4, 0, 0]);
});

test('a folder with a file that cannot be read: the others are audited, the file is listed with its reason, exit 1', () => {
  const dir = join(lab.dir, 'with-junk');
  mkdirSync(dir);
  copyFileSync(join(folder, 'exit01.json'), join(dir, 'exit01.json'));
  copyFileSync(join(folder, 'dcedge01.json'), join(dir, 'dcedge01.json'));
  writeFileSync(join(dir, 'notes.txt'), 'ask the contractor about row C\n');
  writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
  const r = cli('audit', lab.path, '--as-built', dir);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^Matched\s+4$/m);
  assert.match(r.stdout, /2 file\(s\) not read:\n {2}\S*notes\.txt: line 1: cannot tell the format/);
  assert.match(r.stdout, /photo\.jpg: a binary file/);
  assert.match(r.stderr, /not read: \S*notes\.txt/);
});

test('sources that hold no link: the audit says so and exits 1, never "matches"', () => {
  const empty = join(lab.dir, 'exit09.json');
  writeFileSync(empty, JSON.stringify({ lldpNeighbors: { Ethernet1: { lldpNeighborInfo: [] } } }));
  const r = cli('audit', lab.path, '--as-built', empty);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^No links were read from the as-built sources: nothing was audited\.$/m);
});

test('--hca-map and --wave errors name the file or the flag', () => {
  const bad = join(lab.dir, 'hca.csv');
  writeFileSync(bad, 'port,hca-name\n1,mlx5_0\n1,mlx5_1\n');
  const r = cli('audit', lab.path, '--as-built', folder, '--hca-map', bad);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /hca\.csv:3: port 1 is mapped twice/);
  assert.equal(cli('audit', lab.path, '--as-built', folder, '--wave', 'two').code, 2);
});
