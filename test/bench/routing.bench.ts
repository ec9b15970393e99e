// Route + check a synthetic hall of 1000 racks and 100,000 cables, then time incremental
// re-checks after single edits. Prints numbers; asserts nothing (timings are not tests).
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { CheckSession } from '../../core/checks/session.js';
import { planRouting } from '../../core/routing/route-all.js';
import { hall } from './routing-hall.js';

let lastCpuMs = 0;
/** Wall time; the process's CPU time (which a loaded machine inflates less) goes to lastCpuMs. */
function time<T>(fn: () => T): [T, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const c = process.cpuUsage(c0);
  lastCpuMs = (c.user + c.system) / 1000;
  return [out, performance.now() - t0];
}
const cpu = () => `, ${lastCpuMs.toFixed(0)} ms CPU`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const snap = hall();
console.log(`load average ${loadavg()[0]!.toFixed(1)} on this machine (timings scale with it)`);
console.log(`hall: ${snap.racks.length} racks, ${snap.devices.length} devices, ${snap.ports.length} ports, ${snap.cables.length} cables, ${snap.trays.length} trays`);

const [plan, routeMs] = time(() => planRouting(snap));
const unroutable = plan.routes.filter((r) => r.routedMm == null).length;
const totalKm = plan.routes.reduce((s, r) => s + (r.routedMm ?? 0), 0) / 1e6;
console.log(`route only (planRouting):            ${routeMs.toFixed(0)} ms${cpu()}  (${unroutable} unroutable, ${totalKm.toFixed(1)} km)`);

const [session, fullMs] = time(() => new CheckSession(snap));
const counts = session.counts();
const summary = Object.entries(counts).filter(([, c]) => c.errors + c.warnings > 0).map(([r, c]) => `${r} ${c.errors}E/${c.warnings}W`).join(', ');
console.log(`route + check (new CheckSession):    ${fullMs.toFixed(0)} ms${cpu()}  (${session.violations().length} violations: ${summary || 'none'})`);

// The figure above is a new process's first check: V8 compiles its code as it runs (about 300 ms
// of CPU on its helper threads). The app's process checks again on every reopen, import or
// generation with that code compiled: the next two full checks, each from scratch.
const again: string[] = [];
for (let i = 0; i < 2; i++) {
  const [, ms] = time(() => new CheckSession(snap).counts());
  again.push(`${ms.toFixed(0)} ms${cpu()}`);
}
console.log(`route + check again, same process:   ${again.join('; ')}`);

const [, autoMs] = time(() => planRouting(snap, { autoMedia: 'all' }));
console.log(`route + auto media for all cables:   ${autoMs.toFixed(0)} ms${cpu()}`);

// Incremental re-checks after one edit each, median of 21 runs (alternating so each really changes)
// after 6 unmeasured ones: otherwise a case's figure depends on which code the cases before it
// happened to warm up (a cheaper first case left the second one's code cold).
const rack = snap.racks[500]!;
const dev = snap.devices.find((d) => d.rackId === rack.id)!;
const cable = snap.cables[12345]!;
const cases: [string, (i: number) => Parameters<CheckSession['applyPatch']>[0]][] = [
  ['rack power budget', (i) => ({ put: { rack: [{ ...rack, powerBudgetW: i % 2 ? 100 : 9000 }] }, del: {} })],
  ['move a device (re-routes its cables)', (i) => ({ put: { device: [{ ...dev, u: i % 2 ? 41 : dev.u }] }, del: {} })],
  ['move a rack (re-routes its cables)', (i) => ({ put: { rack: [{ ...rack, yMm: rack.yMm + (i % 2 ? 300 : 0) }] }, del: {} })],
  ['change one cable\'s media', (i) => ({ put: { cable: [{ ...cable, mediaId: i % 2 ? 'DAC' : cable.mediaId }] }, del: {} })],
];
for (const [name, patch] of cases) {
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let checked = 0;
  for (let i = 1; i <= 6; i++) session.applyPatch(patch(i));
  for (let i = 1; i <= 21; i++) {
    const [d, t] = time(() => session.applyPatch(patch(i)));
    ms.push(t);
    cpuMs.push(lastCpuMs);
    checked = Math.max(checked, session.lastChecked);
    void d;
  }
  console.log(`incremental re-check, ${name.padEnd(38)} median ${median(ms).toFixed(2)} ms (${median(cpuMs).toFixed(2)} ms CPU), max ${Math.max(...ms).toFixed(2)} ms (${checked} owner checks)`);
}
const [, violMs] = time(() => session.violations());
console.log(`collect all violations after an update: ${violMs.toFixed(1)} ms${cpu()}`);
