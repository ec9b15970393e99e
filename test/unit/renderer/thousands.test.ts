// The status bar's counts read as toLocaleString('en-US') writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { thousands } from '../../../renderer/src/shell/thousands.js';

test('thousands groups whole numbers by three with commas', () => {
  assert.equal(thousands(0), '0');
  assert.equal(thousands(7), '7');
  assert.equal(thousands(999), '999');
  assert.equal(thousands(1000), '1,000');
  assert.equal(thousands(32768), '32,768');
  assert.equal(thousands(1310720), '1,310,720');
  assert.equal(thousands(-4500), '-4,500');
  for (const n of [12, 1234, 98765, 123456, 7654321, 100000000]) assert.equal(thousands(n), n.toLocaleString('en-US'));
});
