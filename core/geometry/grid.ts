// The floor tile grid, TIA-606 style: columns lettered (A..Z, AA..AZ, ...), rows numbered from 1
// (two digits). A rack is named after the tile under its front-left corner, e.g. "AJ05".

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function rowNumber(index: number): string {
  return String(index + 1).padStart(2, '0');
}

export function tileName(xMm: number, yMm: number, tileMm: number): string {
  const col = Math.max(0, Math.floor(xMm / tileMm));
  const row = Math.max(0, Math.floor(yMm / tileMm));
  return `${columnLetters(col)}${rowNumber(row)}`;
}

export function snapToGrid(vMm: number, tileMm: number): number {
  return Math.round(vMm / tileMm) * tileMm;
}
