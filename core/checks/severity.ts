// How many errors and warnings a list of violations holds: the one count every report shows.
import type { Violation } from './types.js';

export function severityCounts(violations: Iterable<Pick<Violation, 'severity'>>): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const v of violations) v.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings };
}
