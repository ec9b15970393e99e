// Every port is cabled at most once, and cables follow the documented assignment scheme.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planFabric, devicePorts, type FabricPlan } from '../../../core/fabric/plan.js';
import type { FabricInputsIn } from '../../../core/fabric/inputs.js';
import { FabricInputError } from '../../../core/fabric/hardware.js';
import { CATALOG } from './hardware-fixtures.js';

function make(inputs: FabricInputsIn): FabricPlan {
  return planFabric(inputs, CATALOG);
}

function assertPortsUsedOnce(p: FabricPlan, what: string): void {
  const t = p.arch.topo;
  const seen = new Set<number>();
  const stride = 1024; // more ports than any test device has
  for (let i = 0; i < t.linkCount; i++) {
    for (const [d, port] of [
      [t.a[i]!, p.portA[i]!],
      [t.b[i]!, p.portB[i]!],
    ] as const) {
      assert.ok(port < devicePorts(p, t.devices[d]!.role).length, `${what}: ${t.devices[d]!.name} port ${port} exists`);
      const key = d * stride + port;
      assert.ok(!seen.has(key), `${what}: ${t.devices[d]!.name} port ${devicePorts(p, t.devices[d]!.role)[port]!.name} used twice`);
      seen.add(key);
    }
  }
}

test('every port is used at most once, for every architecture at several sizes', () => {
  const cases: FabricInputsIn[] = [
    { arch: 'clos', gpus: 1024, server: 'test-dgx', switch: 'test-qm' },
    { arch: 'clos', gpus: 5000, server: 'test-dgx', switch: 'test-qm', oversubscription: 2 },
    { arch: 'clos', gpus: 432, server: 'test-host', switch: 'test-r48', tiers: 3 },
    { arch: 'rail-optimized', gpus: 760, server: 'test-dgx', switch: 'test-qm' },
    { arch: 'rail-optimized', scalableUnits: 17, server: 'test-dgx', switch: 'test-qm' },
    { arch: 'rail-optimized', gpus: 4096, server: 'test-dgx', switch: 'test-sn' },
    { arch: 'rail-only', gpus: 256, server: 'test-dgx', switch: 'test-qm' },
    { arch: 'rail-only', gpus: 3000, server: 'test-dgx', switch: 'test-qm' },
    { arch: 'dragonfly', gpus: 72, p: 2, a: 4, h: 2, server: 'test-host', switch: 'test-r7' },
    { arch: 'dragonfly', gpus: 300, p: 4, a: 8, h: 4, server: 'test-host', switch: 'test-r15' },
    { arch: 'dragonfly', gpus: 2048, server: 'test-dgx', switch: 'test-qm' },
  ];
  for (const c of cases) assertPortsUsedOnce(make(c), `${c.arch} ${c.gpus ?? `${c.scalableUnits} SU`}`);
});

test('rail-optimized: server s NIC r goes to leaf r of its SU, port s mod 32; leaf uplinks spread evenly over the spines', () => {
  const p = make({ arch: 'rail-optimized', gpus: 760, server: 'test-dgx', switch: 'test-qm' }); // 3 SU (H100 Table 4)
  const t = p.arch.topo;
  const nicNames = ['osfp1/1', 'osfp1/2', 'osfp2/1', 'osfp2/2', 'osfp3/1', 'osfp3/2', 'osfp4/1', 'osfp4/2'];
  const perPair = new Map<string, number>();
  for (let i = 0; i < t.linkCount; i++) {
    const a = t.devices[t.a[i]!]!;
    const b = t.devices[t.b[i]!]!;
    if (a.role === 'server') {
      const s = Number(a.name.replace('gpu', '')) - 1;
      const nic = p.server.ports[p.portA[i]!]!.name;
      const r = nicNames.indexOf(nic);
      assert.equal(b.name, `su${String(Math.floor(s / 32) + 1).padStart(2, '0')}-leaf-r${r + 1}`, `${a.name} ${nic}`);
      assert.equal(p.sw.ports[p.portB[i]!]!.name, `${Math.floor((s % 32) / 2) + 1}/${(s % 2) + 1}`, `${a.name} lands on leaf port ${s % 32}`);
    } else if (b.role === 'spine') {
      const k = `${a.name}>${b.name}`;
      perPair.set(k, (perPair.get(k) ?? 0) + 1);
    }
  }
  // 24 leaves x 16 spines, 32 uplinks each: every pair has 32 / 16 = 2 links.
  assert.equal(perPair.size, 24 * 16);
  for (const [k, n] of perPair) assert.equal(n, 2, k);
});

test('rail-only never joins two rails: every switch carries a single rail', () => {
  const p = make({ arch: 'rail-only', gpus: 3000, server: 'test-dgx', switch: 'test-qm' });
  const t = p.arch.topo;
  const railOf = new Map<number, string>();
  for (let i = 0; i < t.linkCount; i++) {
    const rail = (d: number) => /^r(\d+)-/.exec(t.devices[d]!.name)?.[1];
    if (t.devices[t.a[i]!]!.role === 'server') {
      const want = String(p.server.nicIdx.indexOf(p.portA[i]!) + 1);
      assert.equal(rail(t.b[i]!), want);
    } else {
      assert.equal(rail(t.a[i]!), rail(t.b[i]!), 'leaf and spine of the same rail');
    }
    railOf.set(t.b[i]!, rail(t.b[i]!)!);
  }
  assert.equal(new Set(railOf.values()).size, 8);
});

test('Dragonfly: routers in a group are fully connected and every pair of groups shares one global link', () => {
  const p = make({ arch: 'dragonfly', gpus: 1056, p: 4, a: 8, h: 4, server: 'test-host', switch: 'test-r15' });
  const t = p.arch.topo;
  const group = (d: number) => t.devices[d]!.name.split('-')[0]!;
  const pairs = new Map<string, number>();
  const local = new Map<string, number>();
  for (let i = 0; i < t.linkCount; i++) {
    if (t.tierNames[t.tier[i]!] === 'global') {
      const k = [group(t.a[i]!), group(t.b[i]!)].sort().join('~');
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
    } else if (t.tierNames[t.tier[i]!] === 'local') {
      assert.equal(group(t.a[i]!), group(t.b[i]!));
      const k = [t.a[i]!, t.b[i]!].sort().join('~');
      local.set(k, (local.get(k) ?? 0) + 1);
    }
  }
  const g = 33;
  assert.equal(pairs.size, (g * (g - 1)) / 2);
  for (const n of pairs.values()) assert.equal(n, 1);
  assert.equal(local.size, (g * 8 * 7) / 2);
});

test('refusals name the input: too many groups, a router radix too small, a rack budget below one server', () => {
  assert.throws(() => make({ arch: 'dragonfly', gpus: 73, p: 2, a: 4, h: 2, server: 'test-host', switch: 'test-r7' }), (e: unknown) => e instanceof FabricInputError && e.field === 'h');
  assert.throws(() => make({ arch: 'dragonfly', gpus: 64, p: 4, a: 8, h: 4, server: 'test-host', switch: 'test-r7' }), (e: unknown) => e instanceof FabricInputError && e.field === 'a');
  assert.throws(() => make({ arch: 'clos', gpus: 64, server: 'test-dgx', switch: 'test-qm', rackPowerBudgetW: 5000 }), (e: unknown) => e instanceof FabricInputError && e.field === 'rackPowerBudgetW');
  assert.throws(() => make({ arch: 'clos', gpus: 64, tiers: 2, server: 'test-host', switch: 'test-r4' }), (e: unknown) => e instanceof FabricInputError && e.field === 'tiers');
});

test('switch ports faster than the NIC are split by their breakout (SN5600-like 800G as 2 x 400G)', () => {
  const p = make({ arch: 'rail-optimized', gpus: 256, server: 'test-dgx', switch: 'test-sn' });
  assert.equal(p.sw.radix, 128);
  assert.equal(p.sw.breakout, 2);
  assert.equal(p.sw.ports[p.sw.fabricIdx[1]!]!.name, 'swp1s1');
  assert.equal(p.sw.ports[p.sw.fabricIdx[1]!]!.speedGbps, 400);
});

test('racks: servers per rack respect the power budget; network racks sit in the middle of each SU run', () => {
  const p = make({ arch: 'rail-optimized', scalableUnits: 1, server: 'test-dgx', switch: 'test-qm', rackPowerBudgetW: 32_000 });
  // 10.2 kW + 8 NICs x 17 W optics allowance = 10.336 kW per server: 3 (31.0 kW) fit in 32 kW, 4 do not.
  assert.equal(p.placement.serversPerRack, 3);
  const kinds = p.placement.racks.filter((r) => r.row === 0).map((r) => r.kind);
  const computeRacks = Math.ceil(32 / 3);
  // 11 compute racks with the leaf rack after the first 6; the one spine rack closes this (the only,
  // so the middle) compute row rather than standing alone in a row of its own.
  assert.equal(kinds.length, computeRacks + 2);
  assert.equal(kinds.indexOf('network'), Math.ceil(computeRacks / 2));
  assert.equal(kinds.at(-1), 'network');
  assert.equal(new Set(p.placement.racks.map((r) => r.row)).size, 1, 'no row of its own for one spine rack');
  for (const r of p.placement.racks) if (r.kind === 'compute') assert.equal(r.powerBudgetW, 32_000);
});
