// Ports copied by SQLite from a device's list (db/port-runs.ts) are the rows a per-row insert
// makes: same ids, values and storage classes; a device whose list differs in one field gets its
// own list, and short or broken runs go to the caller's per-row writer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openProject } from '../../db/open.js';
import { insertPortRuns } from '../../db/port-runs.js';
import type { Port } from '../../core/model/entities.js';

/** An 8-port panel-like list: 6 fronts mapped to rear R1 positions 1-6, 2 rear ports. */
function list(first: number, deviceId: number, speed = 100): Port[] {
  const out: Port[] = [];
  for (let k = 1; k <= 6; k++) out.push({ id: first + k - 1, deviceId, name: `F${k}`, kind: 'front-port', formFactor: 'MPO-12', speedGbps: speed, lanes: 4, face: 'front', rearPort: 'R1', rearPosition: k });
  out.push({ id: first + 6, deviceId, name: 'R1', kind: 'rear-port', formFactor: 'MPO-12', speedGbps: speed, lanes: 4, face: 'rear', positions: 6 });
  out.push({ id: first + 7, deviceId, name: 'R2', kind: 'rear-port', formFactor: 'MPO-12', speedGbps: speed, lanes: 4, face: 'rear', positions: null });
  return out;
}

test('ports from repeated lists are written exactly as a per-row insert writes them', () => {
  const db = openProject(':memory:', { create: true });
  db.pragma('foreign_keys = OFF');
  const ports: Port[] = [
    ...list(1, 1),
    ...list(9, 2),
    // same names, one field different (speed 200): not the first list
    ...list(17, 3, 200),
    // 3 ports: too short for a list of its own
    { id: 25, deviceId: 4, name: 'eth0', kind: 'interface', formFactor: 'QSFP112', speedGbps: 400, lanes: 4, face: 'rear' },
    { id: 26, deviceId: 4, name: 'eth1', kind: 'interface', formFactor: 'QSFP112', speedGbps: 400, lanes: 4, face: 'rear' },
    { id: 27, deviceId: 4, name: 'eth2', kind: 'interface', formFactor: 'QSFP112', speedGbps: 400, lanes: 4, face: 'rear' },
  ];
  const direct: Port[] = [];
  const ins = db.prepare('INSERT INTO ports (id, device_id, name, kind, form_factor, speed_gbps, lanes, face, rear_port, rear_position, positions) VALUES (?,?,?,?,?,?,?,?,?,?,?)');
  insertPortRuns(
    db,
    ports,
    (p) => {
      direct.push(p);
      ins.run(p.id, p.deviceId, p.name, p.kind, p.formFactor, p.speedGbps, p.lanes, p.face, p.rearPort ?? null, p.rearPosition ?? null, p.positions ?? null);
    },
    () => {},
  );
  assert.deepEqual(direct.map((p) => p.id), [25, 26, 27]);
  const rows = db.prepare('SELECT id, device_id, name, kind, form_factor, quote(speed_gbps) speed, lanes, face, rear_port, rear_position, positions FROM ports ORDER BY id').all() as Record<string, unknown>[];
  assert.equal(rows.length, 27);
  // speed_gbps is a REAL column: 100 is stored as 100.0 whichever way the row came
  assert.deepEqual(rows[2], { id: 3, device_id: 1, name: 'F3', kind: 'front-port', form_factor: 'MPO-12', speed: '100.0', lanes: 4, face: 'front', rear_port: 'R1', rear_position: 3, positions: null });
  assert.deepEqual(rows[14], { id: 15, device_id: 2, name: 'R1', kind: 'rear-port', form_factor: 'MPO-12', speed: '100.0', lanes: 4, face: 'rear', rear_port: null, rear_position: null, positions: 6 });
  assert.deepEqual(rows[15], { id: 16, device_id: 2, name: 'R2', kind: 'rear-port', form_factor: 'MPO-12', speed: '100.0', lanes: 4, face: 'rear', rear_port: null, rear_position: null, positions: null });
  assert.deepEqual(rows[16], { id: 17, device_id: 3, name: 'F1', kind: 'front-port', form_factor: 'MPO-12', speed: '200.0', lanes: 4, face: 'front', rear_port: 'R1', rear_position: 1, positions: null });
  assert.deepEqual(rows[26], { id: 27, device_id: 4, name: 'eth2', kind: 'interface', form_factor: 'QSFP112', speed: '400.0', lanes: 4, face: 'rear', rear_port: null, rear_position: null, positions: null });
  // the temporary tables are gone
  assert.equal(db.prepare("SELECT count(*) FROM temp.sqlite_master WHERE name LIKE 'fabric_port_%'").pluck().get(), 0);
  db.close();
});
