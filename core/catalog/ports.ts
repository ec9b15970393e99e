// Helpers to write port lists the way vendors number them.

/** [from..to] inclusive. */
export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** Names built from a prefix and a number range, e.g. numbered('swp', 1, 64) -> swp1..swp64. */
export function numbered(prefix: string, from: number, to: number, suffix = ''): string[] {
  return range(from, to).map((i) => `${prefix}${i}${suffix}`);
}

/** Twin-port cages: each cage carries `per` ports, e.g. twin(1, 32) -> 1/1, 1/2, 2/1, ... 32/2. */
export function cagePorts(from: number, to: number, per = 2, fmt = (cage: number, sub: number) => `${cage}/${sub}`): string[] {
  const out: string[] = [];
  for (const c of range(from, to)) for (let s = 1; s <= per; s++) out.push(fmt(c, s));
  return out;
}

/**
 * Whether a transceiver plugs into this port. A co-packaged-optics port (`cpo`) takes the fibre
 * itself: a link to it needs an optic only at the other end, and none is counted here.
 */
export function transceiverAt(port: { cpo?: boolean }): boolean {
  return !port.cpo;
}
