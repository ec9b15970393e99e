import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseHint } from '../../../core/checks/hint-steps.js';
import { CheckSession } from '../../../core/checks/session.js';
import { World } from '../routing/world.js';

test('one hint, phrased per surface: the app names its button, the command line its command', () => {
  const w = new World();
  const t = w.type();
  const a = w.device(w.rack({ xMm: 1000, yMm: 1000 }), t, 1).ports[0]!;
  const b = w.device(w.rack({ xMm: 3000, yMm: 1000 }), t, 1).ports[0]!;
  w.cable(a, b); // no media
  const v = new CheckSession(w.snap).violations().find((x) => x.rule === 'no-media')!;
  assert.equal(
    phraseHint(v.hint, 'app'),
    'Give it media: press “Route all cables” with “choose missing media” in the Checks panel, or choose media in the cable’s inspector (“Suggest media” proposes one).',
  );
  assert.equal(phraseHint(v.hint, 'cli'), 'Give it media: run `trayline route FILE --auto-media`, or choose media in the cable’s inspector in the app.');
  assert.equal(phraseHint('Use {nothing-known}.', 'app'), 'Use {nothing-known}.', 'an unknown token is left as it is');
});
