import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cli } from './run-cli.js';
import { buildRouteProject } from './route-fixture.js';

test('check --json: reach error and no-media warning, exit 1; after auto media only rack power remains', () => {
  // rack A's budget 2030 W: swA + swC at 1000 W each = 2000 W before optics
  const file = buildRouteProject({ rackABudgetW: 2030 });
  const before = readFileSync(file);
  const r = cli('check', file, '--json');
  assert.equal(r.code, 1, r.stderr);
  assert.ok(readFileSync(file).equals(before), 'check writes nothing');
  const out = JSON.parse(r.stdout);
  assert.equal(out.errors, 1);
  assert.equal(out.warnings, 1);
  const reach = out.violations.find((v: { rule: string }) => v.rule === 'reach');
  // C2 routes 40 x 44.45 + 500 = 2278 mm, the DAC reaches 2 m
  assert.match(reach.message, /C2 is 2\.28 m long but DAC-2 reaches 2 m/);
  assert.deepEqual(reach.objects[0], { kind: 'cable', name: 'C2' });
  assert.equal(out.violations.find((v: { rule: string }) => v.rule === 'no-media').severity, 'warning');

  assert.equal(cli('route', file, '--auto-media=all').code, 0);
  const after = JSON.parse(cli('check', file, '--json').stdout);
  // rack A now: 2000 W + SR8 at C1's a-end 16 W + AEC ends of C2 (both in rack A) 2 x 10 W = 2036 W > 2030 W
  assert.deepEqual(after.violations.map((v: { rule: string }) => v.rule), ['rack-power']);
  assert.match(after.violations[0].message, /draws 2036 W \(devices 2000 W \+ optics 36 W\), over its budget of 2030 W/);
  const human = cli('check', file);
  assert.equal(human.code, 1);
  assert.match(human.stdout, /1 error\(s\), 0 warning\(s\)\n  rack-power/);
  assert.match(human.stdout, /fix: /);
});

test('check: a clean project exits 0; usage errors exit 2', () => {
  const file = buildRouteProject();
  cli('route', file, '--auto-media=all');
  const r = cli('check', file, '--json');
  assert.equal(r.code, 0);
  assert.deepEqual(JSON.parse(r.stdout), { errors: 0, warnings: 0, violations: [] });
  assert.equal(cli('check').code, 2);
  assert.match(cli('check', '--help').stdout, /tray-fill/);
});
