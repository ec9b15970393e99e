// A rack's elevation: front and rear by U, device types dragged in from the project's list,
// ports clicked to draw cables (port A, then port B, possibly in another rack), power totals.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Device, DeviceType, Face, Id, Port, Rack } from '../../../core/model/entities.js';
import { formatW } from '../../../core/model/units.js';
import { addDevice, moveDevice } from '../actions/add-device.js';
import { createCable } from '../actions/create-cable.js';
import { PowerLine } from '../inspector/Inspector.js';
import { linkKey, linkLabel, linksFor } from '../inspector/links.js';
import { cablesByPort, devicesByRack, portsByDevice, useDoc } from '../store/document.js';
import { ELEV_ZOOM_MAX, isSelected, useUi } from '../store/ui.js';

/** The zoom at which every device of the rack with a marked port (or marked itself) shows its ports at 10 px or more. */
function zoomForMarks(rackId: Id, marks: ReturnType<typeof elevationMarks>, baseUPx: number): { zoom: number; device: string } | null {
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
const scrollTarget: { device: string | null } = { device: null };
function zoomToDevice(zoom: number, device: string): void {
  scrollTarget.device = device;
  useUi.getState().setElevZoom(zoom);
}
import { devicesOnFace, elevationScale, mountProblem, portBox, portGrid, portRackFace, zoomForPorts } from './layout.js';
import { markElevation } from './ready.js';
import { elevationMarks } from './highlights.js';
import { panelMap, tagStyle, type PortTag } from './panel-map.js';
import { TrunkDialog } from './TrunkDialog.js';
import './elevation.css';

type Scale = ReturnType<typeof elevationScale>;

interface DragState {
  type: DeviceType;
  /** Set when an existing device is being moved rather than a type added. */
  device?: Device;
  x: number;
  y: number;
  target: { face: Face; u: number } | null;
}

function DeviceTypeList({ onStart }: { onStart: (t: DeviceType, e: React.PointerEvent) => void }) {
  const types = useDoc((s) => s.deviceTypes);
  const [q, setQ] = useState('');
  const list = [...types.values()]
    .filter((t) => `${t.manufacturer} ${t.model} ${t.slug} ${t.role}`.toLowerCase().includes(q.toLowerCase()))
    .sort((a, b) => a.role.localeCompare(b.role) || a.model.localeCompare(b.model));
  return (
    <div className="elev-types">
      <input placeholder="Filter device types" value={q} onChange={(e) => setQ(e.target.value)} />
      <p className="muted">Drag a type onto a U slot.</p>
      <ul>
        {list.map((t) => (
          <li key={t.id} data-type={t.slug} onPointerDown={(e) => onStart(t, e)} title={t.source}>
            <b>{t.model}</b>
            <span className="muted">
              {t.manufacturer} · {t.uHeight}U{t.isFullDepth ? '' : ' half-depth'} · {t.maxPowerW != null ? formatW(t.maxPowerW) : 'power n/a'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
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

function Face({ rack, face, drag, scale, baseUPx, onDeviceDrag }: { rack: Rack; face: Face; drag: DragState | null; scale: Scale; baseUPx: number; onDeviceDrag: (d: Device, t: DeviceType, e: React.PointerEvent) => void }) {
  const { uPx, faceW, labelW } = scale;
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
  const ghost = drag?.target?.face === face ? drag.target : null;
  const ghostProblem = ghost && drag ? mountProblem(rack.heightU, devices.filter((d) => d.id !== drag.device?.id), types, drag.type, ghost.u, face) : null;
  return (
    <div className="elev-face">
      <div className="elev-face-title">{face === 'front' ? 'Front' : 'Rear'}</div>
      <div className="elev-rack" style={{ height: H + 6, width: faceW + 28 + 6 }} data-face={face}>
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
          const compact = h * uPx < 26; // one line: the name; the model is in the tooltip
          return (
            <div
              key={device.id}
              className={`device role-${t?.role ?? 'other'}${through ? ' through' : ''}${sel ? ' selected' : ''}`}
              style={{ top: top(device.u, h) + 1, height: h * uPx - 2, left: 25, width: faceW - 1, ...(mark ? { boxShadow: `inset 0 0 0 2px ${mark}` } : {}) }}
              title={`${device.name} · ${t ? `${t.manufacturer} ${t.model}` : 'unknown type'} · U${device.u}`}
              data-device={device.name}
              data-mark={mark}
              onPointerDown={(e) => t && e.button === 0 && onDeviceDrag(device, t, e)}
              onClick={(e) => useUi.getState().select([{ kind: 'device', id: device.id }], e.shiftKey ? 'toggle' : 'replace')}
            >
              <div className="dev-label" style={{ width: labelW, minWidth: labelW }}>
                <b>{device.name}</b>
                {!compact && <span>{t ? t.model : '?'}</span>}
                {through && h * uPx >= 40 && <span className="muted">{device.face}-mounted</span>}
                {!through && h * uPx >= 40 && <span>{t?.maxPowerW != null ? formatW(t.maxPowerW) : 'power n/a'}</span>}
              </div>
              {facePorts.length > 0 && grid && (
                <div className="dev-ports" style={{ gridTemplateColumns: `repeat(${grid.cols}, ${grid.size}px)`, width: box.w, maxHeight: box.h }}>
                  {facePorts.map((p) => <PortSquare key={p.id} port={p} device={device} size={grid.size} cabled={cabled.has(p.id)} mark={marks.port.get(p.id)} tag={pmap?.tag.get(p.id)} />)}
                </div>
              )}
              {facePorts.length > 0 && !grid && (
                <button
                  className="ports-zoom"
                  data-testid="ports-zoom"
                  title="Zoom in until these ports can be clicked (they are under 10 px at this zoom)"
                  onPointerDown={(e) => e.stopPropagation()}
                  onClick={(e) => {
                    e.stopPropagation();
                    const z = zoomForPorts(facePorts.length, h, baseUPx);
                    if (z != null) zoomToDevice(z, device.name);
                  }}
                >
                  {facePorts.length} ports ⊕
                </button>
              )}
            </div>
          );
        })}
        {ghost && drag && (
          <div
            className={`ghost${ghostProblem ? ' bad' : ''}`}
            style={{ top: top(ghost.u, Math.ceil(drag.type.uHeight)), height: Math.ceil(drag.type.uHeight) * uPx, left: 25, width: faceW - 1 }}
          >
            {drag.type.model} at U{ghost.u}{ghostProblem ? ` — ${ghostProblem}` : ''}
          </div>
        )}
      </div>
    </div>
  );
}

function CableDialog({ a, b, onClose }: { a: Id; b: Id; onClose: () => void }) {
  const doc = useDoc.getState();
  const pa = doc.port.get(a)!, pb = doc.port.get(b)!;
  // Links that fit both ports, chosen whole (an assembly, or transceivers over a fibre).
  const links = useMemo(() => linksFor(doc, a, b, null), [doc, a, b]);
  const [choice, setChoice] = useState('||');
  const name = (p: Port) => `${doc.device.get(p.deviceId)?.name}:${p.name} (${p.formFactor} ${p.speedGbps}G)`;
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-label="New cable">
        <h2>New cable</h2>
        <p>A: {name(pa)}<br />B: {name(pb)}</p>
        <label className="field" style={{ gridTemplateColumns: '60px 1fr' }}>
          <span>Link</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)} data-field="media">
            <option value="||">leave to routing (cheapest that reaches)</option>
            {links.map((o) => <option key={linkKey(o)} value={linkKey(o)}>✓ {linkLabel(doc, o)}</option>)}
          </select>
        </label>
        {links.length === 0 && <p className="bad">Nothing in the catalog fits both ports ({pa.formFactor} {pa.speedGbps}G and {pb.formFactor} {pb.speedGbps}G).</p>}
        <div className="actions">
          <button
            data-testid="create-cable"
            onClick={async () => {
              const o = links.find((x) => linkKey(x) === choice) ?? null;
              const r = await createCable(a, b, o);
              if (r) {
                useUi.getState().setCableStart(null);
                onClose();
              }
            }}
          >
            Create cable
          </button>
          <button onClick={onClose}>Cancel</button>
        </div>
      </div>
    </div>
  );
}

export function ElevationView() {
  const rackId = useUi((s) => s.openRackId);
  const rack = useDoc((s) => (rackId != null ? s.rack.get(rackId) : undefined));
  const cableStart = useUi((s) => s.cableStart);
  const startPort = useDoc((s) => (cableStart != null ? s.port.get(cableStart) : undefined));
  const startDevice = useDoc((s) => (startPort ? s.device.get(startPort.deviceId) : undefined));
  const [drag, setDrag] = useState<DragState | null>(null);
  const [end, setEnd] = useState<Id | null>(null);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onEnd = (e: Event) => setEnd((e as CustomEvent<Id>).detail);
    window.addEventListener('trayline:cable-end', onEnd);
    return () => window.removeEventListener('trayline:cable-end', onEnd);
  }, []);
  const [hostH, setHostH] = useState(0);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHostH(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, [rackId]);
  const zoom = useUi((s) => s.elevZoom);
  const heightU = rack?.heightU ?? 42;
  const baseUPx = Math.max(12, Math.min(22, Math.floor(((hostH || 700) - 140) / heightU)));
  const scale = elevationScale(baseUPx, zoom);
  // Marked ports (an audit's "Show", a found port) are shown big enough to see and hit: once per
  // rack and set of marks, the zoom goes up to what the marked devices' ports need.
  const highlights = useUi((s) => s.highlights);
  const cablesMap = useDoc((s) => s.cable);
  const marks = useMemo(() => elevationMarks(highlights, cablesMap), [highlights, cablesMap]);
  const autoZoom = useMemo(() => (rack && hostH > 0 ? zoomForMarks(rack.id, marks, baseUPx) : null), [rack?.id, marks, baseUPx, hostH > 0]);
  const autoDone = useRef<{ rackId: number; marks: unknown } | null>(null);
  const autoPending = !!autoZoom && autoZoom.zoom > zoom && !(autoDone.current?.rackId === rack?.id && autoDone.current?.marks === marks);
  // Tell the test hooks (and anything waiting) once the layout has its measured, final sizes.
  useLayoutEffect(() => {
    if (autoPending && rack && autoZoom) {
      autoDone.current = { rackId: rack.id, marks };
      markElevation(null, null);
      zoomToDevice(autoZoom.zoom, autoZoom.device);
      return;
    }
    markElevation(rack && hostH > 0 ? rack.id : null, hostH > 0 ? scale.uPx : null);
  });
  useLayoutEffect(() => () => markElevation(null, null), []);
  useLayoutEffect(() => {
    const name = scrollTarget.device;
    if (!name) return;
    scrollTarget.device = null;
    document.querySelector(`.elev-rack [data-device="${CSS.escape(name)}"]`)?.scrollIntoView({ block: 'center', inline: 'center' });
  });
  const faces = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = faces.current;
    if (!el) return;
    // Ctrl+wheel (or a pinch) zooms the elevation; plain wheel scrolls it.
    const wheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const ui = useUi.getState();
      ui.setElevZoom(ui.elevZoom * (e.deltaY < 0 ? 1.25 : 0.8));
    };
    el.addEventListener('wheel', wheel, { passive: false });
    return () => el.removeEventListener('wheel', wheel);
  }, [rack?.id]);
  if (!rack) return null;

  const startDrag = (type: DeviceType, e: React.PointerEvent, device?: Device) => {
    e.preventDefault();
    const x0 = e.clientX, y0 = e.clientY;
    let moving = !device; // moving an existing device starts after a few pixels, so a click still selects it
    if (moving) setDrag({ type, device, x: e.clientX, y: e.clientY, target: null });
    // The U under the pointer from its height in the rack frame (devices cover the U rows, so
    // the element under the pointer may be a device).
    const where = (ev: PointerEvent) => {
      const el = document.elementFromPoint(ev.clientX, ev.clientY)?.closest<HTMLElement>('.elev-rack[data-face]');
      if (!el) return null;
      const box = el.getBoundingClientRect();
      const fromBottom = box.bottom - el.clientTop - ev.clientY;
      const u = Math.floor(fromBottom / (el.clientHeight / rack.heightU)) + 1;
      return u >= 1 && u <= rack.heightU ? { face: el.dataset.face as Face, u } : null;
    };
    const move = (ev: PointerEvent) => {
      if (!moving && Math.hypot(ev.clientX - x0, ev.clientY - y0) < 5) return;
      moving = true;
      setDrag({ type, device, x: ev.clientX, y: ev.clientY, target: where(ev) });
    };
    const up = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      const t = moving ? where(ev) : null;
      setDrag(null);
      if (!t) return;
      if (!device) void addDevice(rack, type, t.u, t.face);
      else if (t.u !== device.u || t.face !== device.face) void moveDevice(device.id, device.name, t.u, t.face);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  return (
    <div className="elevation" ref={host} data-testid="elevation" data-rack-id={rack.id}>
      <DeviceTypeList onStart={startDrag} />
      <div className="elev-main">
        <div className="elev-head">
          <h2>Rack {rack.name}</h2>
          <span>{rack.heightU}U · {rack.widthMm}×{rack.depthMm} mm</span>
          <PowerLine rack={rack} />
          <span className="spacer" />
          <span className="elev-zoom" role="group" aria-label="Zoom">
            <button onClick={() => useUi.getState().setElevZoom(zoom * 0.8)} disabled={zoom <= 1} title="Zoom out (−, Ctrl+wheel)" data-testid="elev-zoom-out">−</button>
            <span data-testid="elev-zoom">{Math.round(zoom * 100)} %</span>
            <button onClick={() => useUi.getState().setElevZoom(zoom * 1.25)} disabled={zoom >= ELEV_ZOOM_MAX} title="Zoom in (+, Ctrl+wheel)" data-testid="elev-zoom-in">+</button>
            <button onClick={() => useUi.getState().setElevZoom(1)} disabled={zoom === 1} title="Fit the height (0)">Fit</button>
          </span>
          <button onClick={() => useUi.getState().openRack(null)} title="Esc">Back to floor plan</button>
        </div>
        {startPort && (
          <div className="banner elev-banner" data-testid="cable-banner">
            Cable from <b>{startDevice?.name}:{startPort.name}</b> — click the other end (in this or another rack; Esc cancels)
          </div>
        )}
        <div className="elev-faces" ref={faces}>
          <Face rack={rack} face="front" drag={drag} scale={scale} baseUPx={baseUPx} onDeviceDrag={(d, t, e) => startDrag(t, e, d)} />
          <Face rack={rack} face="rear" drag={drag} scale={scale} baseUPx={baseUPx} onDeviceDrag={(d, t, e) => startDrag(t, e, d)} />
        </div>
      </div>
      {drag && <div className="drag-chip" style={{ left: drag.x + 12, top: drag.y + 12 }}>{drag.device ? `Move ${drag.device.name}` : drag.type.model} ({drag.type.uHeight}U)</div>}
      {end != null && cableStart != null && (TrunkDialog.fits(cableStart, end) ? <TrunkDialog a={cableStart} b={end} onClose={() => setEnd(null)} /> : <CableDialog a={cableStart} b={end} onClose={() => setEnd(null)} />)}
    </div>
  );
}
