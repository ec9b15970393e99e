// No runtime import cycle among the project's modules (`import type` is erased and does not
// count). ESLint's import-x/no-cycle says the same in the editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { importsOf, rel, root, sources, target } from './source-files.js';

/** `x.js` in an import names `x.ts` or `x.tsx` on disk. */
function onDisk(path: string): string | null {
  for (const p of [path.replace(/\.js$/, '.ts'), path.replace(/\.js$/, '.tsx'), path]) if (existsSync(join(root, p))) return p;
  return null;
}

test('no runtime import cycle in core/, db/, main/, renderer/', () => {
  const graph = new Map<string, string[]>();
  for (const folder of ['core', 'db', 'main', 'renderer']) {
    for (const file of sources(folder)) {
      const deps: string[] = [];
      for (const { spec, typeOnly } of importsOf(file)) {
        const to = typeOnly ? null : target(file, spec);
        const path = to && onDisk(to);
        if (path && /\.(ts|tsx)$/.test(path)) deps.push(path);
      }
      graph.set(rel(file), deps);
    }
  }
  // Depth-first search; a grey node reached again closes a cycle.
  const state = new Map<string, 'grey' | 'black'>();
  const cycles: string[] = [];
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'grey');
    stack.push(n);
    for (const d of graph.get(n) ?? []) {
      if (state.get(d) === 'grey') cycles.push([...stack.slice(stack.indexOf(d)), d].join(' -> '));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(n, 'black');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  assert.ok(graph.size > 200, `only ${graph.size} modules read`);
  assert.deepEqual(cycles, []);
});
