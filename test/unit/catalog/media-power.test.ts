// Every optic and active cable carries a maximum power with its source beside it (issue 14): rack,
// feed and fabric power would otherwise leave it out, and LPO could not be weighed against DSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_MEDIA, findBuiltinMedia } from '../../../core/catalog/index.js';

const POWERED = new Set(['transceiver', 'aoc', 'aec', 'acc', 'dac']);

test('every transceiver, AOC, AEC, ACC and DAC has a power figure, and its source states that figure in watts', () => {
  const powered = BUILTIN_MEDIA.filter((m) => POWERED.has(m.kind));
  assert.ok(powered.length >= 40, `only ${powered.length} powered media`);
  for (const m of powered) {
    assert.notEqual(m.powerW, null, `${m.id}: powerW is null`);
    assert.ok(m.powerW! > 0, `${m.id}: powerW ${m.powerW}`);
    assert.ok(m.source.trim().length > 0, `${m.id}: empty source`);
    // "3.5 W", "17 Watts", "<10 W": the number itself appears in the source text.
    const figure = String(m.powerW).replace('.', '\\.');
    assert.match(m.source, new RegExp(`(^|[^0-9.])${figure} ?(W|Watts)\\b`), `${m.id}: ${m.powerW} W does not appear in its source`);
  }
});

test('figures that are not a data sheet maximum say so (estimate or class maximum)', () => {
  // The LRO module and the AEC have no published module figure: the cage class maximum is used.
  for (const id of ['800G-LRO-DR8', '800G-AEC', '800GBASE-DR8-2']) assert.match(findBuiltinMedia(id)!.source, /CLASS MAXIMUM/, id);
  for (const id of ['100G-DR-LPO', '200GBASE-DR4']) assert.match(findBuiltinMedia(id)!.source, /ESTIMATE/, id);
});

test('LPO draws less than the DSP module of the same reach; linear optics are marked as such', () => {
  const lpo = findBuiltinMedia('800G-LPO-DR8')!;
  const dsp = findBuiltinMedia('800GBASE-DR8')!;
  assert.equal(lpo.linear, 'lpo');
  assert.equal(findBuiltinMedia('800G-LRO-DR8')!.linear, 'lro');
  assert.equal(dsp.linear ?? null, null);
  assert.ok(lpo.powerW! < dsp.powerW!, `LPO ${lpo.powerW} W vs DSP ${dsp.powerW} W`);
  // The per-lane LPO entry is one eighth of the 8-lane module.
  assert.equal(findBuiltinMedia('100G-DR-LPO')!.powerW, Math.round((lpo.powerW! / 8) * 100) / 100);
});

test('1.6T optics: 2 x DR4 (500 m) and 2 x FR4 (2 km) twin-port OSFP with power', () => {
  const dr = findBuiltinMedia('NVIDIA-XDR-1.6T-2xDR4')!;
  const fr = findBuiltinMedia('NVIDIA-XDR-1.6T-2xFR4')!;
  assert.equal(dr.speedGbps, 1600);
  assert.equal(fr.speedGbps, 1600);
  assert.equal(dr.maxReachM, 500);
  assert.equal(fr.maxReachM, 2000);
  assert.match(fr.connector, /LC/);
  assert.equal(dr.powerW, 25);
  assert.equal(fr.powerW, 26);
});
