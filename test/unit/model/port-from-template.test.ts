// portMaker and expandFronts (core/model/port-from-template.ts) give the generator a hall's ports and
// its check session the panels' fronts as objects reading their template: each must read as the port
// portWithId makes (the row the file's view shows), and the list must be in id order with the rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Port, PortTemplate } from '../../../core/model/entities.js';
import { expandFronts, movedPort, portMaker, portWithId } from '../../../core/model/port-from-template.js';

const FIELDS = ['id', 'deviceId', 'name', 'kind', 'formFactor', 'speedGbps', 'lanes', 'face', 'rearPort', 'rearPosition', 'positions'] as const;
const read = (p: Port) => Object.fromEntries(FIELDS.map((f) => [f, p[f]]));

const tpl = (name: string, kind: PortTemplate['kind'], more: Partial<PortTemplate> = {}): PortTemplate => ({
  name,
  kind,
  formFactor: kind === 'rear-port' ? 'MPO-12' : 'LC',
  speedGbps: kind === 'rear-port' ? 0 : 25.5,
  lanes: kind === 'rear-port' ? 12 : 1,
  face: kind === 'rear-port' ? 'rear' : 'front',
  breakouts: [],
  ...more,
});
// rear ports first and last, fronts with and without a rear mapping (null and absent)
const templates = [
  tpl('R1', 'rear-port', { positions: 2 }),
  tpl('F1', 'front-port', { rearPort: 'R1', rearPosition: 1 }),
  tpl('F2', 'front-port', { rearPort: 'R1', rearPosition: 2 }),
  tpl('F3', 'front-port', { rearPort: null, rearPosition: null }),
  tpl('F4', 'front-port'),
  tpl('R2', 'rear-port'),
];

test('fronts read as portWithId makes them, merged by id among the rows', () => {
  const blocks = [
    { deviceId: 7, firstId: 100 },
    { deviceId: 8, firstId: 106 },
  ];
  const rows: Port[] = [portWithId(50, 3, tpl('eth1', 'interface'))];
  for (const b of blocks) for (const p of [0, 5]) rows.push(portWithId(b.firstId + p, b.deviceId, templates[p]!));
  rows.push(portWithId(200, 9, tpl('eth2', 'interface')));
  const out = expandFronts(rows, blocks, templates);
  const expected = [rows[0]!, ...blocks.flatMap((b) => templates.map((t, p) => portWithId(b.firstId + p, b.deviceId, t))), rows[5]!];
  assert.deepEqual(out.map(read), expected.map(read));
  assert.deepEqual(
    out.map((p) => p.id),
    [50, ...Array.from({ length: 12 }, (_, i) => 100 + i), 200],
  );
  // a front shows no key of its own beyond a port's
  for (const p of out) for (const k of Object.keys(p)) assert.ok((FIELDS as readonly string[]).includes(k), k);
});

test('no blocks: the rows themselves', () => {
  const rows = [portWithId(1, 1, templates[0]!)];
  assert.equal(expandFronts(rows, [], templates), rows);
});

test("portMaker's ports read as portWithId's; movedPort keeps every field under a new id and device", () => {
  for (const t of templates) {
    const p = portMaker(t)(12, 3);
    assert.deepEqual(read(p), read(portWithId(12, 3, t)));
    assert.deepEqual(read(movedPort(p, 40, 5)), read(portWithId(40, 5, t)));
    assert.deepEqual(read(movedPort(portWithId(12, 3, t), 40, 5)), read(portWithId(40, 5, t)));
  }
});

test('a generated port serialises as the literal portWithId makes (same JSON text)', () => {
  for (const t of templates) {
    assert.equal(JSON.stringify(portMaker(t)(12, 3)), JSON.stringify(portWithId(12, 3, t)));
    assert.equal(JSON.stringify(expandFronts([], [{ deviceId: 3, firstId: 12 }], [t])), t.kind === 'front-port' ? JSON.stringify([portWithId(12, 3, t)]) : '[]');
  }
});
