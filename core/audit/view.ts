// What the audit panel shows: a colour per class, the filter, and the canvas highlights of the
// items (planned cables in place, every cable of a planned link's channel through patch panels,
// and the devices of found links the plan has no cable for).
import type { Id } from '../model/entities.js';
import type { AuditClass, AuditItem } from './types.js';

export const CLASS_COLORS: Record<AuditClass, string> = {
  missing: '#d32f2f',
  unexpected: '#7b1fa2',
  miswired: '#f57c00',
  swapped: '#c2185b',
  'wrong-media': '#1976d2',
  'wrong-length': '#00897b',
  'wrong-speed': '#5d4037',
};

export const CLASS_LABELS: Record<AuditClass, string> = {
  missing: 'Missing',
  unexpected: 'Unexpected',
  miswired: 'Miswired',
  swapped: 'Swapped pair',
  'wrong-media': 'Wrong media',
  'wrong-length': 'Wrong length',
  'wrong-speed': 'Wrong speed',
};

export interface AuditFilter {
  classes: ReadonlySet<AuditClass>;
  text: string;
}

export function filterItems(items: AuditItem[], f: AuditFilter): AuditItem[] {
  const q = f.text.trim().toLowerCase();
  return items.filter((i) => f.classes.has(i.class) && (q === '' || searchText(i).includes(q)));
}

function searchText(i: AuditItem): string {
  const ends = [...i.planned.flatMap((p) => [p.label, p.a.host, p.a.port, p.b.host, p.b.port, ...(p.channel?.panels.map((x) => `${x.device} ${x.front}`) ?? [])]), ...i.found.flatMap((f) => [f.a.host, f.a.port, f.b.host, f.b.port, f.source])];
  return `${i.detail} ${ends.join(' ')}`.toLowerCase();
}

export interface AuditHighlight {
  kind: 'cable' | 'device';
  id: Id;
  color: string;
}

/** Planned cables (all of a channel's) in their class colour; devices a found link touches that no planned cable shows. */
export function highlightsOf(items: AuditItem[]): AuditHighlight[] {
  const out = new Map<string, AuditHighlight>();
  for (const i of items) {
    const color = CLASS_COLORS[i.class];
    for (const p of i.planned) {
      for (const id of p.channel ? p.channel.cables.map((c) => c.id) : [p.cableId]) out.set(`cable:${id}`, { kind: 'cable', id, color });
    }
    for (const f of i.found) {
      for (const e of [f.a, f.b]) if (e.deviceId !== null && !out.has(`device:${e.deviceId}`)) out.set(`device:${e.deviceId}`, { kind: 'device', id: e.deviceId, color });
    }
  }
  return [...out.values()];
}
