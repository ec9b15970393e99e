// Sensitivity: --vary axes parsed from text, their combinations, and one comparison per combination.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combinations, compareSet, parseVary } from '../../../core/economics/vary.js';
import { FabricInputError } from '../../../core/fabric/hardware.js';
import { catalog } from './fixture.js';

test('axes parse from the command-line form; bad ones are refused naming what is wrong', () => {
  assert.deepEqual(parseVary('radix=64,128'), { field: 'radix', values: [64, 128] });
  assert.deepEqual(parseVary('media-policy=cheapest, power'), { field: 'mediaPolicy', values: ['cheapest', 'power'] });
  assert.throws(() => parseVary('colour=red'), /cannot vary "colour": one of radix, media-policy/);
  assert.throws(() => parseVary('radix=64,many'), /radix: "many" is not a number/);
  assert.throws(() => parseVary('radix'), /not FIELD=V1,V2/);
});

test('combinations: every value of each axis with every value of the others, in order; at most 16', () => {
  const c = combinations([parseVary('radix=2,4'), parseVary('media-policy=cheapest,power')]);
  assert.deepEqual(c, [
    { radix: 2, mediaPolicy: 'cheapest' },
    { radix: 2, mediaPolicy: 'power' },
    { radix: 4, mediaPolicy: 'cheapest' },
    { radix: 4, mediaPolicy: 'power' },
  ]);
  assert.throws(() => combinations([parseVary('radix=1,2,3,4,5'), parseVary('gpus=1,2,3,4')]), /20 combinations; at most 16/);
});

test('one comparison per combination; a radix the switch does not have is a row that says so', () => {
  const set = compareSet({ gpus: 8, server: 'host', switch: 'r4' }, [parseVary('radix=4,8')], catalog());
  assert.deepEqual(set.combos.map((c) => c.label), ['radix 4', 'radix 8']);
  const four = set.combos[0]!.rows.find((r) => r.arch === 'clos')!;
  assert.equal(four.switches, 6);
  for (const r of set.combos[1]!.rows) assert.match(r.error ?? '', /r4 has 4 ports at 100 Gb\/s; radix 8 is more than that/);
  assert.throws(() => compareSet({ gpus: 8, server: 'host', switch: 'r4' }, [parseVary('radix=4'), parseVary('radix=2')], catalog()), FabricInputError);
});
