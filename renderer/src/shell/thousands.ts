// Whole numbers with thousands separators, as toLocaleString('en-US') writes them. The first
// toLocaleString of a page loads the ICU number data (25-50 ms in Chromium), which the status
// bar's counts paid on the first frame.
export function thousands(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  let out = '';
  for (let i = s.length; i > 0; i -= 3) out = s.slice(Math.max(0, i - 3), i) + (out ? ',' + out : '');
  return n < 0 && out !== '0' ? '-' + out : out;
}
