// NetBox's interfaces export read by the import (core/import/netbox-interfaces.ts): a breakout
// sub-port splits its device's port even with no cable on it; a project device's interfaces, and
// interfaces that are no sub-port, are counted in notes; an unknown device is a row error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findBuiltinDeviceType, toDeviceType } from '../../../core/catalog/index.js';
import { checkNetboxImport } from '../../../core/import/netbox-hall.js';
import { NetboxImportError } from '../../../core/import/netbox-types.js';
import type { Device } from '../../../core/model/entities.js';

const sn = { ...toDeviceType(findBuiltinDeviceType('nvidia-sn5600')!), id: 1 };
const racks = { name: 'racks.csv', text: 'site,location,name,u_height\nDC1,Hall 1,A01,48\n' };
const devices = { name: 'devices.csv', text: 'role,manufacturer,device_type,status,name,site,location,rack,position,face\nLeaf,NVIDIA,nvidia-sn5600,active,leaf01,DC1,Hall 1,A01,10,front\n' };
const old: Device = { id: 7, rackId: 1, name: 'old-leaf', typeId: 1, u: 1, face: 'front' };
const project = { deviceTypes: [sn], racks: [], devices: [old], cables: () => [], portsOf: () => [] };
const interfaces = (rows: string[]) => ({ name: 'interfaces.csv', text: ['device,name,parent,type', ...rows].join('\n') });

test('sub-ports listed as interfaces split their ports with no cable on them; the widest lane listed decides the breakout', () => {
  const r = checkNetboxImport({ racks, devices, interfaces: interfaces(['leaf01,swp1s0,swp1,400gbase-x-osfp', 'leaf01,swp1s1,swp1,400gbase-x-osfp', 'leaf01,swp2s3,swp2,200gbase-x-osfp', 'leaf01,swp3,,800gbase-x-osfp']) }, project);
  const split = r.devices[0]!.split!;
  assert.deepEqual([...split].map(([p, b]) => `${p}: ${b.count} x ${b.speedGbps}G`), ['swp1: 2 x 400G', 'swp2: 4 x 200G']);
});

test("a project device's interfaces and interfaces that are no sub-port are noted; an unknown device is a row error", () => {
  const r = checkNetboxImport({ racks, devices, interfaces: interfaces(['old-leaf,swp1s0,swp1,400gbase-x-osfp', 'leaf01,vlan100,,virtual', 'leaf01,swp1s0,swp9,400gbase-x-osfp']) }, project);
  assert.ok(r.notes.some((n) => /interfaces\.csv: 1 interface\(s\) of devices the project already has left as they are/.test(n)), r.notes.join('\n'));
  assert.ok(r.notes.some((n) => /interfaces\.csv: 2 interface\(s\) that are no breakout sub-port/.test(n)), r.notes.join('\n'));
  assert.equal(r.devices[0]!.split, undefined);
  assert.throws(
    () => checkNetboxImport({ racks, devices, interfaces: interfaces(['ghost,swp1s0,swp1,400gbase-x-osfp']) }, project),
    (e: unknown) => e instanceof NetboxImportError && e.errors.some((x) => x.file === 'interfaces.csv' && x.line === 2 && x.column === 'device' && /device "ghost" is neither/.test(x.reason)),
  );
});
