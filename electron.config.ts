// Builds the Electron bundles (`npm run build:electron`, i.e. `tsx electron.config.ts`):
//   main/electron/main.ts   -> dist/electron/main.cjs     (Node side; runtime deps stay external)
//   main/preload/preload.ts -> dist/electron/preload.cjs  (sandboxed: must be self-contained)
// The renderer is built separately by Vite into dist/renderer (`npm run build:renderer`).
import { build, type Metafile } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { METHODS } from './core/api/index.js';

const root = dirname(fileURLToPath(import.meta.url));

export interface ElectronBuild {
  main: string;
  preload: string;
}

/** Electron plus every runtime dependency: they are loaded from node_modules (inside the packaged
 * app too), so native better-sqlite3 is never bundled and libraries that read their own data
 * files next to __dirname (pdfkit's fonts) keep working. */
function runtimeExternals(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  };
  return ['electron', ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.optionalDependencies ?? {})];
}

/** Imports of the bundle that are left for require() at run time. */
function externalImports(meta: Metafile): string[] {
  const out = new Set<string>();
  for (const o of Object.values(meta.outputs)) for (const i of o.imports) if (i.external) out.add(i.path);
  return [...out].sort();
}

export async function buildElectron(outdir = join(root, 'dist', 'electron')): Promise<ElectronBuild> {
  const common = {
    bundle: true,
    format: 'cjs' as const,
    sourcemap: true,
    logLevel: 'warning' as const,
    metafile: true,
    absWorkingDir: root,
  };
  const main = join(outdir, 'main.cjs');
  const preload = join(outdir, 'preload.cjs');
  // Electron 45 runs Node 22 and Chromium 140.
  await build({
    ...common,
    entryPoints: [join(root, 'main/electron/main.ts')],
    outfile: main,
    platform: 'node',
    target: 'node22',
    external: runtimeExternals(),
  });
  const pre = await build({
    ...common,
    entryPoints: [join(root, 'main/preload/preload.ts')],
    outfile: preload,
    platform: 'node',
    target: 'chrome140',
    external: ['electron'],
    define: { __TRAYLINE_METHODS__: JSON.stringify(METHODS) },
  });
  // A sandboxed preload can require('electron') and nothing else; fail the build, not the app.
  const extra = externalImports(pre.metafile!).filter((p) => p !== 'electron');
  if (extra.length) throw new Error(`preload bundle requires ${extra.join(', ')}: a sandboxed preload cannot`);
  return { main, preload };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = await buildElectron();
  console.log(`built ${out.main} and ${out.preload}`);
}
