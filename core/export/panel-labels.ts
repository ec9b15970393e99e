// TIA-606 labels for patch panels and their front ports (identifiers in ./labels.ts): one label
// per panel (its panel id, what it holds, the panels its trunks go to) and one per front port (its
// port id and the far panel port at the same trunk position, so a port label says where it leads).
import type { Id } from '../model/entities.js';
import { panelId, placeId, type CableEndLabel } from './labels.js';
import type { StructuredIndex } from './structured-index.js';

export function* panelLabels(s: StructuredIndex): Generator<CableEndLabel> {
  const ix = s.index;
  const idOf = (portId: Id | null) => {
    const p = portId === null ? null : ix.place(portId);
    return p ? placeId(ix, p) : '';
  };
  for (const d of s.panels()) {
    const rack = ix.racks.get(d.rackId);
    if (!rack) continue;
    const hall = ix.halls.get(rack.hallId)?.name ?? '';
    const pid = panelId(ix.cabinetId(rack), d.u);
    const fronts = s.portsOf(d.id, 'front-port');
    const rears = s.portsOf(d.id, 'rear-port');
    const farPanels = new Set<string>();
    for (const r of rears) {
      const t = s.trunkOn(r.id);
      if (!t) continue;
      const far = ix.place(t.aPortId === r.id ? t.bPortId : t.aPortId);
      if (far) farPanels.add(panelId(ix.cabinetId(far.rack), far.device.u));
    }
    const far = farPanels.size === 0 ? '' : farPanels.size <= 2 ? [...farPanels].join(', ') : `${farPanels.size} PANELS`;
    yield {
      kind: 'panel',
      cableId: null,
      cableLabel: d.name,
      end: '',
      title: `${d.name.toUpperCase()} · ${fronts.length} PORTS`,
      near: pid,
      far,
      text: pid,
      hall,
      rack: rack.name,
      device: d.name,
      port: '',
    };
    for (const f of fronts) {
      const across = s.across(f.id);
      const rear = across ? ix.ports.get(across.rear)?.name : undefined;
      const near = idOf(f.id);
      yield {
        kind: 'panel-port',
        cableId: null,
        cableLabel: d.name,
        end: '',
        title: across ? `${rear ?? '?'}:${across.position}${across.trunk ? ` · ${across.trunk.label}` : ''}` : d.name,
        near,
        far: idOf(across?.farFront ?? null),
        text: near,
        hall,
        rack: rack.name,
        device: d.name,
        port: f.name,
      };
    }
  }
}
