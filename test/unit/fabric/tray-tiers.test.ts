// The one rule for a generated tray's capacity after routing (core/fabric/tray-tiers.ts): depth or
// stacked tiers for the routed section, and the NEMA VE 1 class for the routed weight, per tier.
// Every figure worked by hand at 50 % fill; standard depths 100 and 150 mm; classes A 74.4,
// B 111.6, C 148.8 kg/m.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tierNote, tierTrays, type RoutedLoad } from '../../../core/fabric/tray-tiers.js';
import type { Tray } from '../../../core/model/entities.js';

const tray = (id: number, widthMm: number, depthMm: number, ratedLoadKgPerM: number): Tray => ({
  id,
  hallId: 1,
  name: `T${id}`,
  heightMm: 2600,
  widthMm,
  depthMm,
  points: [
    [0, 0],
    [10_000, 0],
  ],
  ratedLoadKgPerM,
});
const load = (areaMm2: number[], kgPerM: number[]): RoutedLoad => ({ areaMm2, kgPerM });

test('a tray that holds its routed load is left alone', () => {
  // 914 x 100 mm at 50 %: 45,700 mm2 usable; 45,000 mm2 and 70 kg/m (class A holds 74.4)
  assert.deepEqual(tierTrays([tray(1, 914, 100, 74.4)], () => load([45_000, 10], [70, 1]), 50), []);
});

test('section: the standard depth first, then tiers of 914 x 150 mm; weight rates each tier', () => {
  const loads = new Map<number, RoutedLoad>([
    // needs 2 x 60,000 = 120,000 mm2: 914 x 150 = 137,100 holds it -> 150 mm, one tray; 80 kg/m -> class B
    [1, load([1_000, 60_000], [80, 2])],
    // needs 2 x 150,000 = 300,000 mm2 -> ceil(300,000 / 137,100) = 3 tiers, 450 mm; 100 kg/m over 3 tiers -> 33.3 each: 3 x A = 223.2
    [2, load([150_000], [100])],
  ]);
  const out = tierTrays([tray(1, 914, 100, 74.4), tray(2, 914, 100, 74.4)], (id) => loads.get(id), 50);
  assert.deepEqual(
    out.map((x) => [x.tray.id, x.tiers, x.tray.depthMm, x.tray.ratedLoadKgPerM, x.tray.name]),
    [
      [1, 1, 150, 111.6, 'T1'],
      [2, 3, 450, 223.2, 'T2 (3 tiers of 914 x 150 mm)'],
    ],
  );
  assert.equal(tierNote(out), '2 trays deepened or rated heavier for their routed load, 1 of them stacked in tiers (up to 3: T2 (3 tiers of 914 x 150 mm), 150k mm2 of cable)');
});

test('weight alone: more tiers where even class C is too light; a rating is never lowered', () => {
  // 10,000 mm2 fits 914 x 100; 300 kg/m -> ceil(300 / 148.8) = 3 tiers of 100 kg/m each: class B, 3 x 111.6 = 334.8
  const [heavy] = tierTrays([tray(1, 914, 100, 74.4)], () => load([10_000], [300]), 50);
  assert.deepEqual([heavy!.tiers, heavy!.tray.depthMm, heavy!.tray.ratedLoadKgPerM], [3, 450, 334.8]);
  // a section that needs 150 mm with a plan rating (C) above the routed need (B) keeps C
  const [kept] = tierTrays([tray(2, 914, 100, 148.8)], () => load([60_000], [80]), 50);
  assert.deepEqual([kept!.tiers, kept!.tray.depthMm, kept!.tray.ratedLoadKgPerM], [1, 150, 148.8]);
});
