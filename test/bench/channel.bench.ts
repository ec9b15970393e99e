// Traces the links of a structured hall of 100,000 links (jumper -> panel -> trunk -> panel ->
// jumper each), then re-traces after moving one trunk. Prints numbers; asserts nothing.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Channels } from '../../core/routing/channel.js';
import { structuredHall } from './structured-hall.js';

const hall = structuredHall(100_000);
const input = { ...hall, cablesOnPort: (p: number) => hall.onPort.get(p) };
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const ch = new Channels(input);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  console.log(`trace ${ch.size} links over ${hall.cables.size} cables: ${ms.toFixed(0)} ms (cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, load ${loadavg()[0]!.toFixed(1)})`);
  if (run === 2) {
    const trunk = [...hall.cables.values()].find((c) => hall.ports.get(c.aPortId)!.kind === 'rear-port')!;
    const t1 = performance.now();
    const r = ch.update([trunk.aPortId, trunk.bPortId]);
    console.log(`re-trace around one trunk: ${r.removed.length} links removed, ${r.added.length} made, ${(performance.now() - t1).toFixed(2)} ms`);
  }
}
