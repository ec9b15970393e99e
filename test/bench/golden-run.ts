// The golden dump as a whole (usage: test/bench/golden.ts): every part of a project file, and the
// 1,024-GPU halls of test/fixtures/golden-1k.json, generated the way `trayline generate` does.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FabricInputsIn } from '../../core/fabric/inputs.js';
import { generateFabric } from '../../main/app/fabric.js';
import { closeProject, createProject, openProjectFile } from '../../main/app/project.js';
import { editScriptParts } from './golden-edits.js';
import { checkInfoParts, exportParts, hashText, snapshotParts, tableParts, totalOf, type Part } from './golden-parts.js';

export interface GoldenOptions {
  /** Run the edit script on a copy (default false). */
  edits?: boolean;
  /** Hash every export format (default true), or those whose name passes. */
  exports?: boolean | ((name: string) => boolean);
}

// GOLDEN_TIMES=1 prints each phase's wall time on stderr.
const TIMES = !!process.env.GOLDEN_TIMES;
function timed<T>(what: string, f: () => T): T {
  const t = performance.now();
  const r = f();
  if (TIMES) process.stderr.write(`${what} ${Math.round(performance.now() - t)} ms\n`);
  return r;
}
async function timedAsync<T>(what: string, f: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const r = await f();
  if (TIMES) process.stderr.write(`${what} ${Math.round(performance.now() - t)} ms\n`);
  return r;
}

/** Every part of the project at `file` (opened read-only; the edit script runs on a copy). */
export async function goldenParts(file: string, opts: GoldenOptions = {}): Promise<Part[]> {
  const p = openProjectFile(file, { readonly: true });
  const parts: Part[] = [];
  try {
    parts.push(...timed('tables', () => tableParts(p.db)), ...timed('snapshot', () => snapshotParts(p.db)), ...timed('check+info', () => checkInfoParts(file, p.db)));
    const only = typeof opts.exports === 'function' ? opts.exports : undefined;
    if (opts.exports !== false) parts.push(...(await timedAsync('exports', () => exportParts(p.db, only))));
  } finally {
    closeProject(p);
  }
  if (opts.edits) parts.push(...timed('edits', () => editScriptParts(file)));
  return parts;
}

/** The halls of the fixture: 1,024 GPUs rail-optimized, radix 64, 8 rails, structured and auto. */
export const GOLDEN_HALLS: Record<string, FabricInputsIn> = {
  'structured-1k': { arch: 'rail-optimized', gpus: 1024, radix: 64, rails: 8, cabling: 'structured' },
  'auto-1k': { arch: 'rail-optimized', gpus: 1024, radix: 64, rails: 8, cabling: 'auto' },
};

export const FIXTURE = new URL('../fixtures/golden-1k.json', import.meta.url).pathname;

export interface GoldenHall {
  total: string;
  parts: Record<string, [sha: string, count: number]>;
}

/**
 * A new project with the hall generated into it (routed, as the CLI does), then every part, the
 * generate result (without its timings) first.
 */
export async function goldenOfGenerated(inputs: FabricInputsIn, opts: GoldenOptions = { edits: true }): Promise<Part[]> {
  const temp = mkdtempSync(join(tmpdir(), 'trayline-golden-'));
  const file = join(temp, 'hall.trayline');
  try {
    createProject(file);
    const p = openProjectFile(file);
    let gen: Part;
    try {
      const { timingsMs: _t, ...result } = await generateFabric(p.db, inputs, { route: true });
      gen = hashText('generate', JSON.stringify(result));
    } finally {
      closeProject(p);
    }
    return [gen, ...(await goldenParts(file, opts))];
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

export function goldenHallOf(parts: readonly Part[]): GoldenHall {
  return { total: totalOf(parts), parts: Object.fromEntries(parts.map((p) => [p.name, [p.sha, p.count]])) };
}

export function readGoldenFixture(): Record<string, GoldenHall> {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, GoldenHall>;
}

/** Rewrites the fixture from this tree: only on a tree whose output is known right (see the test). */
export async function writeGoldenFixture(): Promise<void> {
  const out: Record<string, GoldenHall> = {};
  for (const [name, inputs] of Object.entries(GOLDEN_HALLS)) out[name] = goldenHallOf(await goldenOfGenerated(inputs));
  writeFileSync(FIXTURE, JSON.stringify(out, null, 1) + '\n');
  process.stdout.write(`wrote ${FIXTURE}: ${Object.entries(out).map(([k, v]) => `${k} ${v.total}`).join(', ')}\n`);
}
