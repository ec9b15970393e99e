// The built-in inspector: the selection's fields, validated, with units (metres and kW on screen,
// mm and W stored), plus the actions that fit the selection.
import { deviceDrawLabel, devicesDrawW } from '../../../core/model/power.js';
import { useState } from 'react';
import { formatM, formatW, mmFromM } from '../../../core/model/units.js';
import type { Rack } from '../../../core/model/entities.js';
import { addRow } from '../actions/add-row.js';
import { makeGroupFromSelection } from '../actions/make-row.js';
import { alignSelected, distributeSelected, type AlignEdge } from '../actions/align.js';
import { deleteSelection } from '../actions/delete-selection.js';
import { CduInspector } from './CduInspector.js';
import { rotateSelected } from '../actions/rotate-racks.js';
import { zoomTo } from '../actions/navigate.js';
import { devicesByRack, useDoc } from '../store/document.js';
import { useUi } from '../store/ui.js';
import { Field, SelectField, UNITS } from './Field.js';
import { validateField } from './validate-field.js';
import { HallFloorField, RackPhysics, TrayLoadField } from './Physical.js';
import { applyEdit } from '../store/edits.js';
import { CableInspector, CablesInspector } from './CableInspector.js';
import { PanelMap, PortInspector } from './PortInspector.js';

export function rackPower(rack: Rack): { usedW: number; unknown: number } {
  const doc = useDoc.getState();
  const { w, unknown } = devicesDrawW(devicesByRack(doc.device).get(rack.id) ?? [], doc.deviceTypes);
  return { usedW: w, unknown };
}

export function PowerLine({ rack }: { rack: Rack }) {
  useDoc((s) => s.device);
  const { usedW, unknown } = rackPower(rack);
  const budget = rack.powerBudgetW;
  const over = budget > 0 && usedW > budget;
  return (
    <p data-testid="rack-power" style={{ color: over ? 'var(--danger)' : undefined }}>
      Power: <b>{formatW(usedW)}</b> of {budget > 0 ? formatW(budget) : 'no budget set'}
      {budget > 0 && ` (${Math.round((usedW / budget) * 100)} %)`}
      {over && ' — over budget'}
      {unknown > 0 && <span className="muted"> · {unknown} device(s) without a power figure</span>}
    </p>
  );
}

function RackInspector({ rack }: { rack: Rack }) {
  const trays = useDoc((s) => s.tray);
  const rows = useDoc((s) => s.row);
  const [n, setN] = useState(4);
  const hallTrays = [...trays.values()].filter((t) => t.hallId === rack.hallId);
  return (
    <div className="inspector">
      <h3>Rack {rack.name}</h3>
      <Field kind="rack" id={rack.id} field="name" label="Name" value={rack.name} also={{ nameAuto: false }} editLabel={`Rename rack ${rack.name}`} />
      <p className="muted" style={{ marginTop: -2 }}>
        {rack.nameAuto ? 'Named after its floor tile.' : (
          <>Renamed by hand. <button onClick={() => void applyEdit({ label: `Name ${rack.name} after its tile`, ops: [{ op: 'update', kind: 'rack', id: rack.id, patch: { nameAuto: true } }] })}>Use tile name</button></>
        )}
      </p>
      <Field kind="rack" id={rack.id} field="xMm" label="Centre x" value={rack.xMm} unit={UNITS.m} editLabel={`Move rack ${rack.name}`} />
      <Field kind="rack" id={rack.id} field="yMm" label="Centre y" value={rack.yMm} unit={UNITS.m} editLabel={`Move rack ${rack.name}`} />
      <SelectField kind="rack" id={rack.id} field="rotationDeg" label="Rotation" value={rack.rotationDeg}
        options={[0, 90, 180, 270].map((r) => ({ value: r as 0 | 90 | 180 | 270, label: `${r}°, front ${['↓', '←', '↑', '→'][r / 90]}` }))} editLabel={`Rotate rack ${rack.name}`} />
      <Field kind="rack" id={rack.id} field="widthMm" label="Width" value={rack.widthMm} unit={UNITS.mm} />
      <Field kind="rack" id={rack.id} field="depthMm" label="Depth" value={rack.depthMm} unit={UNITS.mm} />
      <Field kind="rack" id={rack.id} field="heightU" label="Height" value={rack.heightU} unit={UNITS.U} />
      <Field kind="rack" id={rack.id} field="powerBudgetW" label="Power budget" value={rack.powerBudgetW} unit={UNITS.kW} />
      <PowerLine rack={rack} />
      <SelectField kind="rack" id={rack.id} field="dropTrayId" label="Drops into" value={rack.dropTrayId}
        options={[{ value: null, label: 'nearest tray' }, ...hallTrays.map((t) => ({ value: t.id, label: t.name }))]} editLabel={`Set drop tray of ${rack.name}`} />
      <SelectField kind="rack" id={rack.id} field="rowId" label="Row / pod" value={rack.rowId}
        options={[{ value: null, label: '—' }, ...[...rows.values()].filter((r) => r.hallId === rack.hallId).map((r) => ({ value: r.id, label: `${r.name} (${r.kind})` }))]} />
      <RackPhysics rack={rack} />
      <div className="actions">
        <button onClick={() => useUi.getState().openRack(rack.id)} title="Enter">Open elevation</button>
        <button onClick={() => void rotateSelected()} title="R">Rotate 90°</button>
        <button onClick={() => void deleteSelection()} title="Delete">Delete</button>
      </div>
      <div className="actions" style={{ alignItems: 'center' }}>
        Make a row of
        <input type="number" min={2} max={100} value={n} style={{ width: 50 }} aria-label="Racks in the row" data-testid="row-size" onChange={(e) => setN(Math.max(2, Math.min(100, Math.round(Number(e.target.value)) || 2)))} />
        racks (this one and {n - 1} more)
        <button onClick={() => void addRow(rack, n, 1)} title="Along the row, towards higher x or y" data-testid="add-row-forward">→ / ↓</button>
        <button onClick={() => void addRow(rack, n, -1)} title="Along the row, towards lower x or y">← / ↑</button>
      </div>
    </div>
  );
}

function MultiRackInspector({ racks }: { racks: Rack[] }) {
  const edges: [AlignEdge, string][] = [['left', 'Left'], ['centre-x', 'Centre'], ['right', 'Right'], ['top', 'Top'], ['centre-y', 'Middle'], ['bottom', 'Bottom']];
  const power = racks.reduce((a, r) => a + rackPower(r).usedW, 0);
  const budget = racks.reduce((a, r) => a + r.powerBudgetW, 0);
  return (
    <div className="inspector">
      <h3>{racks.length} racks</h3>
      <p>Power: <b>{formatW(power)}</b> of {formatW(budget)} budget</p>
      <div>Align</div>
      <div className="actions">{edges.map(([e, l]) => <button key={e} onClick={() => void alignSelected(e)}>{l}</button>)}</div>
      <div>Distribute</div>
      <div className="actions">
        <button disabled={racks.length < 3} onClick={() => void distributeSelected('x')}>Horizontally</button>
        <button disabled={racks.length < 3} onClick={() => void distributeSelected('y')}>Vertically</button>
      </div>
      <div className="actions">
        <button onClick={() => void rotateSelected()}>Rotate 90°</button>
        <button onClick={() => void deleteSelection()}>Delete</button>
        <button onClick={() => zoomTo(racks.map((r) => ({ kind: 'rack', id: r.id })))}>Zoom to</button>
      </div>
      <div className="actions">
        <button data-testid="make-row" onClick={() => void makeGroupFromSelection('row')} title="A new row holding the selected racks (one undo step)">Make row from selection</button>
        <button data-testid="make-pod" onClick={() => void makeGroupFromSelection('pod')} title="A new pod holding the selected racks (one undo step)">Make pod</button>
      </div>
    </div>
  );
}

function TrayInspector({ id }: { id: number }) {
  const t = useDoc((s) => s.tray.get(id));
  const cables = useDoc((s) => s.cable);
  if (!t) return null;
  let len = 0;
  for (let i = 1; i < t.points.length; i++) len += Math.hypot(t.points[i]![0] - t.points[i - 1]![0], t.points[i]![1] - t.points[i - 1]![1]);
  let n = 0;
  for (const c of cables.values()) if (c.route?.some((s) => s.trayId === id)) n++;
  return (
    <div className="inspector">
      <h3>Tray {t.name}</h3>
      <Field kind="tray" id={id} field="name" label="Name" value={t.name} />
      <Field kind="tray" id={id} field="heightMm" label="Height (bottom)" value={t.heightMm} unit={UNITS.m} />
      <Field kind="tray" id={id} field="widthMm" label="Width" value={t.widthMm} unit={UNITS.mm} />
      <Field kind="tray" id={id} field="depthMm" label="Depth" value={t.depthMm} unit={UNITS.mm} />
      <TrayLoadField tray={t} />
      <p>{t.points.length} points, run length {formatM(len)}; {n} routed cable{n === 1 ? '' : 's'}.</p>
      <div className="actions"><button onClick={() => void deleteSelection()}>Delete</button></div>
    </div>
  );
}

function DeviceInspector({ id }: { id: number }) {
  const d = useDoc((s) => s.device.get(id));
  const type = useDoc((s) => (d ? s.deviceTypes.get(d.typeId) : undefined));
  if (!d) return null;
  return (
    <div className="inspector">
      <h3>Device {d.name}</h3>
      <p>{type ? `${type.manufacturer} ${type.model}, ${type.uHeight}U, ${deviceDrawLabel(type) ?? 'power not given'}` : 'unknown type'}</p>
      <Field kind="device" id={id} field="name" label="Name" value={d.name} />
      <Field kind="device" id={id} field="u" label="Lowest U" value={d.u} unit={UNITS.U} />
      <SelectField kind="device" id={id} field="face" label="Face" value={d.face} options={[{ value: 'front', label: 'front' }, { value: 'rear', label: 'rear' }]} />
      <div className="actions"><button onClick={() => void deleteSelection()}>Delete</button></div>
      <PanelMap deviceId={id} />
    </div>
  );
}

/** A project starts without a hall: the first thing to make. */
function NewHall() {
  const [f, setF] = useState({ name: 'Hall 1', w: '24', d: '18', tile: '600' });
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    const value = { name: f.name.trim(), widthMm: mmFromM(Number(f.w)), depthMm: mmFromM(Number(f.d)), tileMm: Math.round(Number(f.tile)) };
    for (const [k, v] of Object.entries(value)) {
      const problem = await validateField('hall', k, v);
      if (problem || (typeof v === 'number' && !Number.isFinite(v))) return setError(`${k}: ${problem ?? 'enter a number'}`);
    }
    setError(null);
    const r = await applyEdit({ label: `Create hall ${value.name}`, ops: [{ op: 'create', kind: 'hall', value }] });
    const id = r?.patch.put.hall?.[0]?.id;
    if (id != null) useUi.getState().setHall(id);
  };
  const input = (k: keyof typeof f, label: string, unit: string) => (
    <label className="field">
      <span>{label}</span>
      <input value={f[k]} data-field={k} onChange={(e) => setF({ ...f, [k]: e.target.value })} />
      <span className="unit">{unit}</span>
    </label>
  );
  return (
    <div className="inspector">
      <h3>New hall</h3>
      <p className="muted">This project has no hall yet. Racks, trays and cables are laid out in a hall.</p>
      {input('name', 'Name', '')}
      {input('w', 'Width (x)', 'm')}
      {input('d', 'Depth (y)', 'm')}
      {input('tile', 'Floor tile', 'mm')}
      {error && <div className="field-error">{error}</div>}
      <div className="actions"><button onClick={() => void create()}>Create hall</button></div>
    </div>
  );
}

function HallInspector() {
  const hallId = useUi((s) => s.hallId);
  const hall = useDoc((s) => (hallId != null ? s.hall.get(hallId) : undefined));
  if (!hall) return <NewHall />;
  return (
    <div className="inspector">
      <h3>Hall {hall.name}</h3>
      <Field kind="hall" id={hall.id} field="name" label="Name" value={hall.name} />
      <Field kind="hall" id={hall.id} field="widthMm" label="Width (x)" value={hall.widthMm} unit={UNITS.m} />
      <Field kind="hall" id={hall.id} field="depthMm" label="Depth (y)" value={hall.depthMm} unit={UNITS.m} />
      <Field kind="hall" id={hall.id} field="tileMm" label="Floor tile" value={hall.tileMm} unit={UNITS.mm} />
      <HallFloorField hall={hall} />
      <p className="muted">Select racks, trays or cables on the floor plan to edit them here. Press ? for shortcuts.</p>
    </div>
  );
}

export function Inspector() {
  const selection = useUi((s) => s.selection);
  const racksMap = useDoc((s) => s.rack);
  const racks = selection.flatMap((r) => (r.kind === 'rack' && racksMap.has(r.id) ? [racksMap.get(r.id)!] : []));
  if (selection.length === 0) return <HallInspector />;
  if (racks.length === 1 && selection.length === 1) return <RackInspector rack={racks[0]!} />;
  if (racks.length > 1) return <MultiRackInspector racks={racks} />;
  if (selection.length > 1 && selection.every((r) => r.kind === 'cable')) return <CablesInspector ids={selection.map((r) => r.id)} />;
  const first = selection[0]!;
  if (first.kind === 'tray') return <TrayInspector id={first.id} />;
  if (first.kind === 'cable') return <CableInspector id={first.id} />;
  if (first.kind === 'device') return <DeviceInspector id={first.id} />;
  if (first.kind === 'port') return <PortInspector id={first.id} />;
  if (first.kind === 'cdu') return <CduInspector id={first.id} />;
  return <p>{selection.length} selected</p>;
}
