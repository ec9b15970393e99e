import { tileName } from '../../../core/geometry/grid.js';
import { formatM } from '../../../core/model/units.js';
import { useDoc } from '../store/document.js';
import { useUi } from '../store/ui.js';
import { useHallCounts } from '../store/hall-counts.js';
import { thousands } from './thousands.js';

// The cursor read-out changes once a frame while the pointer moves over the plan: only it re-renders then.
function CursorReadout() {
  const cursor = useUi((s) => s.cursorMm);
  const hallId = useUi((s) => s.hallId);
  const hall = useDoc((s) => (hallId != null ? s.hall.get(hallId) : undefined));
  const inside = cursor && hall && cursor.x >= 0 && cursor.y >= 0 && cursor.x < hall.widthMm && cursor.y < hall.depthMm;
  return (
    <>
      <span data-testid="cursor">{cursor ? `x ${formatM(cursor.x)}  y ${formatM(cursor.y)}` : '—'}</span>
      <span data-testid="tile">{inside && hall ? `tile ${tileName(cursor.x, cursor.y, hall.tileMm)}` : ''}</span>
    </>
  );
}

// The zoom read-out changes with every wheel notch: only it re-renders then (not the hall's counts).
function ZoomReadout() {
  const scale = useUi((s) => s.camera.scale);
  return <span data-testid="zoom">{`zoom ${(scale * 1000).toFixed(scale < 0.01 ? 1 : 0)} px/m`}</span>;
}

export function StatusBar() {
  const hallId = useUi((s) => s.hallId);
  const hall = useDoc((s) => (hallId != null ? s.hall.get(hallId) : undefined));
  const selection = useUi((s) => s.selection);
  const drawing = useUi((s) => s.drawing);
  const cableStart = useUi((s) => s.cableStart);
  const startName = useDoc((s) => {
    const p = cableStart != null ? s.port.get(cableStart) : undefined;
    return p ? `${s.device.get(p.deviceId)?.name ?? '?'}:${p.name}` : null;
  });
  const n = useHallCounts(hallId);
  const counts = hall ? `${hall.name}: ${thousands(n.racks)} racks · ${thousands(n.trays)} trays · ${thousands(n.cables)} cables` : '';
  return (
    <footer className="statusbar">
      <CursorReadout />
      <span data-testid="selected">{selection.length ? `${selection.length} selected` : ''}</span>
      {startName && <span className="status-drawing" data-testid="status-cable">Cable from {startName}: click the other end in an elevation · Esc cancels</span>}
      {drawing && <span className="status-drawing" data-testid="status-drawing">{drawing}</span>}
      <span className="spacer" />
      <span data-testid="hall-counts" title="What the hall on screen holds (cables with both ends in it)">{counts}</span>
      <ZoomReadout />
    </footer>
  );
}
