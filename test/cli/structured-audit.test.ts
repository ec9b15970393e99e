// `trayline audit` of a structured hall from LLDP (issue 13: "Audit compares links end to end; a
// miswire is shown on its channel"). The hall is test/fixtures/layout/structured-two-rows.json
// with its two switches made Ethernet switches that speak LLDP (NVIDIA SN5600, ports swp1-swp64):
// leaf port k/j becomes swp(2(k-1)+j), so link n (n = 1..12) runs
//   leaf-a01 swpN - JA-nn - panel-a01 Fn (T1:n) - TRK-A01-B01 - panel-b01 Fn (T1:n) - JB-nn - spine-b01 swpN.
// LLDP sees only the two switch ports of each link; the captures below are lldpd JSON
// (`lldpcli -f json show neighbors`, the shape of test/fixtures/audit/lldpd/), one per switch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, tempDir } from './run-cli.js';

interface LayoutCable {
  label: string;
  a: { device: string; port: string };
  b: { device: string; port: string };
  opticA?: string;
  opticB?: string;
}

const dir = tempDir();
const file = join(dir, 'eth.trayline');
{
  const doc = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/layout/structured-two-rows.json'), 'utf8'));
  for (const d of doc.devices as { name: string; type: string }[]) if (d.name === 'leaf-a01' || d.name === 'spine-b01') d.type = 'nvidia-sn5600';
  const swp = (p: string) => {
    const m = /^(\d+)\/(\d+)$/.exec(p);
    return m ? `swp${2 * (Number(m[1]) - 1) + Number(m[2])}` : p;
  };
  for (const c of doc.cables as LayoutCable[]) {
    for (const e of [c.a, c.b]) if (!e.device.startsWith('panel')) e.port = swp(e.port);
    // the fixture's NDR optics do not fit the SN5600's cages; the audit does not judge optics
    delete c.opticA;
    delete c.opticB;
  }
  const layout = join(dir, 'eth.json');
  writeFileSync(layout, JSON.stringify(doc));
  assert.equal(cli('new', file).code, 0);
  const r = cli('import', file, layout);
  assert.equal(r.code, 0, r.stderr);
}

/** One lldpd JSON capture per switch for the links [leaf port, spine port] found on the floor. */
function captures(name: string, links: [number, number][]): string {
  const out = join(dir, name);
  mkdirSync(out);
  const neighbour = (local: string, host: string, port: string, mac: string) => ({
    [local]: {
      via: 'LLDP',
      rid: '1',
      age: '0 day, 00:42:10',
      chassis: { [host]: { id: { type: 'mac', value: mac }, descr: 'Cumulus Linux version 5.9.1 running on NVIDIA SN5600', capability: [{ type: 'Bridge', enabled: true }] } },
      port: { id: { type: 'ifname', value: port }, descr: port, ttl: '120' },
    },
  });
  const leaf = links.map(([l, s]) => neighbour(`swp${l}`, 'spine-b01', `swp${s}`, '9c:05:91:00:00:02'));
  const spine = links.map(([l, s]) => neighbour(`swp${s}`, 'leaf-a01', `swp${l}`, '9c:05:91:00:00:01')).sort((x, y) => Object.keys(x)[0]!.localeCompare(Object.keys(y)[0]!, 'en', { numeric: true }));
  writeFileSync(join(out, 'leaf-a01.json'), JSON.stringify({ lldp: { interface: leaf } }, null, 2));
  writeFileSync(join(out, 'spine-b01.json'), JSON.stringify({ lldp: { interface: spine } }, null, 2));
  return out;
}

interface AuditItem {
  class: string;
  detail: string;
  planned: { label: string; channel?: { cables: { label: string }[]; panels: { device: string; front: string; rear: string; position: number }[] } }[];
}
function audit(folder: string): { code: number | null; out: { matched: number; missing: number; unexpected: number; miswired: number; swapped: number; items: AuditItem[] } } {
  const r = cli('audit', file, '--as-built', folder, '--json');
  assert.notEqual(r.code, 2, r.stderr);
  return { code: r.code, out: JSON.parse(r.stdout) };
}
const planned: [number, number][] = Array.from({ length: 12 }, (_, i) => [i + 1, i + 1]);
const channel = (n: number) => {
  const nn = String(n).padStart(2, '0');
  return `channel JA-${nn}, panel-a01 F${n} (T1:${n}), TRK-A01-B01, panel-b01 F${n} (T1:${n}), JB-${nn}`;
};

test('a structured hall installed as planned: 12 links matched end to end through the panels, no findings, exit 0', () => {
  const { code, out } = audit(captures('clean', planned));
  assert.deepEqual([out.matched, out.missing, out.unexpected, out.miswired, out.swapped, out.items.length], [12, 0, 0, 0, 0, 0]);
  assert.equal(code, 0);
});

test('two jumpers swapped at panel-a01 (JA-01 on F2, JA-02 on F1): one swap naming both links with their channels', () => {
  // leaf swp1 now reaches F2 -> position 2 -> spine swp2, and swp2 reaches spine swp1
  const { code, out } = audit(captures('jumpers', planned.map(([l, s]) => [l, l === 1 ? 2 : l === 2 ? 1 : s])));
  assert.equal(code, 1);
  assert.deepEqual([out.matched, out.swapped, out.items.length], [10, 1, 1]);
  const item = out.items[0]!;
  assert.equal(item.class, 'swapped');
  assert.equal(
    item.detail,
    `JA-01 > TRK-A01-B01 > JB-01 and JA-02 > TRK-A01-B01 > JB-02 swapped: leaf-a01 swp1 goes to spine-b01 swp1 in the plan and spine-b01 swp2 on the floor; ${channel(1)}; ${channel(2)}`,
  );
  assert.deepEqual(item.planned[0]!.channel!.cables.map((c) => c.label), ['JA-01', 'TRK-A01-B01', 'JB-01']);
  assert.deepEqual(item.planned[1]!.channel!.panels, [
    { device: 'panel-a01', front: 'F2', rear: 'T1', position: 2 },
    { device: 'panel-b01', front: 'F2', rear: 'T1', position: 2 },
  ]);
});

test('trunk positions 7 and 8 crossed: the swap names the two links and the trunk positions they should use', () => {
  const { code, out } = audit(captures('trunk', planned.map(([l, s]) => [l, l === 7 ? 8 : l === 8 ? 7 : s])));
  assert.equal(code, 1);
  assert.deepEqual([out.matched, out.swapped, out.items.length], [10, 1, 1]);
  const [item] = out.items;
  assert.equal(
    item!.detail,
    `JA-07 > TRK-A01-B01 > JB-07 and JA-08 > TRK-A01-B01 > JB-08 swapped: leaf-a01 swp7 goes to spine-b01 swp7 in the plan and spine-b01 swp8 on the floor; ${channel(7)}; ${channel(8)}`,
  );
});

test('a jumper left out (JB-05 not patched): link 5 missing, named with its channel', () => {
  const { code, out } = audit(captures('missing', planned.filter(([l]) => l !== 5)));
  assert.equal(code, 1);
  assert.deepEqual([out.matched, out.missing, out.items.length], [11, 1, 1]);
  assert.equal(out.items[0]!.detail, `JA-05 > TRK-A01-B01 > JB-05: leaf-a01 swp5 - spine-b01 swp5 not found; ${channel(5)}`);
});
