// Memoisation of the scene's parts: a part is rebuilt only when one of its inputs (maps of the
// document store, which keep their identity until a patch touches them) changes.
export function memo1<A, R>(fn: (...a: A[]) => R): (...a: A[]) => R {
  let last: A[] | null = null;
  let value: R;
  return (...args) => {
    if (last && last.length === args.length && last.every((x, i) => x === args[i])) return value;
    value = fn(...args);
    last = args;
    return value;
  };
}
