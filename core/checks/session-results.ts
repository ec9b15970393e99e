// What a check session hands out: its results read as one list or counted per rule, and the
// sets of what an edit made it re-check.
import type { Id } from '../model/entities.js';
import { RULE_IDS, type CheckObject, type RuleId, type Violation } from './types.js';

/** Each rule's results, by owner kind, by owner id. */
export type Results = Map<RuleId, Map<Id, readonly Violation[]>[]>;

export type RuleCounts = Record<RuleId, { errors: number; warnings: number }>;

export interface Dirty {
  cables: Set<Id>;
  ports: Set<Id>;
  racks: Set<Id>;
  feeds: Set<Id>;
  trays: Set<Id>;
  cdus: Set<Id>;
  /** Racks near a moved, turned or renamed rack, of which the aisle rule alone ran again. */
  aisle: Set<Id>;
}

export function allViolations(results: Results): Violation[] {
  const out: Violation[] = [];
  for (const rule of RULE_IDS) for (const byOwner of results.get(rule)!) for (const list of byOwner.values()) out.push(...list);
  return out;
}

export function ruleCounts(results: Results): RuleCounts {
  const out = {} as RuleCounts;
  for (const rule of RULE_IDS) {
    const c = { errors: 0, warnings: 0 };
    for (const byOwner of results.get(rule)!) for (const list of byOwner.values()) for (const v of list) v.severity === 'error' ? c.errors++ : c.warnings++;
    out[rule] = c;
  }
  return out;
}

/** The violations that involve any of the given objects. */
export function involving(all: readonly Violation[], refs: readonly { kind: CheckObject['kind']; id: Id }[]): Violation[] {
  const want = new Set(refs.map((r) => `${r.kind}:${r.id}`));
  return all.filter((v) => v.objects.some((o) => want.has(`${o.kind}:${o.id}`)));
}

/** The ids of a list of entities, in order (a preallocated array: lists run to 100,000s). */
export function ids(list: readonly { id: Id }[]): Id[] {
  const out = new Array<Id>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!.id;
  return out;
}
