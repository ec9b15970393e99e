import { freeName } from '../../../core/model/names.js';
import type { Id, Polarity } from '../../../core/model/entities.js';
import { useDoc } from '../store/document.js';
import { applyEdit } from '../store/edits.js';
import { ensureFull } from '../store/detail.js';

export function cableLabel(aPortId: Id, bPortId: Id): string {
  const doc = useDoc.getState();
  const end = (id: Id) => {
    const p = doc.port.get(id);
    const d = p ? doc.device.get(p.deviceId) : undefined;
    return `${d?.name ?? '?'}:${p?.name ?? id}`;
  };
  const base = `${end(aPortId)}—${end(bPortId)}`.slice(0, 190);
  const taken = new Set([...doc.cable.values()].map((c) => c.label));
  return freeName(base, (x) => taken.has(x), (n) => `${base} (${n})`);
}

/**
 * A planned cable between two ports with its whole link (cable and optics); null leaves the choice
 * to routing. `polarity`: the TIA-568 method it is made in (a trunk made by hand), else its media's.
 */
export async function createCable(aPortId: Id, bPortId: Id, link: { mediaId: string | null; opticA: string | null; opticB: string | null } | null, made: { polarity?: Polarity } = {}) {
  // The label must be free across every cable of the project: the whole model (once, floor first).
  await ensureFull();
  const label = cableLabel(aPortId, bPortId);
  return applyEdit({
    label: `Cable ${label}`,
    ops: [
      {
        op: 'create',
        kind: 'cable',
        value: { label, aPortId, bPortId, mediaId: link?.mediaId ?? null, opticA: link?.opticA ?? null, opticB: link?.opticB ?? null, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned', ...(made.polarity ? { polarity: made.polarity } : {}) },
      },
    ],
  });
}
