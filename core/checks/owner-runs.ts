// Running the rules of a check session's owners (cables, ports, racks, feeds, trays, CDUs): the
// first run's, each owner checked once with no result to replace, and each update's re-checks.
import type { Id } from '../model/entities.js';
import type { RuleClasses } from './rule-classes.js';
import type { RuleRun } from './session-results.js';
import type { CheckContext, OwnerKind } from './types.js';

const EMPTY: readonly Id[] = [];

export class OwnerRuns {
  /** The session's first run (its constructor's): each owner checked once, no result to drop. */
  first = true;

  constructor(
    private readonly ctx: CheckContext,
    private readonly rulesByOwner: Map<OwnerKind, RuleRun[]>,
    /** The cable rules not run while routing (the first run's cable rules). */
    private readonly laterCableRules: readonly RuleRun[],
  ) {}

  /** Runs every rule of the given owners (the first run's cables by `classes` when given), and
   * the aisle rule alone on `aisleOnly` racks; returns how many owner checks ran. */
  run(owners: Record<OwnerKind, Iterable<Id>>, classes: RuleClasses | null, aisleOnly: Iterable<Id> = EMPTY): number {
    let n = 0;
    // Owner by owner, each owner's rules together: a cable's objects are fetched once and are
    // still in the processor's cache for its next rule (rule by rule over 100,000 cables took
    // half again as long). Each rule's results keep the owners' order either way. A hall's lists
    // indexed: run once, before optimisation, for-of allocated an iterator per cable (11 MB).
    // (a call per owner kind: one loop's optimized code was thrown away at the next kind's loop)
    for (const [kind, rules] of this.rulesByOwner) {
      if (kind === 'cable' && classes) n += classes.later(this.laterCableRules, owners.cable as Id[]);
      else n += this.runKind(kind === 'cable' && this.first ? this.laterCableRules : rules, owners[kind]);
    }
    const aisle = this.rulesByOwner.get('rack')?.find((x) => x.rule.id === 'aisle');
    for (const id of aisle ? aisleOnly : EMPTY) {
      n++;
      this.runRule(aisle!, id);
    }
    return n;
  }

  private runKind(rules: readonly RuleRun[], list: Iterable<Id>): number {
    let n = 0;
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) n += this.runRules(rules, list[i] as Id);
    else for (const id of list) n += this.runRules(rules, id);
    return n;
  }
  private runRules(rules: readonly RuleRun[], id: Id): number {
    for (let r = 0; r < rules.length; r++) this.runRule(rules[r]!, id);
    return rules.length;
  }
  private runRule({ rule, results }: RuleRun, id: Id): void {
    const v = rule.check(this.ctx, id);
    if (this.first) results.first(id, v);
    else results.put(id, v);
  }
}
