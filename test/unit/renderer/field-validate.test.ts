// The inspector refuses a bad field value before any edit is sent, in the words the API's own
// refusals use (core/model/errors.ts issueMessage), not zod's "Too small: expected number to be >=1".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateField } from '../../../renderer/src/inspector/validate-field.js';
import { LIMITS } from '../../../core/model/limits.js';

test('a rack height out of bounds or not whole is refused in words; a good one passes', async () => {
  assert.equal(await validateField('rack', 'heightU', 0), 'must be at least 1');
  assert.equal(await validateField('rack', 'heightU', LIMITS.rackHeightU + 1), `must be at most ${LIMITS.rackHeightU}`);
  assert.equal(await validateField('rack', 'heightU', 42.5), 'must be a whole number');
  assert.equal(await validateField('rack', 'powerBudgetW', -1), 'must be at least 0');
  assert.equal(await validateField('rack', 'heightU', 42), null);
});
