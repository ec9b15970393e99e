// NetBox 4.5+ cable profiles as NetBox defines them (netbox/dcim/cable_profiles.py and
// dcim/choices.py CableProfileChoices, read at tag v4.6.8): which profile a cable gets, and the
// price rule of a multi-leg trunk (base once, per metre of each leg's share of the fibres).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_MEDIA, toMedia } from '../../../core/catalog/index.js';
import { breakoutProfile, profileSince, singleProfile, trunkProfile } from '../../../core/export/netbox-cables.js';
import { assemblyCostUsd, multiLegCostUsd } from '../../../core/routing/link.js';

test('single-1cNp exists for 1, 2, 4, 6, 8, 12 and 16 positions only', () => {
  assert.deepEqual([1, 2, 4, 6, 8, 12, 16].map(singleProfile), ['single-1c1p', 'single-1c2p', 'single-1c4p', 'single-1c6p', 'single-1c8p', 'single-1c12p', 'single-1c16p']);
  // a 24-position trunk entry (288F on one rear port) has no profile: NetBox traces it the legacy way
  assert.equal(singleProfile(24), '');
  assert.equal(singleProfile(3), '');
});

test('trunk-KcNp: 2 connectors of 1-12 positions, 4 of 1-8, 8 of 4; one connector is a single', () => {
  assert.equal(trunkProfile(2, 12), 'trunk-2c12p');
  assert.equal(trunkProfile(4, 8), 'trunk-4c8p');
  assert.equal(trunkProfile(8, 4), 'trunk-8c4p');
  assert.equal(trunkProfile(1, 12), 'single-1c12p');
  assert.equal(trunkProfile(4, 12), '');
  assert.equal(trunkProfile(3, 12), '');
  assert.equal(trunkProfile(12, 1), '');
});

test('breakout-1cNp-Nc1p for 2, 4, 6 and 8 legs, each with the NetBox release that added it', () => {
  assert.deepEqual([2, 4, 6, 8].map(breakoutProfile), ['breakout-1c2p-2c1p', 'breakout-1c4p-4c1p', 'breakout-1c6p-6c1p', 'breakout-1c8p-8c1p']);
  assert.equal(breakoutProfile(3), '');
  assert.deepEqual([2, 4, 8].map((n) => profileSince(breakoutProfile(n))), ['4.5.7', '4.5.0', '4.6.4']);
});

test('a multi-leg trunk costs its base once plus each leg at its share of the per-metre price', () => {
  const m = toMedia(BUILTIN_MEDIA.find((x) => x.id === 'TRUNK-MPO12-96F-OM4-B')!);
  // 96F OM4: base 2 x 8 x USD 45 = 720, per metre 96 x 0.10 = 9.60; three legs of 32 fibres each
  assert.equal(m.assembly!.costBaseUsd, 720);
  assert.equal(m.assembly!.costPerMUsd, 9.6);
  const cost = multiLegCostUsd(m, [5000, 12_000, 7000])!;
  assert.ok(Math.abs(cost - (720 + 3.2 * 5 + 3.2 * 12 + 3.2 * 7)) < 1e-9, String(cost));
  // legs of one length cost what one assembly of that length does
  assert.ok(Math.abs(multiLegCostUsd(m, [9000, 9000, 9000])! - assemblyCostUsd(m, 9000)!) < 1e-9);
  assert.equal(multiLegCostUsd(m, [9000, null]), null);
});
