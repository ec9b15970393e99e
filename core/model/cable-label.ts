// A cable made by hand is labelled by its two ends, `device:port—device:port` (at most 190
// characters), and a label taken by another cable gets ` (2)`, ` (3)`, ...: the renderer works it
// out over the cables it holds, the server over the project's (a page opened floor first holds a
// few), both by this rule.
import { freeName } from './names.js';

/** The label two ends give, before it is made free. */
export function cableLabelBase(aEnd: string, bEnd: string): string {
  return `${aEnd}—${bEnd}`.slice(0, 190);
}

/** `base` if free, else the first of `base (2)`, `base (3)`, ... that is. */
export function freeCableLabel(base: string, isTaken: (label: string) => boolean): string {
  return freeName(base, isTaken, (n) => `${base} (${n})`);
}
