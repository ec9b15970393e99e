// Issue 15's "done when", as a user runs it on a fresh project: a generated rail-optimized
// 256-GPU InfiniBand fabric exported for Slurm, UFM and ibnetdiscover, and audited back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, tempDir } from './run-cli.js';

const dir = tempDir();
const file = join(dir, 'f.trayline');
const out = (name: string) => join(dir, name);

assert.equal(cli('new', file).code, 0);
const gen = cli('generate', file, '--arch', 'rail-optimized', '--gpus', '256', '--json');
assert.equal(gen.code, 0, gen.stderr);
const generated = JSON.parse(gen.stdout) as { servers: number; links: { total: number } };
// the layout JSON lists what the plan holds, independently of the exports under test
const layout = JSON.parse(cli('export', file, '--format', 'json', '--out', '-').stdout) as {
  devices: { name: string; type: string }[];
  cables: { label: string; a: { device: string; port: string }; b: { device: string; port: string } }[];
};
const servers = layout.devices.filter((d) => d.type === 'nvidia-dgx-h100').map((d) => d.name);

/** Slurm hostlist expansion, enough for "gpu[0001-0032],node7". */
function expand(list: string): string[] {
  const out: string[] = [];
  for (const part of list.match(/[^,[]+(\[[^\]]*\])?[^,]*/g) ?? []) {
    const m = /^(.*)\[([^\]]*)\](.*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    for (const r of m[2]!.split(',')) {
      const [lo, hi = lo] = r.split('-') as [string, string?];
      for (let n = Number(lo); n <= Number(hi); n++) out.push(`${m[1]}${String(n).padStart(lo.length, '0')}${m[3]}`);
    }
  }
  return out;
}

test('the generated fabric: 32 DGX servers and 512 links (the figures the other tests rely on)', () => {
  assert.equal(servers.length, 256 / 8);
  assert.equal(generated.servers, servers.length);
  assert.equal(layout.cables.length, generated.links.total);
});

test('export --format slurm-topology lists every server under a leaf, and the leaves under the spines', () => {
  const r = cli('export', file, '--format', 'slurm-topology', '--out', '-');
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('SwitchName='));
  const leafLines = lines.filter((l) => / Nodes=/.test(l));
  const under = new Set(leafLines.flatMap((l) => expand(/ Nodes=(\S+)/.exec(l)![1]!)));
  assert.deepEqual([...under].sort(), [...servers].sort());
  // rail-optimized, one SU: 8 rail leaves, each with all 32 servers of the SU
  assert.equal(leafLines.length, 8);
  const leaves = leafLines.map((l) => /^SwitchName=(\S+)/.exec(l)![1]!);
  for (const l of lines.filter((x) => / Switches=/.test(x))) assert.deepEqual(expand(/ Switches=(\S+)/.exec(l)![1]!).sort(), [...leaves].sort());
  const block = cli('export', file, '--format', 'slurm-topology', '--block', '--out', '-');
  assert.match(block.stdout, /^BlockName=su01 Nodes=gpu\[0001-0032\]$/m);
});

test('export --format ufm-p2p-xlsx: one row per link under a header naming A-Node Name and Z-Node Name', async () => {
  const path = out('p2p.xlsx');
  assert.equal(cli('export', file, '--format', 'ufm-p2p-xlsx', '--out', path).code, 0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  assert.deepEqual(header, ['A-Rack', 'A-U', 'A-Node Name', 'A-Type', 'A-Port', 'Z-Rack', 'Z-U', 'Z-Node Name', 'Z-Type', 'Z-Port']);
  assert.equal(ws.actualRowCount - 1, layout.cables.length);
  // hosts on the A side with their adapter number: gpu0001's first OSFP port is host port 1
  const first = (ws.getRow(2).values as unknown[]).slice(1);
  assert.deepEqual([first[2], first[3], first[4], first[8]], ['gpu0001', 'Host', '1', 'Switch']);
});

test('export --format ibnetdiscover, then audit it: every link matched, exit 0; one link removed at both ends: exactly it missing, exit 1', () => {
  const topo = out('plan.topo');
  assert.equal(cli('export', file, '--format', 'ibnetdiscover', '--out', topo).code, 0);
  const ok = cli('audit', file, '--as-built', topo, '--format', 'ibnetdiscover', '--json');
  assert.equal(ok.code, 0, ok.stderr);
  const all = JSON.parse(ok.stdout);
  assert.deepEqual([all.matched, all.missing, all.unexpected, all.miswired, all.unaudited], [layout.cables.length, 0, 0, 0, 0]);

  // gpu0005's adapter mlx5_2 is its third OSFP port, osfp2/1 (osfp1/1, osfp1/2, osfp2/1 ...):
  // drop the line at the leaf and the adapter's own block
  const text = readFileSync(topo, 'utf8');
  const lines = text.split('\n');
  const atLeaf = lines.findIndex((l) => /^\[\d+\]\t"H-/.test(l) && l.includes('"gpu0005 mlx5_2"'));
  const caHead = lines.findIndex((l) => l.startsWith('Ca\t') && l.includes('"gpu0005 mlx5_2"'));
  assert.ok(atLeaf > 0 && caHead > 0);
  const cut = lines.filter((_, i) => i !== atLeaf && i !== caHead + 1);
  const broken = out('broken.topo');
  writeFileSync(broken, cut.join('\n'));
  const r = cli('audit', file, '--as-built', broken, '--format', 'ibnetdiscover', '--json');
  assert.equal(r.code, 1, r.stderr);
  const res = JSON.parse(r.stdout);
  assert.deepEqual([res.matched, res.missing, res.unexpected, res.miswired], [layout.cables.length - 1, 1, 0, 0]);
  const want = layout.cables.find((c) => (c.a.device === 'gpu0005' && c.a.port === 'osfp2/1') || (c.b.device === 'gpu0005' && c.b.port === 'osfp2/1'))!;
  assert.equal(res.items[0].planned[0].label, want.label);
  // removed at one end only, the other end still reports it
  const oneEnd = out('one-end.topo');
  writeFileSync(oneEnd, lines.filter((_, i) => i !== atLeaf).join('\n'));
  assert.equal(cli('audit', file, '--as-built', oneEnd).code, 0);
});

test('the UFM P2P workbook and the bring-up waves read back: audit --wave 4 is the SU\'s compute links', () => {
  const p2p = out('p2p.xlsx');
  const r = cli('audit', file, '--as-built', p2p, '--json');
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).matched, layout.cables.length);
  const csv = cli('export', file, '--format', 'bring-up-csv', '--out', '-').stdout.trim().split('\n').slice(1).map((l) => l.split(','));
  const cables = csv.filter((c) => c[2] === 'cable');
  assert.equal(cables.length, layout.cables.length);
  // 256 server-leaf links in wave 4 (SU 01), the 256 leaf-spine links in wave 3
  assert.deepEqual([cables.filter((c) => c[0] === '3').length, cables.filter((c) => c[0] === '4').length], [256, 256]);
  const w4 = cli('audit', file, '--as-built', out('plan.topo'), '--wave', '4', '--json');
  const res = JSON.parse(w4.stdout);
  assert.deepEqual([res.wave, res.matched, res.unexpected, res.unaudited], [4, 256, 0, 0]);
});

test('ufm-hca-mapping-csv and ufm-layout-csv', () => {
  const map = cli('export', file, '--format', 'ufm-hca-mapping-csv', '--out', '-').stdout.trim().split('\n');
  // DGX H100: 8 x 400G OSFP compute ports, then 4 x 400G QSFP112 storage/in-band ports
  assert.deepEqual(map.slice(0, 3), ['port,hca-name', '1,mlx5_0', '2,mlx5_1']);
  assert.equal(map.length, 1 + 12);
  const layoutCsv = cli('export', file, '--format', 'ufm-layout-csv', '--out', '-').stdout.trim().split('\n');
  assert.equal(layoutCsv[0], 'Rack,Data Hall,Scalable Unit,Row');
  const racks = new Set(layoutCsv.slice(1).map((l) => l.split(',')[0]));
  assert.equal(racks.size, layoutCsv.length - 1);
  assert.ok(layoutCsv.slice(1).some((l) => l.split(',')[2] === 'SU 01'));
});
