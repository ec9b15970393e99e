// The one rule for a name that must not clash: the wanted name if it is free, else the first free
// variant (by default "base-2", "base-3", ...).

/** `base` if `isTaken(base)` is false, else the first of variant(2), variant(3), ... that is free. */
export function freeName(base: string, isTaken: (name: string) => boolean, variant: (n: number) => string = (n) => `${base}-${n}`): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const name = variant(n);
    if (!isTaken(name)) return name;
  }
}
