// Reading the selection as entities.
import type { Rack, Tray } from '../../../core/model/entities.js';
import { useDoc } from '../store/document.js';
import { useUi } from '../store/ui.js';

export function selectedRacks(): Rack[] {
  const doc = useDoc.getState();
  return useUi.getState().selection.flatMap((r) => (r.kind === 'rack' ? [doc.rack.get(r.id)].filter((x): x is Rack => !!x) : []));
}

export function selectedTrays(): Tray[] {
  const doc = useDoc.getState();
  return useUi.getState().selection.flatMap((r) => (r.kind === 'tray' ? [doc.tray.get(r.id)].filter((x): x is Tray => !!x) : []));
}

export function currentHall() {
  const id = useUi.getState().hallId;
  return id != null ? useDoc.getState().hall.get(id) ?? null : null;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
