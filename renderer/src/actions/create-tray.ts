import type { Id } from '../../../core/model/entities.js';
import { useDoc } from '../store/document.js';
import { applyEdit } from '../store/edits.js';
import { useUi } from '../store/ui.js';

import type { TraySpec } from '../store/tray-spec.js';

/** The next free name of the form T-<n>. */
export function nextTrayName(): string {
  let max = 0;
  for (const t of useDoc.getState().tray.values()) {
    const m = /^T-(\d+)$/.exec(t.name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `T-${max + 1}`;
}

/** Drops repeated points (a double-click adds the last one twice). */
export function cleanPoints(points: [number, number][]): [number, number][] {
  return points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
}

export async function createTray(hallId: Id, points: [number, number][], spec: TraySpec) {
  const pts = cleanPoints(points).map(([x, y]) => [Math.round(x), Math.round(y)] as [number, number]);
  if (pts.length < 2) {
    useUi.getState().toast('error', 'A tray needs at least two points: click where it starts and where it bends, then press Enter');
    return null;
  }
  const name = nextTrayName();
  const r = await applyEdit({ label: `Draw tray ${name}`, ops: [{ op: 'create', kind: 'tray', value: { hallId, name, ...spec, points: pts } }] });
  const id = r?.patch.put.tray?.[0]?.id;
  if (id != null) useUi.getState().select([{ kind: 'tray', id }]);
  return r;
}
