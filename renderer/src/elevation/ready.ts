// Whether the open elevation is laid out: measured (its U rows sized from the window) and rendered
// at its current zoom. The test hooks wait on this instead of on timing; it is set from a layout
// effect, so when it says ready the DOM already has the final sizes.
import type { Id } from '../../../core/model/entities.js';

let laidOut: { rackId: Id; uPx: number } | null = null;
const waiters: (() => void)[] = [];

export function markElevation(rackId: Id | null, uPx: number | null): void {
  laidOut = rackId != null && uPx != null ? { rackId, uPx } : null;
  if (laidOut) for (const w of waiters.splice(0)) w();
}

export function elevationLayout(): { rackId: Id; uPx: number } | null {
  return laidOut;
}

/** Resolves the next time an elevation reports itself laid out (at once if one is). */
export function elevationLaidOut(): Promise<void> {
  if (laidOut) return Promise.resolve();
  return new Promise((r) => waiters.push(r));
}
