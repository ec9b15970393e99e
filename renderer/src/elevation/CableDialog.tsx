// The new-cable dialog of the elevation: two clicked ports (not two panels' rear ports, which make
// a trunk: TrunkDialog) and the links that fit both, chosen whole.
import { useMemo, useState } from 'react';
import type { Id, Port } from '../../../core/model/entities.js';
import { createCable } from '../actions/create-cable.js';
import { linkKey, linkLabel, linksFor } from '../inspector/links.js';
import { useDoc } from '../store/document.js';
import { useUi } from '../store/ui.js';

export function CableDialog({ a, b, onClose }: { a: Id; b: Id; onClose: () => void }) {
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
