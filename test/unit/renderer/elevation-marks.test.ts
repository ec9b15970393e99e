import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Cable } from '../../../core/model/entities.js';
import { elevationMarks } from '../../../renderer/src/elevation/highlights.js';

test('elevation marks: a cable colours both its ports, devices and ports as given, the first source wins', () => {
  const cable = { id: 9, aPortId: 101, bPortId: 202 } as Cable;
  const m = elevationMarks(
    {
      audit: [{ kind: 'cable', id: 9, color: '#f00' }, { kind: 'device', id: 3, color: '#0f0' }, { kind: 'port', id: 303, color: '#00f' }, { kind: 'rack', id: 1, color: '#000' }],
      checks: [{ kind: 'port', id: 101, color: '#abc' }, { kind: 'cable', id: 404, color: '#abc' }],
    },
    new Map([[9, cable]]),
  );
  assert.deepEqual([...m.port], [[101, '#f00'], [202, '#f00'], [303, '#00f']]);
  assert.deepEqual([...m.device], [[3, '#0f0']]);
});
