// Slurm hostlist expressions: "gpu0001,gpu0002,gpu0003,gpu0007" -> "gpu[0001-0003,0007]".
// Names are grouped by their text before the final number and by the number's width (so that
// zero padding is kept: Slurm expands "gpu[0001-0003]" with the width of the bounds); a name that
// does not end in a number is written as it is. Slurm topology.conf docs:
// https://slurm.schedmd.com/topology.conf.html ("Nodes=tux[0-3,12,18-20]").
import { naturalKey } from './schedule.js';

export function hostlist(names: readonly string[]): string {
  const groups = new Map<string, { prefix: string; width: number; nums: number[]; key: string }>();
  const plain: string[] = [];
  for (const n of new Set(names)) {
    const m = /^(.*?)(\d+)$/.exec(n);
    if (!m) {
      plain.push(n);
      continue;
    }
    const [, prefix, digits] = m as unknown as [string, string, string];
    const k = `${prefix}\t${digits.length}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { prefix, width: digits.length, nums: [], key: naturalKey(n) }));
    g.nums.push(Number(digits));
  }
  const parts: { key: string; text: string }[] = plain.map((p) => ({ key: naturalKey(p), text: p }));
  for (const g of groups.values()) {
    const nums = g.nums.sort((a, b) => a - b);
    const pad = (x: number) => String(x).padStart(g.width, '0');
    if (nums.length === 1) {
      parts.push({ key: g.key, text: `${g.prefix}${pad(nums[0]!)}` });
      continue;
    }
    const ranges: string[] = [];
    for (let i = 0; i < nums.length; ) {
      let j = i;
      while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
      ranges.push(i === j ? pad(nums[i]!) : `${pad(nums[i]!)}-${pad(nums[j]!)}`);
      i = j + 1;
    }
    parts.push({ key: g.key, text: `${g.prefix}[${ranges.join(',')}]` });
  }
  return parts
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((p) => p.text)
    .join(',');
}
