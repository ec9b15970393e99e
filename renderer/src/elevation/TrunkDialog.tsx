// Adding a trunk by hand: the two ends are panels' rear ports (clicked in the elevations like any
// cable's ends). The list offers the catalog's trunks with a fit mark on each, as the cable dialog
// does: ✓ fits both rear ports, ⚠ and why not (connector, fibre count against the port's fibres,
// more legs than the port has positions). The TIA-568 polarity method (A, B, C) defaults to what
// the generator gives that trunk (its media's own) and says what each method does to the links the
// trunk completes through jumpers already in place. One edit, so one undo step.
import { useMemo, useState } from 'react';
import type { Id, Media, Polarity, Port } from '../../../core/model/entities.js';
import { mediaPortProblem } from '../../../core/routing/compat.js';
import { createCable, createdCable } from '../actions/create-cable.js';
import { fitMark, portSpecOf } from '../inspector/links.js';
import { useDoc, type DocState } from '../store/document.js';
import { useUi } from '../store/ui.js';
import { fibresPerConnector, generatorPolarity, methodLabel, METHODS, pendingLinks, verdictText } from './trunk-polarity.js';

export interface TrunkOption {
  m: Media;
  problem: string | null;
}

/** Why a trunk does not fit a rear port, or null. */
function trunkPortProblem(doc: DocState, m: Media, portId: Id): string | null {
  const spec = portSpecOf(doc, portId);
  if (!spec) return 'the port is gone';
  const p = mediaPortProblem(m, spec);
  if (p) return p.text;
  const positions = spec.positions ?? 1;
  const legs = m.assembly?.legs ?? 1;
  if (legs > positions) return `${legs} legs, ${spec.name} has ${positions} position${positions > 1 ? 's' : ''}`;
  return null;
}

/** The catalog's trunks for two rear ports, those that fit first. */
export function trunkOptions(doc: DocState, a: Id, b: Id): TrunkOption[] {
  return [...doc.media.values()]
    .filter((m) => m.assembly?.role === 'trunk')
    .map((m) => ({ m, problem: trunkPortProblem(doc, m, a) ?? trunkPortProblem(doc, m, b) }))
    .sort((x, y) => Number(!!x.problem) - Number(!!y.problem) || x.m.lanes - y.m.lanes || x.m.id.localeCompare(y.m.id));
}

function name(doc: DocState, p: Port): string {
  return `${doc.device.get(p.deviceId)?.name}:${p.name} (${p.formFactor}, ${p.positions ?? 1} positions)`;
}

export function TrunkDialog({ a, b, onClose }: { a: Id; b: Id; onClose: () => void }) {
  const doc = useDoc.getState();
  const pa = doc.port.get(a)!, pb = doc.port.get(b)!;
  const options = useMemo(() => trunkOptions(doc, a, b), [doc, a, b]);
  const [choice, setChoice] = useState(options.find((o) => !o.problem)?.m.id ?? '');
  const media = doc.media.get(choice) ?? null;
  const own = generatorPolarity(media);
  // follows the trunk's own method until the user picks one
  const [picked, setPicked] = useState<Polarity | null>(null);
  const polarity = picked ?? own;
  const links = useMemo(() => pendingLinks(doc, a, b), [doc, a, b]);
  const verdict = verdictText(links, polarity);
  const n = fibresPerConnector(media);
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-label="New trunk">
        <h2>New trunk</h2>
        <p>A: {name(doc, pa)}<br />B: {name(doc, pb)}</p>
        <label className="field" style={{ gridTemplateColumns: '60px 1fr' }}>
          <span>Trunk</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)} data-field="trunk">
            <option value="">leave to routing (no media yet)</option>
            {options.map(({ m, problem }) => (
              <option key={m.id} value={m.id}>{fitMark(problem)}{m.name}{problem ? ` (${problem})` : ''}</option>
            ))}
          </select>
        </label>
        <label className="field" style={{ gridTemplateColumns: '60px 1fr' }}>
          <span>Polarity</span>
          <select value={polarity} onChange={(e) => setPicked(e.target.value as Polarity)} data-field="polarity" title="TIA-568.3-D polarity method the trunk is made in">
            {METHODS.map((p) => {
              const v = verdictText(links, p);
              return <option key={p} value={p}>{v ? (v.ok ? '✓ ' : '✗ ') : ''}{methodLabel(p, n)}{p === own ? ' (this trunk\'s own, as generated)' : ''}</option>;
            })}
          </select>
        </label>
        {verdict && <p className={verdict.ok ? 'muted' : 'bad'} data-testid="trunk-polarity-verdict">{verdict.ok ? '✓' : '✗'} {verdict.text}</p>}
        {options.length === 0 && <p className="bad">The catalog has no trunk assemblies.</p>}
        <p className="muted">Made to length from its route through the trays; every front port mapped to these rear ports is carried at its position.</p>
        <div className="actions">
          <button
            data-testid="create-trunk"
            onClick={async () => {
              // no trunk chosen and no method picked: none declared, so the trunk routing picks brings its own
              const made = choice || picked ? { polarity } : {};
              const r = await createCable(a, b, choice ? { mediaId: choice, opticA: null, opticB: null } : null, made);
              if (r) {
                useUi.getState().setCableStart(null);
                const id = createdCable(r.patch, a, b);
                if (id != null) useUi.getState().select([{ kind: 'cable', id }]);
                onClose();
              }
            }}
          >
            Create trunk
          </button>
          <button onClick={onClose}>Cancel</button>
        </div>
      </div>
    </div>
  );
}

/** Whether two clicked ports make a trunk: both are rear ports, on different panels. */
TrunkDialog.fits = (a: Id, b: Id): boolean => {
  const doc = useDoc.getState();
  const pa = doc.port.get(a), pb = doc.port.get(b);
  return !!pa && !!pb && pa.kind === 'rear-port' && pb.kind === 'rear-port' && pa.deviceId !== pb.deviceId;
};
