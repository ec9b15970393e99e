import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnnamedPort, normHost, normPort, portAliases } from '../../../core/audit/names.js';

test('Ethernet spellings of every vendor meet on one name', () => {
  for (const n of ['Ethernet1/1', 'Et1/1', 'Eth1/1', 'eth1-1', 'ETHERNET1/1', 'ethernet-1/1', ' Et1/1 ', '"Ethernet1/1"']) assert.equal(normPort(n), 'eth1/1', n);
  // breakout suffixes stay distinct from their parent cage
  assert.equal(normPort('Ethernet1/1/2'), 'eth1/1/2');
  assert.equal(normPort('Et49/1'), 'eth49/1');
  assert.notEqual(normPort('Ethernet1/1/2'), normPort('Ethernet1/1'));
  // SONiC lane-numbered names and Linux names
  assert.equal(normPort('Ethernet0'), normPort('eth0'));
});

test('Cumulus swp names, breakouts, NVIDIA twin-port cages, management and Cisco short forms', () => {
  assert.equal(normPort('SWP1'), 'swp1');
  assert.equal(normPort('swp1s0'), 'swp1s0');
  assert.notEqual(normPort('swp1s0'), normPort('swp1'));
  for (const n of ['P1/1', 'p1/1', 'P1.1', 'p1-1']) assert.equal(normPort(n), 'p1/1', n);
  for (const n of ['Management1', 'Ma1', 'mgmt1']) assert.equal(normPort(n), 'mgmt1', n);
  assert.equal(normPort('GigabitEthernet1/0/37'), normPort('Gi1/0/37'));
  assert.equal(normPort('HundredGigE0/0/0/1'), normPort('Hu0/0/0/1'));
  assert.equal(normPort('ge-0/0/1'), 'ge-0/0/1');
});

test('the first lane of a cage is an alias of the cage, both ways', () => {
  assert.deepEqual(portAliases(normPort('Ethernet1')), ['eth1/1']);
  assert.deepEqual(portAliases(normPort('Et1/1')), ['eth1']);
  assert.deepEqual(portAliases(normPort('Et1/2')), []);
});

test('hosts: case-insensitive, without domain; addresses kept whole', () => {
  assert.equal(normHost('LEAF01.hall1.example.net'), 'leaf01');
  assert.equal(normHost('"spine2.company.com"'), 'spine2');
  assert.equal(normHost('10.0.0.1'), '10.0.0.1');
  assert.equal(normHost('0c:42:a1:00:00:01'), '0c:42:a1:00:00:01');
});

test('MAC addresses are not port names', () => {
  assert.ok(isUnnamedPort('0c:42:a1:00:00:11'));
  assert.ok(isUnnamedPort('2cc2.6081.eaf9'));
  assert.ok(!isUnnamedPort('eth1'));
  assert.ok(!isUnnamedPort('25'));
});
