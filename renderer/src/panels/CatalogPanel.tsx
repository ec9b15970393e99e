// The catalog browser: device types and media of the open project, with search and filters,
// the price list (editable), NetBox devicetype-library import, and device types to drag onto a
// U slot of an open rack elevation (or add to the selected rack).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DeviceType, Face, Id, Media, Rack } from '../../../core/model/entities.js';
import type { NetboxImportSummary } from '../../../core/catalog/netbox/summary.js';
import { slotOf, uSpaceProblems } from '../../../core/model/rack-space.js';
import { formatW } from '../../../core/model/units.js';
import { applyEdit, CallError, devicesByRack, toast, useApi, rackAt, setHighlights, useDoc, useSelection } from './api.js';
import {
  ALL,
  deviceOptions,
  filterDeviceTypes,
  filterMedia,
  mediaOptions,
  mediaVendor,
  portSummary,
  type DeviceFilter,
  type MediaFilter,
} from './catalog-filters.js';
import { DevicePriceEditor } from './DevicePriceEditor.js';
import { PriceField } from './PriceField.js';
import './CatalogPanel.css';

type Tab = 'devices' | 'media' | 'import';
const DROP_COLOR = '#2563eb';
const SHOW_MAX = 300;

export function CatalogPanel() {
  const [tab, setTab] = useState<Tab>('devices');
  return (
    <div className="catalog" data-testid="catalog">
      <div className="catalog-tabs" role="tablist">
        {(['devices', 'media', 'import'] as const).map((t) => (
          <button key={t} role="tab" className={tab === t ? 'active' : ''} aria-selected={tab === t} onClick={() => setTab(t)} data-tab={t}>
            {t === 'devices' ? 'Device types' : t === 'media' ? 'Media & optics' : 'Import NetBox'}
          </button>
        ))}
      </div>
      {tab === 'devices' && <DevicesView />}
      {tab === 'media' && <MediaView />}
      {tab === 'import' && <ImportView />}
    </div>
  );
}

function Select({ label, value, options, onChange, format }: { label: string; value: string; options: (string | number)[]; onChange: (v: string) => void; format?: (v: string | number) => string }) {
  return (
    <label className="catalog-filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-filter={label.toLowerCase()}>
        <option value={ALL}>any</option>
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {format ? format(o) : String(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

const speedLabel = (g: string | number) => {
  const n = Number(g);
  return n >= 1000 ? `${n / 1000}T` : n >= 1 ? `${n}G` : n > 0 ? `${n * 1000}M` : 'any';
};

// ---------------------------------------------------------------- device types

/** Lowest U where the type fits on `face` of the rack, or null. */
function lowestFreeU(rack: Rack, type: DeviceType, face: Face): number | null {
  const doc = useDoc.getState();
  const slots = (devicesByRack(doc.device).get(rack.id) ?? []).map((d) => slotOf(d, doc.deviceTypes.get(d.typeId) ?? { uHeight: 1, isFullDepth: true }));
  const h = Math.max(1, Math.ceil(type.uHeight));
  for (let u = 1; u + h - 1 <= rack.heightU; u++) {
    const candidate = slotOf({ id: -1, u, face }, type);
    if (uSpaceProblems(rack.heightU, [...slots, candidate]).every((p) => p.deviceId !== -1 && !(p.kind === 'overlap' && p.otherId === -1))) return u;
  }
  return null;
}

function freeName(rack: Rack, u: number, face: Face): string {
  const taken = new Set([...useDoc.getState().device.values()].map((d) => d.name));
  const base = `${rack.name}-U${u}${face === 'rear' ? 'R' : ''}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  return name;
}

function mount(rack: Rack, type: DeviceType, u: number, face: Face) {
  return applyEdit({
    label: `Add ${type.model} to ${rack.name} U${u}`,
    ops: [{ op: 'create', kind: 'device', value: { rackId: rack.id, name: freeName(rack, u, face), typeId: type.id, u, face } }],
  });
}

/** The rack an elevation U slot belongs to: the elevation's data-rack-id. */
function rackOfSlot(el: HTMLElement): Rack | null {
  const id = el.closest<HTMLElement>('[data-rack-id]')?.dataset.rackId;
  return id ? (useDoc.getState().rack.get(Number(id)) ?? null) : null;
}

function DevicesView() {
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
    const u = lowestFreeU(rack, type, 'front');
    if (u === null) return toast('error', `${type.model} (${type.uHeight}U) does not fit in rack ${rack.name}: no free run of ${Math.max(1, Math.ceil(type.uHeight))}U.`);
    await mount(rack, type, u, 'front');
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
        return void mount(rack, type, Number(slot.dataset.u), slot.dataset.face as Face);
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
                  {t.manufacturer} · {t.uHeight}U · {t.maxPowerW !== null ? formatW(t.maxPowerW) : 'power n/a'}
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
function FiguresEditor({ t }: { t: DeviceType }) {
  const api = useApi();
  const initial = () => ({
    maxPowerW: t.maxPowerW === null ? '' : String(t.maxPowerW),
    typicalPowerW: t.typicalPowerW === null ? '' : String(t.typicalPowerW),
    weightKg: t.weightKg === null ? '' : String(t.weightKg),
    airflow: t.airflow ?? '',
  });
  const [v, setV] = useState(initial);
  const [busy, setBusy] = useState(false);
  useEffect(() => setV(initial()), [t]);
  const before = initial();
  const changed = (Object.keys(v) as (keyof typeof v)[]).filter((k) => v[k].trim() !== before[k]);
  const save = async () => {
    const args: { slug: string; maxPowerW?: number | null; typicalPowerW?: number | null; weightKg?: number | null; airflow?: string | null } = { slug: t.slug };
    for (const k of changed) {
      const text = v[k].trim();
      if (k === 'airflow') args.airflow = text || null;
      else {
        const n = text === '' ? null : Number(text);
        if (n !== null && (!Number.isFinite(n) || n < 0 || (k !== 'weightKg' && !Number.isInteger(n)))) {
          return toast('error', `${k === 'weightKg' ? 'Weight' : 'Power'}: "${text}" is not ${k === 'weightKg' ? 'a number of kg' : 'a whole number of watts'}`);
        }
        args[k] = n;
      }
    }
    setBusy(true);
    try {
      const updated = await api.call('catalog.setDeviceFigures', args);
      const doc = useDoc.getState();
      doc.setCatalog([...doc.deviceTypes.values()].map((x) => (x.id === updated.id ? updated : x)), null);
    } catch (e) {
      toast('error', e instanceof CallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const field = (k: keyof typeof v, label: string, unit: string) => (
    <label>
      {label}
      <input value={v[k]} placeholder="unknown" disabled={busy} onChange={(e) => setV({ ...v, [k]: e.target.value })} data-figure={k} />
      {unit}
    </label>
  );
  return (
    <details className="catalog-figures" open={t.maxPowerW === null || t.weightKg === null}>
      <summary>Edit figures</summary>
      {field('maxPowerW', 'Max', 'W')}
      {field('typicalPowerW', 'Typical', 'W')}
      {field('weightKg', 'Weight', 'kg')}
      {field('airflow', 'Airflow', '')}
      <button disabled={busy || changed.length === 0} onClick={() => void save()} data-testid="save-figures">
        Save figures
      </button>
    </details>
  );
}

// ---------------------------------------------------------------- media

function MediaView() {
  const mediaMap = useDoc((s) => s.media);
  const [f, setF] = useState<MediaFilter>({ q: '', kind: ALL, speed: ALL, formFactor: ALL, vendor: ALL });
  const [open, setOpen] = useState<string | null>(null);
  const all = useMemo(() => [...mediaMap.values()].sort((a, b) => a.speedGbps - b.speedGbps || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)), [mediaMap]);
  const opts = useMemo(() => mediaOptions(all), [all]);
  const list = useMemo(() => filterMedia(all, f), [all, f]);
  const set = (patch: Partial<MediaFilter>) => setF((x) => ({ ...x, ...patch }));
  return (
    <div className="catalog-view">
      <input className="catalog-search" type="search" placeholder="Search id, connector, standard" value={f.q} onChange={(e) => set({ q: e.target.value })} data-testid="catalog-search" />
      <div className="catalog-filters">
        <Select label="Kind" value={f.kind} options={opts.kinds} onChange={(v) => set({ kind: v })} />
        <Select label="Speed" value={f.speed} options={opts.speeds} onChange={(v) => set({ speed: v })} format={speedLabel} />
        <Select label="Form factor" value={f.formFactor} options={opts.formFactors} onChange={(v) => set({ formFactor: v })} />
        <Select label="Vendor" value={f.vendor} options={opts.vendors} onChange={(v) => set({ vendor: v })} />
      </div>
      <p className="muted catalog-count" data-testid="catalog-count">
        {list.length} of {all.length} media. Prices are per piece (made-to-length fibre: per metre), USD; "est." marks an estimate, not a quote: its source is under the entry.
      </p>
      <ul className="catalog-list">
        {list.slice(0, SHOW_MAX).map((m) => (
          <li key={m.id} data-media={m.id} className={open === m.id ? 'open' : ''}>
            <div className="catalog-row" onClick={() => setOpen(open === m.id ? null : m.id)}>
              <span className="main">
                <b>{m.id}</b>
                <span className="muted">
                  {' '}
                  {m.kind} · {speedLabel(m.speedGbps)} · {m.fiber ?? 'copper'} · {m.maxReachM} m · {m.powerW !== null ? `${m.powerW} W/end` : 'power n/a'}
                </span>
              </span>
              <span className="price" data-testid="price">
                {m.unitCostUsd !== null ? `$${m.unitCostUsd}` : '—'}
                {m.unitCostUsd !== null && m.costEstimate ? <span className="est"> est.</span> : null}
              </span>
            </div>
            {open === m.id && <MediaDetail m={m} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

function MediaDetail({ m }: { m: Media }) {
  const api = useApi();
  return (
    <div className="catalog-detail" data-testid="media-detail">
      <table>
        <tbody>
          <tr><td>Name</td><td>{m.name}</td></tr>
          <tr><td>Form</td><td>{m.formFactor} · {m.lanes} lanes · {m.connector}</td></tr>
          <tr><td>Reach</td><td>{m.maxReachM} m{m.fiber ? ` on ${m.fiber}` : ''}</td></tr>
          <tr><td>Power</td><td>{m.powerW !== null ? `${m.powerW} W per end` : 'not published'}</td></tr>
          <tr><td>Lengths</td><td>{m.lengthsM.length ? m.lengthsM.map((l) => `${l} m`).join(', ') : 'made to length'}</td></tr>
          <tr><td>Diameter</td><td>{m.diameterMm !== null ? `${m.diameterMm} mm` : 'unknown'}</td></tr>
          {m.standard && <tr><td>Standard</td><td>{m.standard}</td></tr>}
          <tr><td>Vendor</td><td>{mediaVendor(m)}</td></tr>
        </tbody>
      </table>
      <PriceField
        unitCostUsd={m.unitCostUsd}
        costEstimate={!!m.costEstimate}
        costSource={m.costSource ?? null}
        noPrice="No price yet."
        testId="price-input"
        save={async (unitCostUsd) => {
          const updated = await api.call('catalog.setPrice', { mediaId: m.id, unitCostUsd });
          const doc = useDoc.getState();
          doc.setCatalog(null, [...doc.media.values()].map((x) => (x.id === updated.id ? updated : x)));
        }}
      />
      {m.notes && <p className="muted">{m.notes}</p>}
      <details>
        <summary>Source</summary>
        <pre className="sources">{m.source}</pre>
      </details>
    </div>
  );
}

// ---------------------------------------------------------------- NetBox import

/** Largest request body sent at once; the bridge accepts 64 MB. */
const BATCH_BYTES = 24 * 1024 * 1024;

function ImportView() {
  const api = useApi();
  const folder = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<(NetboxImportSummary & { ignored: number }) | null>(null);
  useEffect(() => folder.current?.setAttribute('webkitdirectory', ''), []);

  const run = async (fileList: FileList | null) => {
    if (!fileList || fileList.length === 0) return;
    const picked = [...fileList];
    const yaml = picked.filter((f) => /\.ya?ml$/i.test(f.name));
    if (yaml.length === 0) return toast('error', `None of the ${picked.length} files is a .yaml or .yml file.`);
    setSummary(null);
    const files: { name: string; text: string }[] = [];
    setPhase('read');
    for (const [i, f] of yaml.entries()) {
      files.push({ name: f.webkitRelativePath || f.name, text: await f.text() });
      setProgress({ done: i + 1, total: yaml.length });
    }
    const batches: (typeof files)[] = [[]];
    let size = 0;
    for (const f of files) {
      if (size + f.text.length > BATCH_BYTES && batches.at(-1)!.length > 0) {
        batches.push([]);
        size = 0;
      }
      batches.at(-1)!.push(f);
      size += f.text.length;
    }
    const total: NetboxImportSummary & { ignored: number } = { imported: 0, updated: 0, skipped: [], types: [], ignored: picked.length - yaml.length };
    const off = api.onProgress((e) => {
      if (e.phase === 'validate' || e.phase === 'write') {
        setPhase(e.phase);
        setProgress({ done: e.done, total: e.total });
      }
    });
    try {
      for (const batch of batches) {
        const s = await api.call('catalog.importNetbox', { files: batch });
        total.imported += s.imported;
        total.updated += s.updated;
        total.skipped.push(...s.skipped);
        total.types.push(...s.types);
      }
      const list = await api.call('catalog.list', {});
      useDoc.getState().setCatalog(list.deviceTypes, list.media);
      setSummary(total);
    } catch (e) {
      toast('error', e instanceof CallError ? `Import failed: ${e.message}` : String(e));
    } finally {
      off();
      setPhase(null);
      setProgress(null);
    }
  };

  const withGaps = summary?.types.filter((t) => t.gaps.length > 0) ?? [];
  return (
    <div className="catalog-view catalog-import">
      <p>
        Import device types from NetBox's <a href="https://github.com/netbox-community/devicetype-library" target="_blank" rel="noreferrer">devicetype-library</a> (YAML, one
        file per type). Types are updated by slug; a file that fails validation is listed and skipped. Figures a file does not give stay empty.
      </p>
      <div className="actions">
        <label className="button-like">
          Pick folder…
          <input ref={folder} type="file" multiple hidden onChange={(e) => void run(e.target.files)} data-testid="import-folder" disabled={phase !== null} />
        </label>
        <label className="button-like">
          Pick files…
          <input type="file" multiple accept=".yaml,.yml" hidden onChange={(e) => void run(e.target.files)} data-testid="import-files" disabled={phase !== null} />
        </label>
      </div>
      {phase && (
        <div className="catalog-progress" data-testid="import-progress">
          {phase === 'read' ? 'Reading files' : phase === 'validate' ? 'Validating' : 'Writing'} {progress ? `${progress.done} / ${progress.total}` : ''}
          <progress value={progress?.done ?? 0} max={progress?.total ?? 1} />
        </div>
      )}
      {summary && (
        <div className="catalog-summary" data-testid="import-summary">
          <p>
            <b>
              Imported {summary.imported}, updated {summary.updated}, skipped {summary.skipped.length}
            </b>
            {summary.ignored > 0 ? ` (${summary.ignored} non-YAML files ignored)` : ''}.
          </p>
          {summary.skipped.length > 0 && (
            <>
              <h4>Skipped</h4>
              <ul className="skipped" data-testid="import-skipped">
                {summary.skipped.map((s) => (
                  <li key={s.file}>
                    <code>{s.file}</code>: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {withGaps.length > 0 && (
            <>
              <h4>Gaps to fill in ({withGaps.length} types)</h4>
              <ul className="gaps">
                {withGaps.map((t) => (
                  <li key={t.slug}>
                    <b>{t.slug}</b> ({t.action}, {t.ports} ports)
                    <ul>{t.gaps.map((g, i) => <li key={i}>{g}</li>)}</ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
