// A drawing as a list of shapes in paper points (1/72 in, y down). The floor plan and the rack
// elevations are built once as a Drawing; toSvg() writes it as SVG here, and main/ paints the
// same list with pdfkit, so the SVG, PNG and PDF show identical geometry.

export interface Stroke {
  stroke?: string;
  /** Line width, pt. */
  width?: number;
  dash?: [number, number];
  opacity?: number;
}

/** Optional data-* attributes written into the SVG (charts mark bars and labels for readers). */
export interface DataAttrs {
  data?: Record<string, string>;
}

export type Shape =
  | ({ t: 'rect'; x: number; y: number; w: number; h: number; fill?: string } & Stroke & DataAttrs)
  | ({ t: 'line'; x1: number; y1: number; x2: number; y2: number } & Stroke)
  | ({ t: 'polyline'; points: [number, number][] } & Stroke)
  | ({
      t: 'text';
      x: number;
      /** Baseline. */
      y: number;
      text: string;
      size: number;
      anchor?: 'start' | 'middle' | 'end';
      bold?: boolean;
      fill?: string;
      /** Degrees, clockwise, about (x, y). */
      rotate?: number;
    } & DataAttrs);

export interface Drawing {
  title: string;
  widthPt: number;
  heightPt: number;
  shapes: Shape[];
}

export const PAPER_PT = {
  a4: { w: 595.28, h: 841.89 },
  a3: { w: 841.89, h: 1190.55 },
  letter: { w: 612, h: 792 },
} as const;
export type Paper = keyof typeof PAPER_PT;

/** A rough width of Helvetica text (average advance ~0.55 em), enough to fit labels in boxes. */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.6 : 0.55);
}

/** The largest size up to `max` at which the text fits `width`. */
export function fitSize(text: string, width: number, max: number, bold = false): number {
  if (!text) return max;
  return Math.min(max, width / (text.length * (bold ? 0.6 : 0.55)));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number) => (Math.round(v * 100) / 100).toString();
const dataAttrs = (d?: Record<string, string>) => (d ? Object.entries(d).map(([k, v]) => ` data-${k}="${esc(v)}"`).join('') : '');

function strokeAttrs(s: Stroke, defaultStroke: string | null): string {
  const stroke = s.stroke ?? defaultStroke;
  let a = stroke ? ` stroke="${stroke}" stroke-width="${n(s.width ?? 0.5)}"` : ' stroke="none"';
  if (s.dash) a += ` stroke-dasharray="${n(s.dash[0])} ${n(s.dash[1])}"`;
  if (s.opacity !== undefined) a += ` opacity="${n(s.opacity)}"`;
  return a;
}

export const FONT_FAMILY = 'Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif';

export function toSvg(d: Drawing): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(d.widthPt)}pt" height="${n(d.heightPt)}pt" viewBox="0 0 ${n(d.widthPt)} ${n(d.heightPt)}" font-family="${FONT_FAMILY}">`,
    `<title>${esc(d.title)}</title>`,
    `<rect x="0" y="0" width="${n(d.widthPt)}" height="${n(d.heightPt)}" fill="#ffffff"/>`,
  ];
  for (const s of d.shapes) {
    switch (s.t) {
      case 'rect':
        out.push(`<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${s.fill ?? 'none'}"${strokeAttrs(s, s.fill ? null : '#000')}${dataAttrs(s.data)}/>`);
        break;
      case 'line':
        out.push(`<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}"${strokeAttrs(s, '#000')}/>`);
        break;
      case 'polyline':
        out.push(
          `<polyline points="${s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke-linejoin="round" stroke-linecap="butt"${strokeAttrs(s, '#000')}/>`,
        );
        break;
      case 'text': {
        const anchor = s.anchor && s.anchor !== 'start' ? ` text-anchor="${s.anchor}"` : '';
        const weight = s.bold ? ' font-weight="bold"' : '';
        const rot = s.rotate ? ` transform="rotate(${n(s.rotate)} ${n(s.x)} ${n(s.y)})"` : '';
        out.push(`<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}"${anchor}${weight} fill="${s.fill ?? '#000'}"${rot}${dataAttrs(s.data)}>${esc(s.text)}</text>`);
        break;
      }
    }
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
