import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapInterfaceType, mapPassivePortType } from '../../../core/catalog/netbox/interface-types.js';

test('NetBox interface types map to form factor, speed and lanes', () => {
  const cases: [string, string, number, number][] = [
    // type, form factor, Gb/s, lanes (speed / lane rate of the cage generation)
    ['800gbase-x-osfp', 'OSFP', 800, 800 / 100],
    ['400gbase-x-osfp', 'OSFP', 400, 400 / 100],
    ['400gbase-x-qsfp112', 'QSFP112', 400, 400 / 100],
    ['400gbase-x-qsfpdd', 'QSFP-DD', 400, 400 / 50],
    ['200gbase-x-qsfp56', 'QSFP56', 200, 200 / 50],
    ['100gbase-x-qsfp28', 'QSFP28', 100, 100 / 25],
    ['1.6tbase-x-osfp1600', 'OSFP1600', 1600, 1600 / 200],
    ['25gbase-x-sfp28', 'SFP28', 25, 1],
    ['10gbase-x-sfpp', 'SFP+', 10, 1],
    ['1000base-x-sfp', 'SFP', 1, 1],
    ['1000base-t', 'RJ45', 1, 1],
    ['10gbase-t', 'RJ45', 10, 1],
    ['infiniband-ndr', 'OSFP', 400, 4],
    ['infiniband-xdr', 'OSFP', 800, 4],
  ];
  for (const [type, formFactor, speedGbps, lanes] of cases) {
    assert.deepEqual(mapInterfaceType(type), { formFactor, speedGbps, lanes }, type);
  }
});

test('types that say nothing about a cage or speed map to null', () => {
  for (const t of ['other', '', 'virtual', 'ieee802.11ax', '100gbase-kr4']) assert.equal(mapInterfaceType(t), null, t);
});

test('front/rear port types map to connectors', () => {
  assert.equal(mapPassivePortType('lc-upc')?.formFactor, 'LC');
  assert.equal(mapPassivePortType('mpo')?.formFactor, 'MPO');
  assert.equal(mapPassivePortType('8p8c')?.formFactor, 'RJ45');
  assert.equal(mapPassivePortType('weird'), null);
});
