// One rule for counting transceiver modules (fabric summary, comparison, BOM): each end takes
// the share of a module its port uses; the modules of one optic are the sum, rounded up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ModuleCount } from '../../../core/economics/modules.js';

const TWIN = { id: 'TWIN', formFactor: 'OSFP twin-port', speedGbps: 800 };
const SINGLE = { id: 'SR4', formFactor: 'OSFP', speedGbps: 400 };

test('a twin-port 800G module in two 400G ports is one module; a single-port one is one per port', () => {
  const c = new ModuleCount();
  for (let i = 0; i < 6; i++) c.addEnd(TWIN, { speedGbps: 400 });
  for (let i = 0; i < 6; i++) c.addEnd(SINGLE, { speedGbps: 400 });
  assert.deepEqual(c.byId(), { SR4: 6, TWIN: 3 });
  assert.equal(c.total(), 9);
});

test('an odd number of twin-port ends still needs the last whole module; an 800G port takes a whole twin module', () => {
  const c = new ModuleCount();
  for (let i = 0; i < 5; i++) c.addEnd(TWIN, { speedGbps: 400 });
  c.addEnd(TWIN, { speedGbps: 800 });
  assert.deepEqual(c.byId(), { TWIN: 4 }); // 2.5 + 1 = 3.5, rounded up
});
