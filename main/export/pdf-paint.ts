// Paints a core Drawing (shapes in points, y down) onto a pdfkit page: the PDF twin of toSvg().
import type { Drawing } from '../../core/export/drawing.js';

export function paintDrawing(doc: PDFKit.PDFDocument, d: Drawing): void {
  doc.addPage({ size: [d.widthPt, d.heightPt], margin: 0 });
  for (const s of d.shapes) {
    doc.save();
    if ('opacity' in s && s.opacity !== undefined) doc.opacity(s.opacity);
    switch (s.t) {
      case 'rect': {
        doc.rect(s.x, s.y, s.w, s.h);
        strokeFill(doc, s.stroke ?? (s.fill ? undefined : '#000'), s.width, s.dash, s.fill);
        break;
      }
      case 'line':
        doc.moveTo(s.x1, s.y1).lineTo(s.x2, s.y2).lineCap('butt');
        strokeFill(doc, s.stroke ?? '#000', s.width, s.dash);
        break;
      case 'polyline': {
        const [first, ...rest] = s.points;
        if (!first) break;
        doc.moveTo(first[0], first[1]);
        for (const [x, y] of rest) doc.lineTo(x, y);
        doc.lineJoin('round');
        strokeFill(doc, s.stroke ?? '#000', s.width, s.dash);
        break;
      }
      case 'text': {
        const font = s.bold ? 'Helvetica-Bold' : 'Helvetica';
        doc.font(font).fontSize(s.size).fillColor(s.fill ?? '#000');
        const w = doc.widthOfString(s.text);
        const dx = s.anchor === 'middle' ? -w / 2 : s.anchor === 'end' ? -w : 0;
        if (s.rotate) doc.rotate(s.rotate, { origin: [s.x, s.y] });
        // pdfkit places text by its top; the drawing gives the baseline.
        doc.text(s.text, s.x + dx, s.y, { lineBreak: false, baseline: 'alphabetic' });
        break;
      }
    }
    doc.restore();
  }
}

function strokeFill(doc: PDFKit.PDFDocument, stroke: string | undefined, width = 0.5, dash?: [number, number], fill?: string): void {
  if (stroke) {
    doc.lineWidth(width);
    if (dash) doc.dash(dash[0], { space: dash[1] });
  }
  if (fill && stroke) doc.fillAndStroke(fill, stroke);
  else if (fill) doc.fill(fill);
  else if (stroke) doc.stroke(stroke);
  if (dash) doc.undash();
}
