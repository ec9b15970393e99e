// Sensitivity: the comparison repeated for each combination of a few varied inputs (radix, media
// policy, switch, ...), so the user sees where an architecture wins. `compareSet` is the one use
// case the CLI (--vary), the API (fabric.compare) and the panel share.
import { issueMessage } from '../model/errors.js';
import { FabricInputError } from '../fabric/hardware.js';
import { compareInputsSchema, type CompareInputsIn, type FabricInputsIn } from '../fabric/inputs.js';
import { compareFabrics, type FabricCatalog } from '../fabric/plan.js';
import { compareRows, type CompareRow } from './compare.js';
import { comboLabel, MAX_COMBOS, VARY_FLAG, type VaryAxis, type VaryField } from './vary-axis.js';

export * from './vary-axis.js';

export interface CompareCombo {
  /** The varied inputs of this combination, by field; empty without --vary. */
  values: Partial<Record<VaryField, string | number>>;
  /** e.g. "radix 64 · media cheapest"; empty without --vary. */
  label: string;
  rows: CompareRow[];
  explanations: string[];
}

export interface CompareSet {
  axes: VaryAxis[];
  combos: CompareCombo[];
}

export function combinations(axes: readonly VaryAxis[]): Partial<Record<VaryField, string | number>>[] {
  let out: Partial<Record<VaryField, string | number>>[] = [{}];
  for (const a of axes) out = out.flatMap((c) => a.values.map((v) => ({ ...c, [a.field]: v })));
  if (out.length > MAX_COMBOS) throw new FabricInputError(`${out.length} combinations; at most ${MAX_COMBOS} in one run`, 'vary');
  return out;
}

/** The comparison for each combination of the varied inputs (one, unvaried, without axes). */
export function compareSet(base: CompareInputsIn, axes: readonly VaryAxis[], catalog: FabricCatalog): CompareSet {
  const dup = axes.find((a, i) => axes.findIndex((b) => b.field === a.field) !== i);
  if (dup) throw new FabricInputError(`${VARY_FLAG[dup.field]} is varied twice`, 'vary');
  const combos = combinations(axes).map((values) => {
    const raw = { ...base, ...values };
    const checked = compareInputsSchema.safeParse(raw);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new FabricInputError(`${comboLabel(values) || 'inputs'}: ${issue.path.join('.') || 'input'}: ${issueMessage(issue)}`, `vary.${String(issue.path[0] ?? '')}`);
    }
    const { rows, explanations } = compareRows(compareFabrics(raw as FabricInputsIn, catalog));
    return { values, label: comboLabel(values), rows, explanations };
  });
  return { axes: [...axes], combos };
}
