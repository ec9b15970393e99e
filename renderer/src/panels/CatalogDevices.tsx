// The catalog's device types: search and filters, details, adding a type to the selected rack or
// dragging it onto a rack or a U slot of an open elevation.
import { useMemo, useState } from 'react';
import type { DeviceType, Face, Id, Rack } from '../../../core/model/entities.js';
import { lowestFreeU, slotOf } from '../../../core/model/rack-space.js';
import { deviceDrawLabel } from '../../../core/model/power.js';
import { formatW } from '../../../core/model/units.js';
import { addDevice, devicesByRack, toast, rackAt, setHighlights, useDoc, useSelection } from './api.js';
import { ALL, deviceOptions, filterDeviceTypes, portSummary, type DeviceFilter } from './catalog-filters.js';
import { Select, SHOW_MAX, speedLabel } from './catalog-controls.js';
import { FiguresEditor } from './CatalogFigures.js';
import { DevicePriceEditor } from './DevicePriceEditor.js';

const DROP_COLOR = '#2563eb';

/** Lowest U where the type fits on `face` of the rack, or null. */
function lowestFreeUIn(rack: Rack, type: DeviceType, face: Face): number | null {
  const doc = useDoc.getState();
  const slots = (devicesByRack(doc.device).get(rack.id) ?? []).map((d) => slotOf(d, doc.deviceTypes.get(d.typeId) ?? { uHeight: 1, isFullDepth: true }));
  return lowestFreeU(rack.heightU, slots, type, face);
}

/** The rack an elevation U slot belongs to: the elevation's data-rack-id. */
function rackOfSlot(el: HTMLElement): Rack | null {
  const id = el.closest<HTMLElement>('[data-rack-id]')?.dataset.rackId;
  return id ? (useDoc.getState().rack.get(Number(id)) ?? null) : null;
}

export function DevicesView() {
  const types = useDoc((s) => s.deviceTypes);
  const racks = useDoc((s) => s.rack);
  const selection = useSelection();
  const [f, setF] = useState<DeviceFilter>({ q: '', vendor: ALL, role: ALL, speed: ALL, formFactor: ALL });
  const [open, setOpen] = useState<Id | null>(null);
  const [drag, setDrag] = useState<{ type: DeviceType; x: number; y: number; over: string | null } | null>(null);
  const all = useMemo(() => [...types.values()].sort((a, b) => a.role.localeCompare(b.role) || a.manufacturer.localeCompare(b.manufacturer) || a.model.localeCompare(b.model)), [types]);
  const opts = useMemo(() => deviceOptions(all), [all]);
  const list = useMemo(() => filterDeviceTypes(all, f), [all, f]);
  const selectedRackId = selection.length === 1 && selection[0]!.kind === 'rack' ? selection[0]!.id : null;
  const selectedRack = selectedRackId === null ? null : (racks.get(selectedRackId) ?? null);

  /** At the lowest free U (front) that fits; a refusal is a toast. */
  const addToRack = async (rack: Rack, type: DeviceType) => {
    const u = lowestFreeUIn(rack, type, 'front');
    if (u === null) return toast('error', `${type.model} (${type.uHeight}U) does not fit in rack ${rack.name}: no free run of ${Math.max(1, Math.ceil(type.uHeight))}U.`);
    await addDevice(rack, type, u, 'front');
  };
  const addToSelected = async (type: DeviceType) => {
    if (!selectedRack) return toast('info', 'Select a rack on the floor plan first, or drag the type onto a rack or a U slot of an open elevation.');
    await addToRack(selectedRack, type);
  };

  const startDrag = (type: DeviceType, e: React.PointerEvent) => {
    if (e.button !== 0) return;
    e.preventDefault();
    const slotAt = (ev: PointerEvent) => document.elementFromPoint(ev.clientX, ev.clientY)?.closest<HTMLElement>('[data-u][data-face]') ?? null;
    // The floor-plan rack under the pointer is outlined while the drag hovers it.
    let target: Id | null = null;
    const describe = (ev: PointerEvent) => {
      const slot = slotAt(ev);
      const rack = slot ? null : rackAt(ev.clientX, ev.clientY);
      if ((rack?.id ?? null) !== target) {
        target = rack?.id ?? null;
        setHighlights('catalog-drop', rack ? [{ kind: 'rack', id: rack.id, color: DROP_COLOR }] : []);
      }
      if (slot) return `U${slot.dataset.u} ${slot.dataset.face}`;
      return rack ? `rack ${rack.name} (lowest free U)` : null;
    };
    setDrag({ type, x: e.clientX, y: e.clientY, over: null });
    const move = (ev: PointerEvent) => setDrag({ type, x: ev.clientX, y: ev.clientY, over: describe(ev) });
    const up = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      setDrag(null);
      setHighlights('catalog-drop', []);
      const slot = slotAt(ev);
      if (slot) {
        const rack = rackOfSlot(slot);
        if (!rack) return toast('error', 'This elevation names no rack; select the rack and use "Add to selected rack".');
        return void addDevice(rack, type, Number(slot.dataset.u), slot.dataset.face as Face);
      }
      // Dropped on a rack on the floor plan: the lowest free U that fits.
      const rack = rackAt(ev.clientX, ev.clientY);
      if (rack) void addToRack(rack, type);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const set = (patch: Partial<DeviceFilter>) => setF((x) => ({ ...x, ...patch }));
  return (
    <div className="catalog-view">
      <input className="catalog-search" type="search" placeholder="Search model, vendor, slug" value={f.q} onChange={(e) => set({ q: e.target.value })} data-testid="catalog-search" />
      <div className="catalog-filters">
        <Select label="Vendor" value={f.vendor} options={opts.vendors} onChange={(v) => set({ vendor: v })} />
        <Select label="Role" value={f.role} options={opts.roles} onChange={(v) => set({ role: v })} />
        <Select label="Speed" value={f.speed} options={opts.speeds} onChange={(v) => set({ speed: v })} format={speedLabel} />
        <Select label="Form factor" value={f.formFactor} options={opts.formFactors} onChange={(v) => set({ formFactor: v })} />
      </div>
      <p className="muted catalog-count" data-testid="catalog-count">
        {list.length} of {all.length} device types{list.length > SHOW_MAX ? ` (first ${SHOW_MAX} shown)` : ''}. Drag one onto a rack on the floor plan or a U slot of an open elevation
        {selectedRack ? `, or add it to rack ${selectedRack.name}` : ', or select a rack and add it'}.
      </p>
      <ul className="catalog-list">
        {list.slice(0, SHOW_MAX).map((t) => (
          <li key={t.id} data-type={t.slug} className={open === t.id ? 'open' : ''}>
            <div className="catalog-row" onPointerDown={(e) => startDrag(t, e)} onClick={() => setOpen(open === t.id ? null : t.id)} title="Drag onto a U slot; click for details">
              <span className="grip" aria-hidden>⠿</span>
              <span className="main">
                <b>{t.model}</b>
                <span className="muted">
                  {' '}
                  {t.manufacturer} · {t.uHeight}U · {deviceDrawLabel(t) ?? 'power n/a'}
                  {t.origin !== 'builtin' ? ` · ${t.origin}` : ''}
                </span>
              </span>
            </div>
            {open === t.id && <DeviceDetail t={t} onAdd={() => void addToSelected(t)} rackName={selectedRack?.name ?? null} />}
          </li>
        ))}
      </ul>
      {drag && (
        <div className="catalog-ghost" style={{ left: drag.x + 12, top: drag.y + 8 }} data-testid="catalog-ghost">
          {drag.type.model} ({drag.type.uHeight}U){drag.over ? ` → ${drag.over}` : ''}
        </div>
      )}
    </div>
  );
}

function DeviceDetail({ t, onAdd, rackName }: { t: DeviceType; onAdd: () => void; rackName: string | null }) {
  const na = 'not published';
  return (
    <div className="catalog-detail" data-testid="device-detail">
      <table>
        <tbody>
          <tr><td>Slug</td><td><code>{t.slug}</code>{t.partNumber ? ` · ${t.partNumber}` : ''}</td></tr>
          <tr><td>Role</td><td>{t.role} · {t.uHeight}U · {t.isFullDepth ? 'full depth' : 'half depth'}</td></tr>
          <tr><td>Power</td><td>max {t.maxPowerW !== null ? formatW(t.maxPowerW) : na} · typical {t.typicalPowerW !== null ? formatW(t.typicalPowerW) : na}</td></tr>
          <tr><td>Weight</td><td>{t.weightKg !== null ? `${t.weightKg} kg` : na}</td></tr>
          <tr><td>Airflow</td><td>{t.airflow ?? na}</td></tr>
          <tr><td>Ports</td><td>{portSummary(t)}</td></tr>
        </tbody>
      </table>
      <DevicePriceEditor t={t} />
      <FiguresEditor t={t} />
      {t.gaps && t.gaps.length > 0 && (
        <details open>
          <summary>Gaps ({t.gaps.length}): figures the source does not give</summary>
          <ul className="gaps">{t.gaps.map((g, i) => <li key={i}>{g}</li>)}</ul>
        </details>
      )}
      <details>
        <summary>Sources</summary>
        <pre className="sources">{t.source}</pre>
      </details>
      <div className="actions">
        <button onClick={onAdd} disabled={!rackName} data-testid="add-to-rack" title={rackName ? `Mount at the lowest free U of ${rackName}` : 'Select a rack first'}>
          {rackName ? `Add to rack ${rackName}` : 'Add to selected rack'}
        </button>
      </div>
    </div>
  );
}

/** Fill in or correct the figures a source lacks; the figure's source then says "entered by the user". */
