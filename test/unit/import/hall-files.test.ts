// Which picked files the page may send without their text (core/import/hall-files.ts
// setAsideByName): exactly those the import sets aside whatever they hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setAsideByName, sortHallFiles } from '../../../core/import/hall-files.js';

const TEXT: Record<string, string> = {
  'nb/racks.csv': 'name,site,status\nA01,dc,active\n',
  'nb/devices.csv': 'name,device_type,site\n',
  'nb/cables.csv': 'side_a_device,side_a_name\n',
  'nb/cables-netbox-4.4.csv': 'a_terminations\n',
  'nb/interfaces.csv': 'device,name,parent,type\n',
  'nb/sites.csv': 'name,slug\n',
  'nb/README.md': '# export\n',
  'nb/roles.yaml': 'manufacturer: Acme\nmodel: GPU-8\nslug: acme-gpu8\n',
  'nb/device-types/acme-sw64.yaml': 'manufacturer: Acme\nmodel: SW-64\nslug: acme-sw64\n',
  'nb/notes.json': '{"halls": []}',
  'nb/photo.png': 'PNG',
};

test('files set aside by name alone: side tables, unknown files and a table second to its exact name; never JSON or YAML', () => {
  const names = Object.keys(TEXT);
  const aside = setAsideByName(names);
  assert.deepEqual(names.filter((_, i) => aside[i]), ['nb/cables-netbox-4.4.csv', 'nb/interfaces.csv', 'nb/sites.csv', 'nb/README.md', 'nb/photo.png']);
  // the import reads them the same with their text or without it
  const full = sortHallFiles(names.map((name) => ({ name, text: TEXT[name]! })));
  const sent = sortHallFiles(names.map((name, i) => ({ name, text: aside[i] ? '' : TEXT[name]! })));
  assert.deepEqual(sent.roles, full.roles);
  assert.deepEqual(sent.problems, full.problems);
  for (const [i, n] of names.entries()) if (aside[i]) assert.equal(full.roles.find((r) => r.name === n)!.as, 'ignored', n);
  assert.match(full.roles.find((r) => r.name === 'nb/interfaces.csv')!.why!, /read from the cables' ends/);
  // a YAML file named like a side table is a device type when its content says so
  assert.equal(full.roles.find((r) => r.name === 'nb/roles.yaml')!.as, 'device type');
});

test('a table file without its exact name is sent when no file has that name, so two of them are still a problem', () => {
  const names = ['export/cables-netbox-4.4.csv', 'export/racks.csv', 'export/dcim_racks.csv'];
  assert.deepEqual(setAsideByName(names), [false, false, false]);
  const r = sortHallFiles(names.map((name) => ({ name, text: 'x\n' })));
  assert.match(r.problems[0]!.reason, /racks.csv is the racks file already/);
  assert.equal(r.netbox.cables?.name, 'export/cables-netbox-4.4.csv');
});
