// Colours of the floor plan, in one place.
import type { RackItem } from './scene.js';

export const C = {
  outside: '#e9ecef',
  hall: '#ffffff',
  grid: '#e3e6ea',
  gridMajor: '#cfd4da',
  hallEdge: '#4b5563',
  label: '#6b7280',
  cold: 'rgba(59,130,246,0.13)',
  hot: 'rgba(239,68,68,0.12)',
  tray: 'rgba(148,160,176,0.5)',
  trayEdge: 'rgba(90,102,120,0.55)',
  junction: '#374151',
  drop: '#6b7280',
  rackStroke: '#374151',
  rackFront: '#1f2937',
  rackText: '#111827',
  select: '#2563eb',
  hover: '#60a5fa',
  ghost: 'rgba(37,99,235,0.25)',
  ghostBad: 'rgba(220,38,38,0.35)',
  ghostBadEdge: '#dc2626',
  cable: '#0f766e',
  /** Trunks (panel rear port to rear port) in the trays. */
  trunk: '#ea580c',
  /** A selected cable's or port's whole channel (distinct from checks, audit and find marks). */
  channel: '#c026d3',
  unrouted: 'rgba(124,58,237,0.55)',
  marquee: 'rgba(37,99,235,0.12)',
  /** In-row CDUs on the floor. */
  cdu: '#cffafe',
  cduEdge: '#0e7490',
};

/** Power use against the rack's budget, from pale (empty) to red (over budget). */
export function rackFill(it: RackItem): string {
  if (it.devices === 0) return '#eef0f3';
  const budget = it.rack.powerBudgetW;
  if (budget <= 0) return '#cbd5e1';
  const r = it.powerW / budget;
  if (r < 0.5) return '#d1fae5';
  if (r < 0.8) return '#86efac';
  if (r < 0.95) return '#fde68a';
  if (r <= 1) return '#fdba74';
  return '#f87171';
}

/** Bundle shade by how many cables a tray segment carries, relative to the busiest one. */
export function bundleColor(count: number, max: number): string {
  const t = max > 0 ? Math.sqrt(count / max) : 0;
  const a = 0.25 + 0.45 * t;
  return `rgba(13,148,136,${a.toFixed(2)})`;
}
