// One face of a rack in the elevation: its U rows, the devices seen from that side, their ports
// (clicked to draw cables; panel ports tinted by their port map) and the marks of the panel
// highlights (checks, audit, a link's channel). The elevation shows one rack's two faces, or the
// faces of every rack a channel passes side by side.
import type React from 'react';
import { useMemo } from 'react';
import type { Device, DeviceType, Face as RackFaceName, Id, Port, Rack } from '../../../core/model/entities.js';
import { deviceDrawLabel } from '../../../core/model/power.js';
import { cablesByPort, devicesByRack, portsByDevice, useDoc } from '../store/document.js';
import { isSelected, useUi } from '../store/ui.js';
import { elevationMarks } from './highlights.js';
import { devicesOnFace, MIN_PORT_PX, mountProblem, portBox, portGrid, portRackFace, rackFrameW, zoomForPorts, type ElevationScale } from './layout.js';
import { panelMap, tagStyle, type PortTag } from './panel-map.js';

/** The zoom at which every device of the rack with a marked port (or marked itself) shows its ports at 10 px or more. */
export function zoomForMarks(rackId: Id, marks: ReturnType<typeof elevationMarks>, baseUPx: number): { zoom: number; device: string } | null {
  if (marks.port.size === 0 && marks.device.size === 0) return null;
  const doc = useDoc.getState();
  const byDevice = portsByDevice(doc.port);
  let best: { zoom: number; device: string } | null = null;
  for (const d of devicesByRack(doc.device).get(rackId) ?? []) {
    const ports = byDevice.get(d.id) ?? [];
    if (!marks.device.has(d.id) && !ports.some((p) => marks.port.has(p.id))) continue;
    const h = Math.max(1, Math.ceil(doc.deviceTypes.get(d.typeId)?.uHeight ?? 1));
    for (const face of ['front', 'rear'] as const) {
      const n = ports.filter((p) => portRackFace(d, p) === face).length;
      const z = n ? zoomForPorts(n, h, baseUPx) : null;
      if (z != null && (!best || z > best.zoom)) best = { zoom: z, device: d.name };
    }
  }
  return best;
}

/** A device to bring into view once the elevation has been laid out at a new zoom. */
export const scrollTarget: { device: string | null } = { device: null };
export function zoomToDevice(zoom: number, device: string): void {
  scrollTarget.device = device;
  useUi.getState().setElevZoom(zoom);
}

export type Scale = ElevationScale;

export interface DragState {
  type: DeviceType;
  /** Set when an existing device is being moved rather than a type added. */
  device?: Device;
  x: number;
  y: number;
  target: { rackId: Id; face: RackFaceName; u: number } | null;
}

function PortSquare({ port, device, size, cabled, mark, tag }: { port: Port; device: Device; size: number; cabled: boolean; mark: string | undefined; tag?: PortTag }) {
  const start = useUi((s) => s.cableStart);
  const chosen = start === port.id;
  return (
    <span
      className={`port${cabled ? ' cabled' : ''}${chosen ? ' chosen' : ''}${tag ? ' tagged' : ''}`}
      style={{ width: size, height: size, ...tagStyle(tag, cabled, size), ...(mark ? { background: mark, borderColor: mark, color: '#fff' } : {}) }}
      data-port={`${device.name}:${port.name}`}
      data-mark={mark}
      title={`${tag ? tag.title : `${port.name} · ${port.formFactor} ${port.speedGbps}G`}${cabled ? ' · cabled (click to select the cable)' : ' · click to start a cable'}`}
      onPointerDown={(e) => e.stopPropagation()}
      onClick={(e) => {
        e.stopPropagation();
        const ui = useUi.getState();
        const existing = cabled ? cablesByPort(useDoc.getState().cable).get(port.id) : undefined;
        // A port holds one cable: clicking a cabled one selects that cable (its route shows on
        // the floor plan); clicking a free one starts or ends a new cable.
        if (existing && ui.cableStart == null) ui.select([{ kind: 'cable', id: existing.id }]);
        else if (ui.cableStart == null || ui.cableStart === port.id) ui.setCableStart(ui.cableStart === port.id ? null : port.id);
        else window.dispatchEvent(new CustomEvent('trayline:cable-end', { detail: port.id }));
      }}
    >
      {tag && tag.text}
    </span>
  );
}

/** `sideBySide`: one of several racks' faces (a channel's); a device's "ports ⊕" then opens its rack alone, zoomed to it. */
export function RackFace({ rack, face, drag, scale, baseUPx, sideBySide = false, onDeviceDrag }: { rack: Rack; face: RackFaceName; drag: DragState | null; scale: Scale; baseUPx: number; sideBySide?: boolean; onDeviceDrag: (d: Device, t: DeviceType, e: React.PointerEvent) => void }) {
  const { uPx, faceW, labelW, gutter } = scale;
  const devMap = useDoc((s) => s.device);
  const types = useDoc((s) => s.deviceTypes);
  const ports = useDoc((s) => s.port);
  const cables = useDoc((s) => s.cable);
  const selection = useUi((s) => s.selection);
  const highlights = useUi((s) => s.highlights);
  const marks = useMemo(() => elevationMarks(highlights, cables), [highlights, cables]);
  const devices = devicesByRack(devMap).get(rack.id) ?? [];
  const byDevice = portsByDevice(ports);
  const cabled = cablesByPort(cables);
  const shown = devicesOnFace(devices, types, face);
  const H = rack.heightU * uPx;
  const top = (u: number, h: number) => H - (u - 1 + h) * uPx;
  const ghost = drag?.target?.face === face && drag.target.rackId === rack.id ? drag.target : null;
  const ghostProblem = ghost && drag ? mountProblem(rack.heightU, devices.filter((d) => d.id !== drag.device?.id), types, drag.type, ghost.u, face) : null;
  return (
    <div className="elev-face">
      <div className="elev-face-title">{face === 'front' ? 'Front' : 'Rear'}</div>
      <div className="elev-rack" style={{ height: H + 6, width: rackFrameW(scale) }} data-face={face} data-rack-id={rack.id}>
        {Array.from({ length: rack.heightU }, (_, i) => i + 1).map((u) => (
          <div key={u} className="u-row" style={{ top: top(u, 1), height: uPx }} data-u={u} data-face={face}>
            <span className="u-num">{u}</span>
          </div>
        ))}
        {shown.map(({ device, through }) => {
          const t = types.get(device.typeId);
          const h = Math.max(1, Math.ceil(t?.uHeight ?? 1));
          const sel = isSelected(selection, 'device', device.id);
          const mark = marks.device.get(device.id);
          const facePorts = (byDevice.get(device.id) ?? []).filter((p) => portRackFace(device, p) === face);
          const pmap = panelMap({ port: ports, device: devMap, deviceTypes: types }, device.id);
          const box = portBox(scale, h);
          const grid = portGrid(facePorts.length, box.w, box.h);
          // ports too small to hit at this zoom: the marked ones (a channel's, a check's) still show
          const litOnly = grid ? [] : facePorts.filter((p) => marks.port.has(p.id));
          // side by side the faces are narrow: the "⊕" button is short and the label gives way to
          // the lit ports (its full name is in the tooltip and in the column's head)
          const button = sideBySide ? 20 : 60;
          const litW = sideBySide ? Math.max(box.w - button, Math.min(litOnly.length * (MIN_PORT_PX + 2), faceW - 12 - 30 - button)) : box.w - button;
          const litGrid = litOnly.length ? portGrid(litOnly.length, litW, box.h) : null;
          const litCols = litGrid ? Math.min(litGrid.cols, litOnly.length) : 0;
          let ownLabelW = labelW;
          if (sideBySide && facePorts.length === 0) ownLabelW = faceW - 8;
          else if (sideBySide && !grid) ownLabelW = faceW - 10 - button - (litGrid ? litCols * (litGrid.size + 2) : 0);
          const compact = h * uPx < 26; // one line: the name; the model is in the tooltip
          return (
            <div
              key={device.id}
              className={`device role-${t?.role ?? 'other'}${through ? ' through' : ''}${sel ? ' selected' : ''}`}
              style={{ top: top(device.u, h) + 1, height: h * uPx - 2, left: gutter, width: faceW - 1, ...(mark ? { boxShadow: `inset 0 0 0 2px ${mark}` } : {}) }}
              title={`${device.name} · ${t ? `${t.manufacturer} ${t.model}` : 'unknown type'} · U${device.u}`}
              data-device={device.name}
              data-mark={mark}
              onPointerDown={(e) => t && e.button === 0 && onDeviceDrag(device, t, e)}
              onClick={(e) => useUi.getState().select([{ kind: 'device', id: device.id }], e.shiftKey ? 'toggle' : 'replace')}
            >
              <div className="dev-label" style={{ width: ownLabelW, minWidth: ownLabelW }}>
                <b>{device.name}</b>
                {!compact && <span>{t ? t.model : '?'}</span>}
                {through && h * uPx >= 40 && <span className="muted">{device.face}-mounted</span>}
                {!through && h * uPx >= 40 && <span>{deviceDrawLabel(t) ?? 'power n/a'}</span>}
              </div>
              {facePorts.length > 0 && grid && (
                <div className="dev-ports" style={{ gridTemplateColumns: `repeat(${grid.cols}, ${grid.size}px)`, width: box.w, maxHeight: box.h }}>
                  {facePorts.map((p) => <PortSquare key={p.id} port={p} device={device} size={grid.size} cabled={cabled.has(p.id)} mark={marks.port.get(p.id)} tag={pmap?.tag.get(p.id)} />)}
                </div>
              )}
              {litGrid && (
                <div className="dev-ports lit-only" style={{ gridTemplateColumns: `repeat(${litCols}, ${litGrid.size}px)`, maxHeight: box.h }} title={`${litOnly.length} of ${facePorts.length} ports shown: the lit ones`}>
                  {litOnly.map((p) => <PortSquare key={p.id} port={p} device={device} size={litGrid.size} cabled={cabled.has(p.id)} mark={marks.port.get(p.id)} tag={pmap?.tag.get(p.id)} />)}
                </div>
              )}
              {facePorts.length > 0 && !grid && (
                <button
                  className="ports-zoom"
                  data-testid="ports-zoom"
                  title={sideBySide ? `All ${facePorts.length} ports: open this rack alone, zoomed in until they can be clicked` : 'Zoom in until these ports can be clicked (they are under 10 px at this zoom)'}
                  onPointerDown={(e) => e.stopPropagation()}
                  onClick={(e) => {
                    e.stopPropagation();
                    // alone, 1U may be drawn smaller than side by side: the zoom for the smallest
                    if (sideBySide) useUi.getState().openRack(rack.id);
                    const z = zoomForPorts(facePorts.length, h, sideBySide ? 12 : baseUPx);
                    if (z != null) zoomToDevice(z, device.name);
                  }}
                >
                  {sideBySide ? '⊕' : litGrid ? `all ${facePorts.length} ⊕` : `${facePorts.length} ports ⊕`}
                </button>
              )}
            </div>
          );
        })}
        {ghost && drag && (
          <div
            className={`ghost${ghostProblem ? ' bad' : ''}`}
            style={{ top: top(ghost.u, Math.ceil(drag.type.uHeight)), height: Math.ceil(drag.type.uHeight) * uPx, left: gutter, width: faceW - 1 }}
          >
            {drag.type.model} at U{ghost.u}{ghostProblem ? ` — ${ghostProblem}` : ''}
          </div>
        )}
      </div>
    </div>
  );
}
