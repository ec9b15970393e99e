// Label stock: the printable label and how many fit on a sheet. Dimensions in inches, as label
// makers publish them. A wrap-around label has a printable top and a clear self-laminating tail
// that wraps over the print; only the printable part carries text.
export interface LabelSize {
  id: string;
  description: string;
  widthIn: number;
  heightIn: number;
  /** Height of the printable area from the top (the rest is the clear wrap tail). */
  printHeightIn: number;
  page: 'letter' | 'a4';
  marginIn: number;
  gapIn: number;
}

export const LABEL_SIZES: LabelSize[] = [
  {
    id: 'wrap-1x1.5in',
    description: 'Wrap-around, 1 x 1.5 in, printable top 0.5 in (e.g. Brady/Panduit self-laminating, cables up to ~8 mm)',
    widthIn: 1,
    heightIn: 1.5,
    printHeightIn: 0.5,
    page: 'letter',
    marginIn: 0.5,
    gapIn: 0.125,
  },
  {
    id: 'wrap-1.5x2in',
    description: 'Wrap-around, 1.5 x 2 in, printable top 0.75 in (thicker cables, trunks)',
    widthIn: 1.5,
    heightIn: 2,
    printHeightIn: 0.75,
    page: 'letter',
    marginIn: 0.5,
    gapIn: 0.125,
  },
  {
    id: 'flag-2x0.75in',
    description: 'Flag label, 2 x 0.75 in, fully printable',
    widthIn: 2,
    heightIn: 0.75,
    printHeightIn: 0.75,
    page: 'letter',
    marginIn: 0.5,
    gapIn: 0.125,
  },
  {
    id: 'a4-70x37mm',
    description: 'A4 sheet of 70 x 37 mm labels (3 x 8 = 24 per sheet, no margins)',
    widthIn: 70 / 25.4,
    heightIn: 37 / 25.4,
    printHeightIn: 37 / 25.4,
    page: 'a4',
    marginIn: 0,
    gapIn: 0,
  },
];

export const DEFAULT_LABEL_SIZE = 'wrap-1x1.5in';

export const PAGE_SIZE_IN = { letter: { w: 8.5, h: 11 }, a4: { w: 210 / 25.4, h: 297 / 25.4 } } as const;

export function findLabelSize(id: string): LabelSize | null {
  return LABEL_SIZES.find((s) => s.id === id) ?? null;
}

export interface SheetLayout {
  cols: number;
  rows: number;
  perPage: number;
  pageWidthIn: number;
  pageHeightIn: number;
  /** Top-left corner of each label on a page, inches, row by row. */
  slots: { xIn: number; yIn: number }[];
}

/** How many labels fit across and down the page between its margins, with gaps between them. */
export function sheetLayout(size: LabelSize): SheetLayout {
  const page = PAGE_SIZE_IN[size.page];
  const eps = 1e-9;
  const cols = Math.floor((page.w - 2 * size.marginIn + size.gapIn) / (size.widthIn + size.gapIn) + eps);
  const rows = Math.floor((page.h - 2 * size.marginIn + size.gapIn) / (size.heightIn + size.gapIn) + eps);
  // The block of labels is centred on the page, as label sheets are made.
  const left = (page.w - (cols * size.widthIn + (cols - 1) * size.gapIn)) / 2;
  const top = (page.h - (rows * size.heightIn + (rows - 1) * size.gapIn)) / 2;
  const slots: { xIn: number; yIn: number }[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) slots.push({ xIn: left + c * (size.widthIn + size.gapIn), yIn: top + r * (size.heightIn + size.gapIn) });
  }
  return { cols, rows, perPage: cols * rows, pageWidthIn: page.w, pageHeightIn: page.h, slots };
}

/**
 * A preset id, or a custom size "WxHin" / "WxHmm" (fully printable, on Letter for inches and A4
 * for millimetres, 0.5 in margins and 1/8 in gaps). Null when neither.
 */
export function resolveLabelSize(spec: string): LabelSize | null {
  const preset = findLabelSize(spec);
  if (preset) return preset;
  const m = /^(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(in|mm)$/.exec(spec.trim().toLowerCase());
  if (!m) return null;
  const f = m[3] === 'mm' ? 1 / 25.4 : 1;
  const w = Number(m[1]) * f;
  const h = Number(m[2]) * f;
  if (!(w > 0.2 && h > 0.2)) return null;
  return { id: spec, description: `custom ${spec}`, widthIn: w, heightIn: h, printHeightIn: h, page: m[3] === 'mm' ? 'a4' : 'letter', marginIn: 0.5, gapIn: 0.125 };
}
