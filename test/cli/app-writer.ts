// The app's side of test/cli/multi-writer.test.ts, in its own process as the app is: a project
// session applying one gesture after another (a rack's power budget 1000, 2000, ... W) through
// dispatch, as IPC and the bridge do, until its stdin closes; then one JSON line with what it saw.
// Run: node --import tsx test/cli/app-writer.ts PROJECT RACK_ID
import { dispatch } from '../../main/handlers/dispatch.js';
import { ProjectSession } from '../../main/session/session.js';

const [project, rackArg] = process.argv.slice(2) as [string, string];
let stop = false;
process.stdin.on('data', () => {});
process.stdin.on('end', () => (stop = true));
process.stdin.resume();

const session = ProjectSession.open(project);
const ctx = session.context();
const out = { attempted: 0, ok: 0, failed: 0, lastOk: null as number | null, messages: [] as string[] };
process.stdout.write('ready\n');
while (!stop || out.attempted < 20) {
  const watts = 1000 * (out.attempted + 1);
  out.attempted++;
  const r = await dispatch(ctx, 'edit.apply', { label: `Power ${watts}`, ops: [{ op: 'update', kind: 'rack', id: Number(rackArg), patch: { powerBudgetW: watts } }] });
  if (r.ok) {
    out.ok++;
    out.lastOk = watts;
  } else {
    out.failed++;
    if (!out.messages.includes(r.error.message)) out.messages.push(r.error.message);
  }
  // Let stdin's end be seen between two gestures.
  await new Promise<void>((resolve) => setImmediate(resolve));
}
session.close();
process.stdout.write(JSON.stringify(out) + '\n');
