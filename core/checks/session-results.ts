// What a check session hands out: its results read as one list or counted per rule, and the
// sets of what an edit made it re-check.
import type { Id } from '../model/entities.js';
import { RULE_IDS, type CheckObject, type OwnerKind, type Rule, type RuleId, type Violation } from './types.js';

/** Each rule's results, by owner kind, by owner id. */
export type Results = Map<RuleId, RuleResults[]>;

/**
 * One rule's findings by owner id, their errors and warnings counted as they are put: counting
 * them when asked read every finding again (12,000 in the bench hall) in code that runs once per
 * check, so first interpreted and then compiled, ~10-20 ms of a process's first check.
 */
export class RuleResults {
  readonly byOwner = new Map<Id, readonly Violation[]>();
  errors = 0;
  warnings = 0;

  /** An owner's findings in a session's first run, where no owner has any yet (no lookup per
   * clean owner: reach's findings made a failed one per cable). */
  first(id: Id, v: readonly Violation[]): void {
    if (v.length === 0) return;
    this.byOwner.set(id, v);
    this.count(v, 1);
  }

  /** An owner's findings after an edit, replacing those it had. */
  put(id: Id, v: readonly Violation[]): void {
    const old = this.byOwner.size === 0 ? undefined : this.byOwner.get(id);
    if (old !== undefined) this.count(old, -1);
    if (v.length !== 0) {
      this.byOwner.set(id, v);
      this.count(v, 1);
    } else if (old !== undefined) this.byOwner.delete(id);
  }

  private count(v: readonly Violation[], by: number): void {
    for (let i = 0; i < v.length; i++) {
      if (v[i]!.severity === 'error') this.errors += by;
      else this.warnings += by;
    }
  }
}

/** A rule as a session runs it, with its results. */
export interface RuleRun {
  rule: Rule;
  results: RuleResults;
}

/** The results of each rule (a rule id may check two owner kinds), and each owner kind's rules in
 * the order given, with their results. */
export function ruleRuns(rules: readonly Rule[]): { results: Results; byOwner: Map<OwnerKind, RuleRun[]> } {
  const results: Results = new Map();
  const byOwner = new Map<OwnerKind, RuleRun[]>();
  for (const r of RULE_IDS) results.set(r, []);
  for (const rule of rules) {
    let list = byOwner.get(rule.owner);
    if (!list) byOwner.set(rule.owner, (list = []));
    const run = { rule, results: new RuleResults() };
    results.get(rule.id)!.push(run.results);
    list.push(run);
  }
  return { results, byOwner };
}

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
  for (const rule of RULE_IDS) for (const r of results.get(rule)!) for (const list of r.byOwner.values()) out.push(...list);
  return out;
}

export function ruleCounts(results: Results): RuleCounts {
  const out = {} as RuleCounts;
  for (const rule of RULE_IDS) {
    const c = { errors: 0, warnings: 0 };
    for (const r of results.get(rule)!) {
      c.errors += r.errors;
      c.warnings += r.warnings;
    }
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
