// A CDU selected on the floor: its capacity, place and footprint, and the racks it serves (their
// liquid load against its capacity is the cooling rule's to check: core/checks/cooling.ts).
import { CDU_FOOTPRINT_MM } from '../../../core/geometry/footprint.js';
import { deleteSelection } from '../actions/delete-selection.js';
import { useDoc } from '../store/document.js';
import { Field, SelectField, UNITS } from './Field.js';
import { CduFields } from './Physical.js';

export function CduInspector({ id }: { id: number }) {
  const cdu = useDoc((s) => s.cdu.get(id));
  const racks = useDoc((s) => s.rack);
  if (!cdu) return null;
  const names = [...racks.values()].filter((r) => r.cduId === id).map((r) => r.name).sort();
  return (
    <div className="inspector" data-testid="cdu-inspector">
      <h3>CDU {cdu.name}</h3>
      <CduFields cdu={cdu} />
      {cdu.placement === 'in-row' && cdu.xMm != null && (
        <>
          <SelectField kind="cdu" id={id} field="rotationDeg" label="Rotation" value={cdu.rotationDeg ?? 0}
            options={[0, 90, 180, 270].map((r) => ({ value: r as 0 | 90 | 180 | 270, label: `${r}°` }))} editLabel={`Rotate ${cdu.name}`} />
          <Field kind="cdu" id={id} field="widthMm" label="Width" value={cdu.widthMm ?? CDU_FOOTPRINT_MM.widthMm} unit={UNITS.mm} />
          <Field kind="cdu" id={id} field="depthMm" label="Depth" value={cdu.depthMm ?? CDU_FOOTPRINT_MM.depthMm} unit={UNITS.mm} />
        </>
      )}
      <p data-testid="cdu-served">
        {names.length === 0
          ? 'Serves no rack (a standby unit, or none assigned yet).'
          : `Serves ${names.length} rack${names.length === 1 ? '' : 's'}: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', …' : ''}.`}
      </p>
      <div className="actions"><button onClick={() => void deleteSelection()}>Delete</button></div>
    </div>
  );
}
