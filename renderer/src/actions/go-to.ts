// Going to a found object: select it and show it. Racks and cables are shown on the floor plan;
// devices and ports in their rack's elevation (with the port marked), which is where they are drawn.
import type { Id } from '../../../core/model/entities.js';
import type { FindKind } from '../find/search.js';
import { useDoc } from '../store/document.js';
import { useUi } from '../store/ui.js';
import { showOnFloor } from './navigate.js';

export const FIND_MARK = '#f59e0b';

export function goTo(kind: FindKind, id: Id): void {
  const doc = useDoc.getState();
  const ui = useUi.getState();
  ui.setHighlights('find', []);
  if (kind === 'rack') {
    const r = doc.rack.get(id);
    if (!r) return;
    ui.openRack(null);
    ui.select([{ kind: 'rack', id }]);
    showOnFloor([{ kind: 'rack', id }], r.hallId);
  } else if (kind === 'cable') {
    const c = doc.cable.get(id);
    const p = c && doc.port.get(c.aPortId);
    const d = p && doc.device.get(p.deviceId);
    const r = d && doc.rack.get(d.rackId);
    ui.openRack(null);
    ui.select([{ kind: 'cable', id }]);
    showOnFloor([{ kind: 'cable', id }], r?.hallId ?? null);
  } else {
    const port = kind === 'port' ? doc.port.get(id) : undefined;
    const d = doc.device.get(port ? port.deviceId : id);
    const r = d && doc.rack.get(d.rackId);
    if (!d || !r) return;
    ui.select([{ kind: 'device', id: d.id }]);
    showOnFloor([{ kind: 'rack', id: r.id }], r.hallId);
    ui.openRack(r.id);
    if (port) ui.setHighlights('find', [{ kind: 'port', id: port.id, color: FIND_MARK }]);
  }
}
