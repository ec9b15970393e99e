// Every interface type NetBox defines (InterfaceTypeChoices, copied with its group into
// test/fixtures/netbox/interface-types.tsv) is mapped or reported by name: none is "unknown".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classifyInterfaceType, mapInterfaceType } from '../../../core/catalog/netbox/interface-types.js';

const rows = readFileSync(fileURLToPath(new URL('../../fixtures/netbox/interface-types.tsv', import.meta.url)), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string]);

/** The speed NetBox's own group gives, Gb/s ("100 Gbps Ethernet" -> 100, "1.6 Tbps" -> 1600). */
function groupSpeed(group: string): number[] | null {
  if (group.startsWith('FastEthernet')) return [0.1];
  if (group.startsWith('GigabitEthernet')) return [1];
  if (group.startsWith('2.5/5')) return [2.5, 5];
  const m = /^([\d.]+) (G|T)bps Ethernet$/.exec(group);
  return m ? [Number(m[1]) * (m[2] === 'T' ? 1000 : 1)] : null;
}

test('the fixture is NetBox\'s full list (217 types in 26 groups)', () => {
  assert.equal(rows.length, 217);
  assert.equal(new Set(rows.map((r) => r[1])).size, 26);
});

test('no NetBox interface type is unknown to Trayline', () => {
  const unknown = rows.filter(([slug]) => classifyInterfaceType(slug).kind === 'unknown').map(([slug]) => slug);
  assert.deepEqual(unknown, []);
});

test('each NetBox group lands where it should: cages mapped, Ethernet at its group\'s speed, wireless and backplane reported', () => {
  for (const [slug, group] of rows) {
    const c = classifyInterfaceType(slug);
    if (group === 'Virtual interfaces') assert.equal(c.kind, 'virtual', slug);
    else if (group === 'Pluggable transceivers' || group === 'FibreChannel' || group === 'InfiniBand') {
      assert.equal(c.kind, 'port', slug);
      assert.notEqual(mapInterfaceType(slug)!.formFactor, 'unknown', slug);
    } else if (['Wireless', 'Cellular', 'Backplane Ethernet', 'Stacking', 'PON', 'SONET', 'Serial', 'ATM', 'Coaxial', 'Other'].includes(group)) {
      assert.equal(c.kind, 'not-mapped', slug);
      assert.ok('reason' in c && c.reason.length > 0, slug);
    } else {
      const speeds = groupSpeed(group);
      assert.ok(speeds, `${slug}: unexpected group ${group}`);
      assert.ok(c.kind === 'port' || c.kind === 'pmd', slug);
      assert.ok(speeds!.includes(mapInterfaceType(slug)!.speedGbps), `${slug}: ${mapInterfaceType(slug)!.speedGbps} Gb/s, group ${group}`);
    }
  }
});

test('cages NetBox added lately: DSFP, CDFP, CXP, CPAK, OSFP1600-RHS', () => {
  // DSFP: 2 lanes of 50G; CDFP: 16 x 25G; CXP and CPAK: 10 x 10G for 100GE
  assert.deepEqual(mapInterfaceType('100gbase-x-dsfp'), { formFactor: 'DSFP', speedGbps: 100, lanes: 100 / 50 });
  assert.deepEqual(mapInterfaceType('400gbase-x-cdfp'), { formFactor: 'CDFP', speedGbps: 400, lanes: 400 / 25 });
  assert.deepEqual(mapInterfaceType('100gbase-x-cxp'), { formFactor: 'CXP', speedGbps: 100, lanes: 100 / 10 });
  assert.deepEqual(mapInterfaceType('100gbase-x-cpak'), { formFactor: 'CPAK', speedGbps: 100, lanes: 100 / 10 });
  assert.deepEqual(mapInterfaceType('1.6tbase-x-osfp1600-rhs'), { formFactor: 'OSFP1600-RHS', speedGbps: 1600, lanes: 1600 / 200 });
  // A PMD name keeps its speed and lane count but no cage.
  assert.deepEqual(mapInterfaceType('400gbase-dr4'), { formFactor: 'unknown', speedGbps: 400, lanes: 4 });
  // 1000BASE-LX10: the 10 is a reach (km), not lanes
  assert.equal(mapInterfaceType('1000base-lx10')!.lanes, 1);
  assert.equal(classifyInterfaceType('no-such-type').kind, 'unknown');
});
