// The physical fields of racks, trays and halls in the inspector: plinth and top heights (the
// cable's climb to the tray), A/B feeds, cooling and the CDU that serves the rack, the cabinet's
// weight and the floor load it makes, a tray's rated cable load, a hall's floor rating. Defaults
// and their sources: core/model/physical.ts.
import type { Cdu, Hall, Rack, Tray } from '../../../core/model/entities.js';
import { CDU_FOOTPRINT_MM, rackRect } from '../../../core/geometry/footprint.js';
import { footprintBlocked } from '../actions/footprint.js';
import { buildScene } from '../canvas/scene.js';
import { floorLoadKgM2, floorRatingKgM2, rackOwnWeightKg, rackPlinthMm, rackTopMm, rackWeight, trayRatedLoadKgPerM } from '../../../core/model/physical.js';
import { devicesByRack, useDoc } from '../store/document.js';
import { applyEdit } from '../store/edits.js';
import { Field, SelectField, UNITS, type Unit } from './Field.js';

const number = (label: string, decimals: number): Unit => ({
  label,
  show: (v) => String(+v.toFixed(decimals)),
  parse: (s) => Number(s.replace(',', '.')),
});
const KG = number('kg', 2);
const KG_PER_M = number('kg/m', 1);
const KG_PER_M2 = number('kg/m²', 0);

/** Devices' weights plus the cabinet's (the floor-load rule's weighing, core/model/physical.ts). */
function rackWeightKg(rack: Rack): { kg: number; unknown: number } {
  const doc = useDoc.getState();
  const w = rackWeight((devicesByRack(doc.device).get(rack.id) ?? []).map((d) => doc.deviceTypes.get(d.typeId)), rack);
  return { kg: w.totalKg, unknown: w.unknown.length };
}

function FloorLoadLine({ rack }: { rack: Rack }) {
  useDoc((s) => s.device);
  const hall = useDoc((s) => s.hall.get(rack.hallId));
  const settings = useDoc((s) => s.settings);
  const { kg, unknown } = rackWeightKg(rack);
  const load = floorLoadKgM2(kg, rack);
  const rating = floorRatingKgM2(hall, settings);
  return (
    <p data-testid="rack-floor-load" style={{ color: load > rating ? 'var(--danger)' : undefined }}>
      Weight: <b>{Math.round(kg)} kg</b>, {Math.round(load)} kg/m² of {Math.round(rating)} kg/m² allowed
      {unknown > 0 && <span className="muted"> · {unknown} device(s) without a weight</span>}
    </p>
  );
}

async function newCdu(rack: Rack, cdus: Cdu[]): Promise<void> {
  let n = cdus.length + 1;
  while (cdus.some((c) => c.name === `CDU-${n}`)) n++;
  // A starting figure for the user to replace with the unit's rated capacity.
  const value = { hallId: rack.hallId, name: `CDU-${n}`, placement: 'in-row', capacityW: 100_000 };
  await applyEdit({
    label: `Serve ${rack.name} from a new CDU`,
    ops: [
      { op: 'create', kind: 'cdu', ref: -1, value },
      { op: 'update', kind: 'rack', id: rack.id, patch: { cduId: -1, coolingKind: 'liquid' } },
    ],
  });
}

/** An in-row CDU with no place yet stands beside the rack, on the first free side along its row
 * (east, then west; south, then north for a turned rack); where none is free the server's refusal
 * says what is in the way. */
async function standBeside(cdu: Cdu, rack: Rack): Promise<void> {
  const along = rack.rotationDeg === 90 || rack.rotationDeg === 270;
  const size = { widthMm: cdu.widthMm ?? CDU_FOOTPRINT_MM.widthMm, depthMm: cdu.depthMm ?? CDU_FOOTPRINT_MM.depthMm, rotationDeg: rack.rotationDeg };
  const step = (along ? rack.depthMm + size.depthMm : rack.widthMm + size.widthMm) / 2;
  const spots = [step, -step].map((d) => (along ? { xMm: rack.xMm, yMm: rack.yMm + d } : { xMm: rack.xMm + d, yMm: rack.yMm }));
  // (the floor's own test, as the drag ghost reads it: the scene is the canvas's, memoised)
  const scene = buildScene(useDoc.getState(), rack.hallId);
  const at = spots.find((p) => !footprintBlocked(scene, rackRect({ ...size, ...p }), new Set(), cdu.id)) ?? spots[0]!;
  await applyEdit({ label: `Stand ${cdu.name} beside ${rack.name}`, ops: [{ op: 'update', kind: 'cdu', id: cdu.id, patch: { ...at, rotationDeg: rack.rotationDeg } }] });
}

/** A CDU's fields, in the rack inspector (`rack`: the rack it serves) or its own. */
export function CduFields({ cdu, rack }: { cdu: Cdu; rack?: Rack }) {
  const placed = cdu.placement === 'in-row' && cdu.xMm != null && cdu.yMm != null;
  return (
    <>
      <Field kind="cdu" id={cdu.id} field="name" label="CDU name" value={cdu.name} />
      <SelectField kind="cdu" id={cdu.id} field="placement" label="CDU placement" value={cdu.placement}
        options={[{ value: 'in-row', label: 'in-row' }, { value: 'in-rack', label: 'in-rack' }]} />
      <Field kind="cdu" id={cdu.id} field="capacityW" label="CDU capacity" value={cdu.capacityW} unit={UNITS.kW} editLabel={`Set capacity of ${cdu.name}`} />
      {placed && (
        <>
          <Field kind="cdu" id={cdu.id} field="xMm" label="CDU centre x" value={cdu.xMm!} unit={UNITS.m} editLabel={`Move ${cdu.name}`} />
          <Field kind="cdu" id={cdu.id} field="yMm" label="CDU centre y" value={cdu.yMm!} unit={UNITS.m} editLabel={`Move ${cdu.name}`} />
        </>
      )}
      {cdu.placement === 'in-row' && !placed && rack && (
        <p className="muted">
          No place on the floor yet. <button data-testid="cdu-stand" onClick={() => void standBeside(cdu, rack)}>Stand it beside {rack.name}</button>
        </p>
      )}
    </>
  );
}

export function RackPhysics({ rack }: { rack: Rack }) {
  const feeds = [...useDoc((s) => s.feed).values()].filter((f) => f.hallId === rack.hallId);
  const cdus = [...useDoc((s) => s.cdu).values()].filter((c) => c.hallId === rack.hallId);
  const cdu = rack.cduId != null ? cdus.find((c) => c.id === rack.cduId) : undefined;
  const feedOptions = [{ value: null, label: '—' }, ...feeds.map((f) => ({ value: f.id, label: f.name }))];
  return (
    <details className="physical" data-testid="rack-physical">
      <summary>Physical</summary>
      <Field kind="rack" id={rack.id} field="plinthMm" label="U1 above floor" value={rackPlinthMm(rack)} unit={UNITS.mm} editLabel={`Set plinth of ${rack.name}`} />
      <Field kind="rack" id={rack.id} field="topMm" label="Top above floor" value={rackTopMm(rack)} unit={UNITS.m} editLabel={`Set top of ${rack.name}`} />
      {rack.topMm != null && (
        <p className="muted">
          Declared top. <button onClick={() => void applyEdit({ label: `Top of ${rack.name} from its U space`, ops: [{ op: 'update', kind: 'rack', id: rack.id, patch: { topMm: null } }] })}>Use U space</button>
        </p>
      )}
      <SelectField kind="rack" id={rack.id} field="feedId" label="A feed" value={rack.feedId} options={feedOptions} editLabel={`Set A feed of ${rack.name}`} />
      <SelectField kind="rack" id={rack.id} field="feedBId" label="B feed" value={rack.feedBId ?? null} options={feedOptions} editLabel={`Set B feed of ${rack.name}`} />
      <SelectField kind="rack" id={rack.id} field="coolingKind" label="Cooling" value={rack.coolingKind ?? 'air'}
        options={[{ value: 'air', label: 'air' }, { value: 'liquid', label: 'liquid' }]} editLabel={`Set cooling of ${rack.name}`} />
      <Field kind="rack" id={rack.id} field="coolingCapacityW" label="Cooling capacity" value={rack.coolingCapacityW ?? 0} unit={UNITS.kW} editLabel={`Set cooling capacity of ${rack.name}`} />
      <SelectField kind="rack" id={rack.id} field="cduId" label="CDU" value={rack.cduId ?? null}
        options={[{ value: null, label: '—' }, ...cdus.map((c) => ({ value: c.id, label: c.name }))]} editLabel={`Set CDU of ${rack.name}`} />
      {cdu ? <CduFields cdu={cdu} rack={rack} /> : <div className="actions"><button data-testid="new-cdu" onClick={() => void newCdu(rack, cdus)}>New CDU for this rack</button></div>}
      <Field kind="rack" id={rack.id} field="weightKg" label="Cabinet weight" value={rackOwnWeightKg(rack)} unit={KG} editLabel={`Set cabinet weight of ${rack.name}`} />
      <FloorLoadLine rack={rack} />
    </details>
  );
}

export function TrayLoadField({ tray }: { tray: Tray }) {
  return <Field kind="tray" id={tray.id} field="ratedLoadKgPerM" label="Rated load" value={trayRatedLoadKgPerM(tray)} unit={KG_PER_M} editLabel={`Set rated load of ${tray.name}`} />;
}

export function HallFloorField({ hall }: { hall: Hall }) {
  const settings = useDoc((s) => s.settings);
  return (
    <>
      <Field kind="hall" id={hall.id} field="floorRatingKgM2" label="Floor rating" value={floorRatingKgM2(hall, settings)} unit={KG_PER_M2} editLabel={`Set floor rating of ${hall.name}`} />
      {hall.floorRatingKgM2 == null && <p className="muted">The project's floor rating (12 kPa, TIA-942) until you set this hall's.</p>}
    </>
  );
}
