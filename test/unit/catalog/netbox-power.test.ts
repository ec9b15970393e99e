// NetBox device-type power and management ports (issue 14): a Q3400-RA file gives 8 PSU inlets of
// 875 W maximum_draw; summing them made a 7,000 W switch. Its 800G FNM port made a 145th fabric port.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertNetboxFile } from '../../../core/catalog/netbox/convert.js';
import { inferRedundancy, powerFigures } from '../../../core/catalog/netbox/power.js';
import { switchFacts } from '../../../core/fabric/hardware.js';
import { readDeviceTypes, upsertDeviceType } from '../../../db/catalog.js';
import { importNetboxFiles } from '../../../db/catalog-import.js';
import { openProject } from '../../../db/open.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/netbox', import.meta.url));
const q3400 = () => ({ name: 'Q3400-RA.yaml', text: readFileSync(join(FIXTURES, 'Q3400-RA.yaml'), 'utf8') });

test('Q3400-RA file: the draw is not the sum of the PSU ratings; the ratings are kept as a rating', () => {
  const r = convertNetboxFile(q3400());
  assert.ok(r.ok);
  const t = r.deviceType;
  // 8 x 875 W = 7000 W of PSU rating: not a draw, and no allocated_draw in the file
  assert.notEqual(t.maxPowerW, 8 * 875);
  assert.notEqual(t.typicalPowerW, 8 * 875);
  assert.equal(t.maxPowerW, null);
  assert.equal(t.typicalPowerW, null);
  assert.equal(t.psuCount, 8);
  assert.equal(t.psuRatingW, 875);
  assert.equal(t.psuRedundancy, 'N+N');
  assert.ok(r.gaps.some((g) => g.startsWith('typicalPowerW:') && /8 x 875 W maximum_draw is the PSU rating/.test(g)), r.gaps.join('\n'));
});

test('Q3400-RA file: eth0 (mgmt_only) and fnm1 (description says management) are management ports; 144 fabric ports remain', () => {
  const r = convertNetboxFile(q3400());
  assert.ok(r.ok);
  const ports = r.deviceType.ports;
  assert.deepEqual(ports.filter((p) => p.mgmtOnly).map((p) => p.name), ['eth0', 'fnm1']);
  const xdr = ports.filter((p) => p.speedGbps === 800);
  assert.equal(xdr.length, 145, 'fnm1 is an 800G port too');
  assert.equal(xdr.filter((p) => !p.mgmtOnly).length, 72 * 2);
  assert.ok(r.gaps.some((g) => g.includes('"fnm1"') && /description says management/.test(g)));
  // The fabric generator sees 144 ports at 800G, not 145.
  assert.equal(switchFacts({ ...r.deviceType, id: 1 }, 800).radix, 144);
});

test('the flags and PSU figures survive the project file', () => {
  const db = openProject(join(mkdtempSync(join(tmpdir(), 'tl-nbp-')), 'p.trayline'), { create: true });
  importNetboxFiles(db, [q3400()]);
  const t = readDeviceTypes(db).find((x) => x.slug === 'nvidia-q3400-ra')!;
  assert.equal(t.psuCount, 8);
  assert.equal(t.psuRatingW, 875);
  assert.equal(t.maxPowerW, null);
  assert.deepEqual(t.ports.filter((p) => p.mgmtOnly).map((p) => p.name), ['eth0', 'fnm1']);
});

test('a re-import drops an earlier import\'s summed PSU rating but keeps a figure the user entered', async () => {
  const { setDeviceTypeFigures } = await import('../../../db/catalog.js');
  const db = openProject(join(mkdtempSync(join(tmpdir(), 'tl-nbp-')), 'p.trayline'), { create: true });
  const r = convertNetboxFile(q3400());
  assert.ok(r.ok);
  // As an older Trayline stored it: 8 x 875 W summed into maxPowerW.
  upsertDeviceType(db, { ...r.deviceType, maxPowerW: 7000, psuCount: null, psuRatingW: null });
  importNetboxFiles(db, [q3400()]);
  let t = readDeviceTypes(db).find((x) => x.slug === 'nvidia-q3400-ra')!;
  assert.equal(t.maxPowerW, null);
  assert.ok(t.gaps!.some((g) => /7000 W was the sum of PSU ratings/.test(g)));
  setDeviceTypeFigures(db, 'nvidia-q3400-ra', { maxPowerW: 2900 });
  importNetboxFiles(db, [q3400()]);
  t = readDeviceTypes(db).find((x) => x.slug === 'nvidia-q3400-ra')!;
  assert.equal(t.maxPowerW, 2900);
});

test('power figures: allocated_draw summed into the draw; a partial allocated_draw leaves the draw empty; PSU bays count PSUs', () => {
  // 2 x 450 W allocated -> 900 W draw
  const full = powerFigures([{ name: 'A', maximum_draw: 1100, allocated_draw: 450 }, { name: 'B', maximum_draw: 1100, allocated_draw: 450 }], [], 'active');
  assert.deepEqual([full.typicalPowerW, full.maxPowerW, full.psuCount, full.psuRatingW, full.psuRedundancy], [900, null, 2, 1100, 'N+N']);
  const partial = powerFigures([{ name: 'A', allocated_draw: 450 }, { name: 'B' }, { name: 'C' }], [], 'active');
  assert.equal(partial.typicalPowerW, null);
  assert.equal(partial.psuRedundancy, 'N+1');
  assert.ok(partial.gaps.some((g) => /allocated_draw on 1 of 3 power ports only/.test(g)));
  const bays = powerFigures([], ['PSU1', 'PSU2', 'PSU3', 'PSU4'], 'active');
  assert.deepEqual([bays.psuCount, bays.psuRatingW, bays.typicalPowerW], [4, null, null]);
  assert.deepEqual(['N', 'N+N', 'N+1', 'N+N', 'N+1'], [1, 2, 3, 4, 5].map(inferRedundancy));
  // A passive panel without power ports draws nothing; a PDU's inputs are not PSUs, their rating not a draw.
  assert.deepEqual([powerFigures([], [], 'passive').maxPowerW, powerFigures([], [], 'passive').typicalPowerW], [0, 0]);
  const pdu = powerFigures([{ name: 'Input', maximum_draw: 4000 }], [], 'pdu');
  assert.deepEqual([pdu.maxPowerW, pdu.typicalPowerW, pdu.psuCount, pdu.psuRatingW], [null, null, null, null]);
});
