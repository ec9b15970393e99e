// `npm run bench -- snapshot`: opening a project in the renderer = one `project.snapshot` call.
// On the synthetic hall of canvas.bench (1,050 racks, 268,800 ports, 100,000 routed cables) times
// loadSnapshot, JSON.stringify of it, and the whole HTTP round trip over the loopback bridge
// (first byte and last byte, client side), each with wall and CPU time (min of the runs).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../db/open.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { startBridge } from '../../main/bridge/server.js';
import { ProjectSession } from '../../main/session/session.js';
import { buildHall } from './synthetic-hall.js';

const RUNS = 4;
const dir = mkdtempSync(join(tmpdir(), 'trayline-bench-'));
const file = join(dir, 'bench.trayline');

interface Sample { wall: number; cpu: number; extra?: Record<string, number> }

function timed(fn: () => Record<string, number> | void): Sample {
  const c0 = process.cpuUsage(), t0 = performance.now();
  const extra = fn() ?? undefined;
  const wall = performance.now() - t0, c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, extra };
}

async function timedAsync(fn: () => Promise<Record<string, number>>): Promise<Sample> {
  const c0 = process.cpuUsage(), t0 = performance.now();
  const extra = await fn();
  const wall = performance.now() - t0, c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, extra };
}

function report(what: string, xs: Sample[]): void {
  const min = (f: (s: Sample) => number) => Math.min(...xs.map(f)).toFixed(0);
  const first = xs[0]!;
  const extras = Object.keys(first.extra ?? {})
    .map((k) => `${k} ${min((s) => s.extra![k]!)}${k.endsWith('MB') ? '' : ' ms'}`)
    .join(', ');
  console.log(`${what}: wall ${min((s) => s.wall)} ms, CPU ${min((s) => s.cpu)} ms (min of ${xs.length}; first run wall ${first.wall.toFixed(0)} ms)${extras ? `; ${extras}` : ''}`);
}

try {
  const built = buildHall(file);
  console.log(`synthetic hall built in ${(built.ms / 1000).toFixed(1)} s`);

  const db = openProject(file);
  let snap = loadSnapshot(db);
  console.log(`snapshot: ${snap.racks.length} racks, ${snap.ports.length} ports, ${snap.cables.length} cables`);
  report('loadSnapshot', Array.from({ length: RUNS }, () => timed(() => void (snap = loadSnapshot(db)))));
  let text = '';
  report('JSON.stringify(snapshot)', Array.from({ length: RUNS }, () => timed(() => void (text = JSON.stringify(snap)))));
  console.log(`snapshot JSON: ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);
  db.close();

  // The bridge runs in this process, as in `trayline serve`; the client only receives the bytes
  // (the renderer's JSON.parse is not the server's cost).
  const session = ProjectSession.open(file);
  const bridge = await startBridge({ session, token: 'bench' });
  const url = `http://127.0.0.1:${bridge.port}/api/project.snapshot`;
  const call = async () => {
    const t0 = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-trayline-token': 'bench' }, body: '{}' });
    const reader = res.body!.getReader();
    let firstByte = -1, bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (firstByte < 0) firstByte = performance.now() - t0;
      bytes += value.length;
    }
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    return { 'first byte': firstByte, 'body MB': bytes / 1e6 };
  };
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await timedAsync(call));
  report('HTTP project.snapshot, unchanged project', samples);
  // After a write the server must rebuild the reply: the cost a user sees after every edit + reload.
  const fresh: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    session.project().db.prepare("UPDATE halls SET name = ? WHERE id = (SELECT min(id) FROM halls)").run(`Bench hall ${i}`);
    fresh.push(await timedAsync(call));
  }
  report('HTTP project.snapshot, after a write', fresh);
  await bridge.close();
  session.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
