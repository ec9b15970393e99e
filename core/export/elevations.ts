// Rack elevations: one A4 portrait page per rack, front and rear side by side, U numbered from
// the bottom, each device drawn over the units it occupies with its name and model. A full-depth
// device shows on both faces; a half-depth one only on the face it is mounted on.
import type { Rack } from '../model/entities.js';
import { slotOf } from '../model/rack-space.js';
import { formatW } from '../model/units.js';
import { deviceDrawW } from '../model/power.js';
import { fitSize, PAPER_PT, type Drawing, type Shape } from './drawing.js';
import { titleBlock, type TitleInfo } from './floorplan.js';
import type { ProjectIndex } from './project-index.js';

const ROLE_FILL: Record<string, string> = { server: '#d6e6f7', switch: '#d7efd8', 'patch-panel': '#e8e8e8', pdu: '#fde3c0', other: '#eee6f5' };

export function elevationDrawing(index: ProjectIndex, rack: Rack, opts: TitleInfo & { page: number; pages: number }): Drawing {
  const page = PAPER_PT.a4;
  const margin = 28;
  const top = margin + 58;
  const bottomReserve = 140;
  const uH = Math.min(14, (page.h - top - margin - bottomReserve) / rack.heightU);
  const colW = 210;
  const gap = 50;
  const x0 = (page.w - (2 * colW + gap)) / 2 + 8;
  const hall = index.halls.get(rack.hallId);
  const row = rack.rowId === null ? null : index.rows.get(rack.rowId);
  const devices = index.snap.devices.filter((d) => d.rackId === rack.id);
  let usedU = 0;
  let power = 0;
  let unknownPower = 0;
  const shapes: Shape[] = [{ t: 'rect', x: margin, y: margin, w: page.w - 2 * margin, h: page.h - 2 * margin, stroke: '#000', width: 1.2 }];
  shapes.push({ t: 'text', x: margin + 12, y: margin + 22, text: `Rack ${rack.name}`, size: 16, bold: true });
  shapes.push({
    t: 'text', x: margin + 12, y: margin + 38, size: 9, fill: '#333',
    text: `Cabinet ${index.cabinetId(rack)} · ${hall?.name ?? '?'}${row ? ` · ${row.name}` : ''} · ${rack.heightU} U · ${rack.widthMm} x ${rack.depthMm} mm`,
  });

  const yOfU = (u: number) => top + (rack.heightU - u) * uH; // top edge of unit u
  for (const [ci, face] of (['front', 'rear'] as const).entries()) {
    const cx = x0 + ci * (colW + gap);
    shapes.push({ t: 'text', x: cx + colW / 2, y: top - 8, text: face === 'front' ? 'FRONT' : 'REAR', size: 10, bold: true, anchor: 'middle' });
    shapes.push({ t: 'rect', x: cx, y: top, w: colW, h: rack.heightU * uH, fill: '#fbfbfb', stroke: '#000', width: 1 });
    for (let u = 1; u <= rack.heightU; u++) {
      const y = yOfU(u);
      if (u < rack.heightU) shapes.push({ t: 'line', x1: cx, y1: y, x2: cx + colW, y2: y, stroke: '#dddddd', width: 0.3 });
      shapes.push({ t: 'text', x: cx - 4, y: y + uH / 2 + Math.min(uH * 0.6, 7) * 0.35, text: String(u), size: Math.min(uH * 0.6, 7), anchor: 'end', fill: '#555' });
    }
    for (const d of devices) {
      const type = index.types.get(d.typeId);
      if (!type) continue;
      const slot = slotOf(d, type);
      if (!slot.faces.includes(face)) continue;
      const mounted = d.face === face;
      const y = yOfU(slot.hi);
      const h = (slot.hi - slot.lo + 1) * uH;
      shapes.push({ t: 'rect', x: cx + 1, y: y + 0.5, w: colW - 2, h: h - 1, fill: mounted ? (ROLE_FILL[type.role] ?? '#eee') : '#f4f4f4', stroke: '#333', width: 0.6, ...(mounted ? {} : { dash: [2, 2] as [number, number] }) });
      const name = mounted ? d.name : `${d.name} (${d.face} mounted)`;
      const nameSize = Math.min(fitSize(name, colW - 12, 9, true), h * 0.6);
      const model = `${type.manufacturer} ${type.model}`;
      if (h >= 2 * uH * 0.95 && nameSize >= 3) {
        shapes.push({ t: 'text', x: cx + colW / 2, y: y + h / 2 - 1, text: name, size: nameSize, bold: true, anchor: 'middle', fill: mounted ? '#000' : '#777' });
        shapes.push({ t: 'text', x: cx + colW / 2, y: y + h / 2 + Math.min(8, h * 0.35), text: model, size: Math.min(fitSize(model, colW - 12, 7), h * 0.3), anchor: 'middle', fill: '#444' });
      } else {
        // One unit: the name on the left, the model on the right.
        const size = Math.min(fitSize(name, (colW - 16) * 0.5, 8, true), h * 0.65);
        const modelSize = Math.min(fitSize(model, (colW - 16) * 0.5, 7), h * 0.6);
        const base = y + h / 2;
        if (size >= 3) shapes.push({ t: 'text', x: cx + 6, y: base + size * 0.35, text: name, size, bold: mounted, fill: mounted ? '#000' : '#777' });
        if (modelSize >= 3) shapes.push({ t: 'text', x: cx + colW - 6, y: base + modelSize * 0.35, text: model, size: modelSize, anchor: 'end', fill: '#444' });
      }
    }
  }
  for (const d of devices) {
    const type = index.types.get(d.typeId);
    if (!type) continue;
    usedU += Math.max(1, Math.ceil(type.uHeight));
    const w = deviceDrawW(type);
    if (w === null) unknownPower++;
    else power += w;
  }
  shapes.push({
    t: 'text', x: x0, y: top + rack.heightU * uH + 18, size: 8.5,
    text: `${devices.length} devices · ${usedU} of ${rack.heightU} U used · power ${formatW(power)}${unknownPower ? ` (+${unknownPower} without a figure)` : ''}${rack.powerBudgetW ? ` of ${formatW(rack.powerBudgetW)} budget` : ''}`,
  });
  shapes.push(
    ...titleBlock(page.w - margin - 250, page.h - margin - 96, 250, [
      ['Project', opts.project],
      ['Drawing', `Rack elevation ${rack.name}`],
      ['Hall', hall?.name ?? '?'],
      ['Sheet', `${opts.page} of ${opts.pages}`],
      ['Date', opts.date],
      ['Revision', opts.revision],
    ]),
  );
  return { title: `${opts.project} - rack ${rack.name} - elevation`, widthPt: page.w, heightPt: page.h, shapes };
}
