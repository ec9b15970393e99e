import { cableLabelBase, freeCableLabel } from '../../../core/model/cable-label.js';
import type { Patch } from '../../../core/model/edits.js';
import type { Id, Polarity } from '../../../core/model/entities.js';
import { apiClient } from '../api/session.js';
import { useDoc } from '../store/document.js';
import { applyEdit } from '../store/edits.js';
import { ensureFull } from '../store/detail.js';

/** `device:port` of a port the store holds; null when it does not hold it or its device. */
function endName(doc: ReturnType<typeof useDoc.getState>, id: Id): string | null {
  const p = doc.port.get(id);
  const d = p ? doc.device.get(p.deviceId) : undefined;
  return p && d ? `${d.name}:${p.name}` : null;
}

/** A new cable's label, free across every cable of the project: worked out over the store when it
 * holds the whole model, else asked of the server (a page opened floor first holds a few cables;
 * loading every other one for a label took seconds at 32k GPUs). */
export async function cableLabel(aPortId: Id, bPortId: Id): Promise<string> {
  const doc = useDoc.getState();
  const a = endName(doc, aPortId), b = endName(doc, bPortId);
  if (doc.detail !== 'full' && a !== null && b !== null) return (await apiClient().call('project.freeCableLabel', { base: cableLabelBase(a, b) })).label;
  // (an end the page does not hold: the whole model, once)
  await ensureFull();
  const full = useDoc.getState();
  const taken = new Set([...full.cable.values()].map((c) => c.label));
  return freeCableLabel(cableLabelBase(endName(full, aPortId) ?? `?:${aPortId}`, endName(full, bPortId) ?? `?:${bPortId}`), (x) => taken.has(x));
}

/**
 * A planned cable between two ports with its whole link (cable and optics); null leaves the choice
 * to routing. `polarity`: the TIA-568 method it is made in (a trunk made by hand), else its media's.
 */
export async function createCable(aPortId: Id, bPortId: Id, link: { mediaId: string | null; opticA: string | null; opticB: string | null } | null, made: { polarity?: Polarity } = {}) {
  const label = await cableLabel(aPortId, bPortId);
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

/**
 * The cable an edit made between two ports, in its patch: the one between them, not merely the
 * patch's first cable (an edit may put other cables it changed).
 */
export function createdCable(patch: Patch, aPortId: Id, bPortId: Id): Id | null {
  return patch.put.cable?.find((c) => c.aPortId === aPortId && c.bPortId === bPortId)?.id ?? null;
}
