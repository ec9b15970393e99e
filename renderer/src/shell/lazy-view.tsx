// Views the first drawn floor does not need (the panels, the inspector's forms, the rack
// elevation) are separate chunks: the code that must compile before the first frame stays small.
// Each loads when it is first shown, or earlier on a sign of intent (preload(): the inspector
// while the project is on its way or after the floor's first frame, the panels when the pointer
// reaches their tabs, the elevation when a rack is selected), so it usually mounts at once. (What
// must happen when a tab is shown does not wait for its chunk: the checks start on the Checks tab's
// first showing, panels/checks-store.ts.) The test hooks' idle() waits for the chunks being loaded.
import { createElement, useEffect, useState, type ComponentType, type ReactNode } from 'react';

const loading = new Set<Promise<unknown>>();

/** What a panel shows while its code arrives. */
export const LOADING = createElement('p', { className: 'muted' }, 'Loading…');

export interface LazyView<P extends object> {
  (props: P): ReactNode;
  /** Starts loading the view's code (once); resolves when it is there. */
  preload(): Promise<void>;
}

/** A view whose code is loaded on first use or preload(); `load` is `() => import('./X.js').then((m) => m.X)`. */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = null): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let failed: string | null = null;
  let promise: Promise<void> | null = null;
  const preload = () =>
    (promise ??= (() => {
      const p = load().then(
        (c) => void (loaded = c),
        (e: unknown) => void (failed = `cannot load this view: ${(e as Error).message}`),
      );
      loading.add(p);
      void p.then(() => loading.delete(p));
      return p;
    })());
  function Lazy(props: P): ReactNode {
    const [, loadedNow] = useState(0);
    useEffect(() => {
      if (loaded || failed) return;
      let live = true;
      void preload().then(() => live && loadedNow((n) => n + 1));
      return () => void (live = false);
    }, []);
    if (loaded) return createElement(loaded, props);
    return failed ? createElement('p', { className: 'field-error' }, failed) : fallback;
  }
  return Object.assign(Lazy, { preload });
}

export function lazyViewsPending(): boolean {
  return loading.size > 0;
}

/** Resolves when no view's code is on the way. */
export async function lazyViewsLoaded(): Promise<void> {
  while (loading.size > 0) await Promise.allSettled([...loading]);
}
