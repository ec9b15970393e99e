// `new Channels(...)` alone on a generated hall's snapshot, as the check session builds it (world
// maps, cables per port in cable order). Prints CPU ms of the first build (a fresh process: what a
// generation pays) and of later ones, and a digest of every link to compare two trees' answers.
//   node --import tsx test/bench/channels-build.ts FILE.trayline [BUILDS]
// FROM=DIR builds with DIR's core/routing/channel.ts instead (another worktree, same snapshot).
import { createHash } from 'node:crypto';
import { openProject } from '../../db/open.js';
import { loadSnapshot } from '../../db/snapshot.js';
import { buildWorld } from '../../core/routing/world.js';
import { DenseIdIndex } from '../../core/model/id-index.js';
import { largestId } from '../../core/model/id-map.js';
import type { Channels as ChannelsClass } from '../../core/routing/channel.js';

const [file, buildsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: channels-build.ts FILE.trayline [BUILDS]');
const from = process.env.FROM ?? new URL('../..', import.meta.url).pathname;
const { Channels } = (await import(`${from}/core/routing/channel.js`)) as { Channels: typeof ChannelsClass };

const db = openProject(file);
const read = loadSnapshot(db);
db.close();
// fresh objects in id order, as a generation makes them (rows read from SQLite lie scattered)
const snapshot = { ...read, ports: read.ports.map((p) => ({ ...p })), cables: read.cables.map((c) => ({ ...c })) };
const world = buildWorld(snapshot);
const onPort = new DenseIdIndex(largestId(world.ports) + 1);
for (const c of snapshot.cables) {
  onPort.add(c.aPortId, c.id);
  onPort.add(c.bPortId, c.id);
}
const input = { ...world, cablesOnPort: (p: number) => onPort.get(p) };

const cpu: number[] = [];
let ch: ChannelsClass | null = null;
for (let i = 0; i < Number(buildsArg ?? 5); i++) {
  const c0 = process.cpuUsage();
  ch = new Channels(input);
  const u = process.cpuUsage(c0);
  cpu.push(Math.round((u.user + u.system) / 100) / 10);
}
const h = createHash('sha256');
for (const l of ch!.all()) h.update(JSON.stringify(l));
const rest = cpu.slice(1).sort((a, b) => a - b);
console.log(JSON.stringify({ links: ch!.size, first: cpu[0], restMin: rest[0], restMedian: rest[rest.length >> 1], digest: h.digest('hex').slice(0, 16) }));
