// Deterministic mutants of a well-formed input file for the fuzz suite: a fixed-seed PRNG picks
// one to three edits of the kinds that careless users, broken tools and attackers produce (a
// truncated download, a column shifted, a line repeated thousands of times, a number no hall has,
// nesting no document has, stray quotes, a byte-order mark, formula text).

/** mulberry32: a small, well-known 32-bit PRNG; the same seed gives the same mutants everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  '1e308', '-1e308', '-1', '0', 'NaN', 'Infinity', '99999999999', '0.0000001', '"', '""', ',', ';', '\t', '|', '\n', '\r\n', '\uFEFF', '\u0000',
  '[[[[[[[[[[', ']]]]', '{', '}', 'null', 'true', '[]', '{}', '__proto__', 'constructor', "=cmd|' /C calc'!A0", '@SUM(A1)', 'é', '💥', '\\', '\\u0000',
  'dcim.powerport', 'dcim.unknown', 'x'.repeat(500), '9'.repeat(400),
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const at = (r: () => number, s: string) => Math.floor(r() * (s.length + 1));

type Mutator = (s: string, r: () => number) => string;

const MUTATORS: Record<string, Mutator> = {
  flip: (s, r) => {
    const i = at(r, s);
    return s.slice(0, i) + pick(r, [...'{}[]",:;|\n\t=+-@.e0123456789 aZ\\']) + s.slice(i + 1);
  },
  truncate: (s, r) => s.slice(0, at(r, s)),
  insert: (s, r) => {
    const i = at(r, s);
    return s.slice(0, i) + pick(r, TOKENS) + s.slice(i);
  },
  number: (s, r) => {
    const nums = [...s.matchAll(/\d+(\.\d+)?/g)];
    if (!nums.length) return s;
    const m = pick(r, nums);
    return s.slice(0, m.index) + pick(r, ['1e308', '-1e308', '-5', '0', '1e-9', '99999999999', '4294967296', '1.5', 'NaN']) + s.slice(m.index + m[0].length);
  },
  deleteLine: (s, r) => {
    const lines = s.split('\n');
    lines.splice(Math.floor(r() * lines.length), 1);
    return lines.join('\n');
  },
  repeatLine: (s, r) => {
    const lines = s.split('\n');
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 0, ...Array<string>(1 + Math.floor(r() * 2000)).fill(lines[i]!));
    return lines.join('\n');
  },
  swapLines: (s, r) => {
    const lines = s.split('\n');
    const i = Math.floor(r() * lines.length);
    const j = Math.floor(r() * lines.length);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n');
  },
  /** A header shifted by one column: every value under the wrong name. */
  shiftHeader: (s) => {
    const nl = s.indexOf('\n');
    if (nl < 0) return s;
    const head = s.slice(0, nl);
    const cut = head.search(/[,;\t|]/);
    return cut < 0 ? s : head.slice(cut + 1) + s.slice(nl);
  },
  deep: (s, r) => {
    const n = pick(r, [70, 1000, 100_000]);
    const i = at(r, s);
    return s.slice(0, i) + '['.repeat(n) + ']'.repeat(n) + s.slice(i);
  },
  empty: () => '',
};

export const MUTATOR_NAMES = Object.keys(MUTATORS);

/** The `n`-th mutant of `text` under `seed`: one to three mutations (an empty file now and then). */
export function mutant(text: string, seed: number, n: number): { text: string; how: string[] } {
  const r = prng(seed * 1_000_003 + n);
  const how: string[] = [];
  let s = text;
  const k = 1 + Math.floor(r() * 3);
  for (let i = 0; i < k; i++) {
    // 'empty' is rare: it says little after the first few.
    let name = pick(r, MUTATOR_NAMES);
    if (name === 'empty' && r() > 0.1) name = 'flip';
    how.push(name);
    s = MUTATORS[name]!(s, r);
  }
  return { text: s, how };
}
