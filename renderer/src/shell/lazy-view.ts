// Views the first drawn floor does not need (the panels, the inspector's forms, the rack
// elevation) are separate chunks, loaded when first shown: the code that must compile before the
// first frame stays small. The test hooks' idle() waits for the chunks being loaded.
import { lazy, type ComponentType } from 'react';

const loading = new Set<Promise<unknown>>();

/** React.lazy over a named export; `load` is `() => import('./X.js').then((m) => m.X)`. */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(() => {
    const p = load().then((component) => ({ default: component }));
    loading.add(p);
    const done = () => loading.delete(p);
    p.then(done, done);
    return p;
  });
}

export function lazyViewsPending(): boolean {
  return loading.size > 0;
}

/** Resolves when no view's code is on the way. */
export async function lazyViewsLoaded(): Promise<void> {
  while (loading.size > 0) await Promise.allSettled([...loading]);
}
