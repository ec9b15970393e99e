// Layout JSON and the bridge: parse + check + import of 20,000 cables (one transaction, no undo
// step at that size), the canonical export of the result, creating the demo project, and the
// loopback bridge's round trip for a small call.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseLayoutText } from '../../db/layout-parse.js';
import { importLayout } from '../../db/layout-import.js';
import { exportLayout, formatLayout } from '../../db/layout-export.js';
import { openProject } from '../../db/open.js';
import { createProject } from '../../main/app/project.js';
import { ProjectSession } from '../../main/session/session.js';
import { startBridge } from '../../main/bridge/server.js';
import { bigLayout } from '../fixtures/layout/big-layout.js';

const dir = mkdtempSync(join(tmpdir(), 'trayline-bench-'));
const secs = (t: number) => ((performance.now() - t) / 1000).toFixed(2);
const CABLES = 20_000;

const layoutPath = join(dir, 'big.json');
writeFileSync(layoutPath, JSON.stringify(bigLayout(CABLES)));
const project = join(dir, 'big.trayline');
createProject(project);
const db = openProject(project);
let t = performance.now();
const { layout, locate } = parseLayoutText(readFileSync(layoutPath, 'utf8'), layoutPath);
console.log(`parse + validate ${CABLES} cables: ${secs(t)} s`);
t = performance.now();
const counts = importLayout(db, layout, { locate });
console.log(`import ${counts.devices} devices, ${counts.ports} ports, ${counts.cables} cables in one transaction: ${secs(t)} s (aim < 3 s)`);
t = performance.now();
const text = formatLayout(exportLayout(db));
console.log(`export json: ${secs(t)} s, ${(text.length / 1e6).toFixed(1)} MB`);
db.close();
console.log(`project file: ${(statSync(project).size / 1e6).toFixed(1)} MB`);

t = performance.now();
createProject(join(dir, 'demo.trayline'), { demo: true });
console.log(`new --demo (catalog + demo hall): ${secs(t)} s`);

const session = ProjectSession.open(join(dir, 'demo.trayline'));
const bridge = await startBridge({ session, port: 0 });
const N = 200;
t = performance.now();
for (let i = 0; i < N; i++) {
  await fetch(`http://127.0.0.1:${bridge.port}/api/project.info`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-trayline-token': bridge.token }, body: '{}' });
}
console.log(`bridge round trip (project.info): ${(((performance.now() - t) / N)).toFixed(2)} ms per call over ${N} calls`);
t = performance.now();
const snap = await (await fetch(`http://127.0.0.1:${bridge.port}/api/project.snapshot`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-trayline-token': bridge.token }, body: '{}' })).text();
console.log(`bridge project.snapshot of the demo: ${secs(t)} s, ${(snap.length / 1e6).toFixed(2)} MB`);
await bridge.close();
session.close();
rmSync(dir, { recursive: true, force: true });
