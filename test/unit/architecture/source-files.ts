// The project's own source files and their imports, for the architecture tests.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** .ts/.tsx files under `dir` (relative to the root), .d.ts and node_modules left out. */
export function sources(dir: string, ext = /\.(ts|tsx)$/): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (name === 'node_modules' || name === 'fixtures') continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (ext.test(name) && !name.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(join(root, dir));
  return out;
}

export interface ImportSpec {
  spec: string;
  /** `import type ...` / `export type ... from`: erased at build time. */
  typeOnly: boolean;
}

export function importsOf(file: string): ImportSpec[] {
  const text = readFileSync(file, 'utf8');
  const out: ImportSpec[] = [];
  const re = /(import|export)\s(type\s)?[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (let m; (m = re.exec(text)); ) {
    if (m[3]) out.push({ spec: m[3], typeOnly: !!m[2] });
    else out.push({ spec: (m[4] ?? m[5])!, typeOnly: false });
  }
  return out;
}

/** The root-relative path (forward slashes) an import specifier names, or null for a package. */
export function target(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return relative(root, resolve(dirname(file), spec)).split(/[\\/]/).join('/');
}

export const rel = (file: string) => relative(root, file).split(/[\\/]/).join('/');
