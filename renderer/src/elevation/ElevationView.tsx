// A rack's elevation: front and rear by U, device types dragged in from the project's list,
// ports clicked to draw cables (port A, then port B, possibly in another rack), power totals.
// A link's channel opens the elevations of every rack it passes side by side (ui.elevRacks), each
// with the channel lit; the rest of the app opens one rack.
import type React from 'react';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Device, DeviceType, Face, Id, Rack } from '../../../core/model/entities.js';
import { deviceDrawLabel } from '../../../core/model/power.js';
import { addDevice, moveDevice } from '../actions/add-device.js';
import { PowerLine } from '../inspector/Inspector.js';
import { devicesByRack, portsByDevice, useDoc } from '../store/document.js';
import { ELEV_ZOOM_MAX, useUi } from '../store/ui.js';
import { elevationScale, sideBySideFaceW } from './layout.js';
import { markElevation } from './ready.js';
import { elevationMarks, type ElevationMarks } from './highlights.js';
import { CableDialog } from './CableDialog.js';
import { RackFace, scrollTarget, zoomForMarks, zoomToDevice, type DragState } from './RackFace.js';
import { TrunkDialog } from './TrunkDialog.js';
import './elevation.css';

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
              {t.manufacturer} · {t.uHeight}U{t.isFullDepth ? '' : ' half-depth'} · {deviceDrawLabel(t) ?? 'power n/a'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A rack's two faces under a head naming it and the devices of it that are lit (a channel's). */
function RackColumn({ rack, marks, children }: { rack: Rack; marks: ElevationMarks; children: React.ReactNode }) {
  const devMap = useDoc((s) => s.device);
  const ports = useDoc((s) => s.port);
  const byDevice = portsByDevice(ports);
  const lit = (devicesByRack(devMap).get(rack.id) ?? [])
    .filter((d) => marks.device.has(d.id) || (byDevice.get(d.id) ?? []).some((p) => marks.port.has(p.id)))
    .sort((a, b) => b.u - a.u)
    .map((d) => d.name);
  return (
    <div className="elev-rack-col" data-rack={rack.name}>
      <div className="elev-col-head">
        <b>Rack {rack.name}</b>
        <span className="muted" title={lit.join(', ')}>{lit.length ? `lit: ${lit.join(', ')}` : 'nothing lit'}</span>
        <button data-open-alone={rack.name} onClick={() => useUi.getState().openRack(rack.id)} title="Open this rack's elevation alone">alone ▸</button>
      </div>
      <div className="elev-col-faces">{children}</div>
    </div>
  );
}

export function ElevationView() {
  const rackId = useUi((s) => s.openRackId);
  const rack = useDoc((s) => (rackId != null ? s.rack.get(rackId) : undefined));
  // Several racks side by side (a link's channel), or the open rack alone.
  const elevRacks = useUi((s) => s.elevRacks);
  const rackMap = useDoc((s) => s.rack);
  const racks = useMemo(() => {
    const list = (elevRacks ?? []).flatMap((id) => rackMap.get(id) ?? []);
    return list.length > 1 ? list : rack ? [rack] : [];
  }, [elevRacks, rackMap, rack]);
  const multi = racks.length > 1;
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
  const faces = useRef<HTMLDivElement>(null);
  const [facesW, setFacesW] = useState(0);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHostH(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, [rackId]);
  const zoom = useUi((s) => s.elevZoom);
  const heightU = Math.max(42, ...racks.map((r) => r.heightU));
  // Side by side, 1U is at least 18 px, so that a lit port shows at 10 px without zooming in (the
  // racks then scroll a little in height rather than a lot in width).
  const baseUPx = Math.max(multi ? 18 : 12, Math.min(22, Math.floor(((hostH || 700) - (multi ? 180 : 140)) / heightU)));
  // Side by side, the faces narrow until every rack's column fits the width (down to a face that
  // still shows a name and two lit ports; more racks than that scroll sideways).
  const scale = elevationScale(baseUPx, zoom, multi, sideBySideFaceW(racks.length, facesW || 1200));
  // Marked ports (an audit's "Show", a found port, a channel) are shown big enough to see and hit:
  // once per set of racks and marks, the zoom goes up to what the marked devices' ports need.
  const highlights = useUi((s) => s.highlights);
  const cablesMap = useDoc((s) => s.cable);
  const marks = useMemo(() => elevationMarks(highlights, cablesMap), [highlights, cablesMap]);
  const shownKey = racks.map((r) => r.id).join(',');
  // Side by side the lit ports show at any zoom (RackFace): no zooming in, so the racks fit.
  const autoZoom = useMemo(() => {
    if (hostH <= 0 || multi) return null;
    let best: ReturnType<typeof zoomForMarks> = null;
    for (const r of racks) {
      const z = zoomForMarks(r.id, marks, baseUPx);
      if (z && (!best || z.zoom > best.zoom)) best = z;
    }
    return best;
  }, [shownKey, marks, baseUPx, hostH > 0]);
  const autoDone = useRef<{ racks: string; marks: unknown } | null>(null);
  const autoPending = !!autoZoom && autoZoom.zoom > zoom && !(autoDone.current?.racks === shownKey && autoDone.current?.marks === marks);
  // Tell the test hooks (and anything waiting) once the layout has its measured, final sizes.
  useLayoutEffect(() => {
    if (autoPending && rack && autoZoom) {
      autoDone.current = { racks: shownKey, marks };
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
  useLayoutEffect(() => {
    const el = faces.current;
    if (!el || !multi) return;
    // the width inside the scroll box (a vertical scroll bar is not room for the racks)
    const ro = new ResizeObserver(() => setFacesW(el.clientWidth));
    ro.observe(el);
    setFacesW(el.clientWidth);
    return () => ro.disconnect();
  }, [rack?.id, multi]);
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
    // The rack and U under the pointer from its height in the rack frame (devices cover the U
    // rows, so the element under the pointer may be a device).
    const where = (ev: PointerEvent) => {
      const el = document.elementFromPoint(ev.clientX, ev.clientY)?.closest<HTMLElement>('.elev-rack[data-face]');
      const r = el ? racks.find((x) => String(x.id) === el.dataset.rackId) : undefined;
      if (!el || !r) return null;
      const box = el.getBoundingClientRect();
      const fromBottom = box.bottom - el.clientTop - ev.clientY;
      const u = Math.floor(fromBottom / (el.clientHeight / r.heightU)) + 1;
      return u >= 1 && u <= r.heightU ? { rackId: r.id, face: el.dataset.face as Face, u } : null;
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
      const into = t ? racks.find((r) => r.id === t.rackId) : undefined;
      if (!t || !into) return;
      if (!device) void addDevice(into, type, t.u, t.face);
      // a device stays in its rack (moving it to another rack is not a drag here)
      else if (t.rackId === device.rackId && (t.u !== device.u || t.face !== device.face)) void moveDevice(device.id, device.name, t.u, t.face);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  const faceOf = (r: Rack, face: Face) => <RackFace rack={r} face={face} drag={drag} scale={scale} baseUPx={baseUPx} sideBySide={multi} onDeviceDrag={(d, t, e) => startDrag(t, e, d)} />;

  return (
    <div className={`elevation${multi ? ' multi' : ''}`} ref={host} data-testid="elevation" data-rack-id={rack.id} data-racks={racks.length}>
      {!multi && <DeviceTypeList onStart={startDrag} />}
      <div className="elev-main">
        <div className="elev-head">
          {multi ? (
            <>
              <h2>Channel through {racks.length} racks</h2>
              <span>{racks.map((r) => r.name).join(' → ')}</span>
            </>
          ) : (
            <>
              <h2>Rack {rack.name}</h2>
              <span>{rack.heightU}U · {rack.widthMm}×{rack.depthMm} mm</span>
              <PowerLine rack={rack} />
            </>
          )}
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
          {multi
            ? racks.map((r) => <RackColumn key={r.id} rack={r} marks={marks}>{faceOf(r, 'front')}{faceOf(r, 'rear')}</RackColumn>)
            : <>{faceOf(rack, 'front')}{faceOf(rack, 'rear')}</>}
        </div>
      </div>
      {drag && <div className="drag-chip" style={{ left: drag.x + 12, top: drag.y + 12 }}>{drag.device ? `Move ${drag.device.name}` : drag.type.model} ({drag.type.uHeight}U)</div>}
      {end != null && cableStart != null && (TrunkDialog.fits(cableStart, end) ? <TrunkDialog a={cableStart} b={end} onClose={() => setEnd(null)} /> : <CableDialog a={cableStart} b={end} onClose={() => setEnd(null)} />)}
    </div>
  );
}
