import { tileName } from '../../../core/geometry/grid.js';
import { formatM } from '../../../core/model/units.js';
import { useDoc } from '../store/document.js';
import { useUi } from '../store/ui.js';

export function StatusBar() {
  const cursor = useUi((s) => s.cursorMm);
  const scale = useUi((s) => s.camera.scale);
  const hallId = useUi((s) => s.hallId);
  const hall = useDoc((s) => (hallId != null ? s.hall.get(hallId) : undefined));
  const selection = useUi((s) => s.selection);
  const drawing = useUi((s) => s.drawing);
  const cableStart = useUi((s) => s.cableStart);
  const startName = useDoc((s) => {
    const p = cableStart != null ? s.port.get(cableStart) : undefined;
    return p ? `${s.device.get(p.deviceId)?.name ?? '?'}:${p.name}` : null;
  });
  const counts = useDoc((s) => `${s.rack.size} racks · ${s.tray.size} trays · ${s.floor?.counts.cables ?? s.cable.size} cables`);
  const inside = cursor && hall && cursor.x >= 0 && cursor.y >= 0 && cursor.x < hall.widthMm && cursor.y < hall.depthMm;
  return (
    <footer className="statusbar">
      <span data-testid="cursor">{cursor ? `x ${formatM(cursor.x)}  y ${formatM(cursor.y)}` : '—'}</span>
      <span data-testid="tile">{inside && hall ? `tile ${tileName(cursor.x, cursor.y, hall.tileMm)}` : ''}</span>
      <span data-testid="selected">{selection.length ? `${selection.length} selected` : ''}</span>
      {startName && <span className="status-drawing" data-testid="status-cable">Cable from {startName}: click the other end in an elevation · Esc cancels</span>}
      {drawing && <span className="status-drawing" data-testid="status-drawing">{drawing}</span>}
      <span className="spacer" />
      <span>{counts}</span>
      <span data-testid="zoom">{`zoom ${(scale * 1000).toFixed(scale < 0.01 ? 1 : 0)} px/m`}</span>
    </footer>
  );
}
