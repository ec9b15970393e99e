// World-space bounds of what can be selected, for zoom-to and marquee selection.
import { cduRect, rackRect, type Rect } from '../../../core/geometry/footprint.js';
import type { DocState } from '../store/document.js';
import type { Ref } from '../store/ui.js';
import type { Tray } from '../../../core/model/entities.js';

export function trayRect(t: Tray): Rect {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of t.points) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  const h = t.widthMm / 2;
  return { x0: x0 - h, y0: y0 - h, x1: x1 + h, y1: y1 + h };
}

export function union(a: Rect | null, b: Rect | null): Rect | null {
  if (!a) return b;
  if (!b) return a;
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

export function refBounds(doc: DocState, ref: Ref): Rect | null {
  switch (ref.kind) {
    case 'rack': {
      const r = doc.rack.get(ref.id);
      return r ? rackRect(r) : null;
    }
    case 'tray': {
      const t = doc.tray.get(ref.id);
      return t ? trayRect(t) : null;
    }
    case 'device': {
      const d = doc.device.get(ref.id);
      return d ? refBounds(doc, { kind: 'rack', id: d.rackId }) : null;
    }
    case 'port': {
      const p = doc.port.get(ref.id);
      return p ? refBounds(doc, { kind: 'device', id: p.deviceId }) : null;
    }
    case 'cable': {
      const c = doc.cable.get(ref.id);
      if (!c) return null;
      let r = union(refBounds(doc, { kind: 'port', id: c.aPortId }), refBounds(doc, { kind: 'port', id: c.bPortId }));
      for (const s of c.route ?? []) {
        const t = doc.tray.get(s.trayId);
        if (t) r = union(r, trayRect(t));
      }
      return r;
    }
    case 'row': {
      let r: Rect | null = null;
      for (const rack of doc.rack.values()) if (rack.rowId === ref.id) r = union(r, rackRect(rack));
      return r;
    }
    case 'cdu': {
      const c = doc.cdu.get(ref.id);
      return c ? cduRect(c) : null;
    }
  }
}

export function refsBounds(doc: DocState, refs: Ref[]): Rect | null {
  let r: Rect | null = null;
  for (const ref of refs) r = union(r, refBounds(doc, ref));
  return r;
}

export function hallRect(doc: DocState, hallId: number | null): Rect | null {
  const h = hallId != null ? doc.hall.get(hallId) : undefined;
  return h ? { x0: 0, y0: 0, x1: h.widthMm, y1: h.depthMm } : null;
}
