// The cable inspector: its ends, its link chosen whole (assembly, or transceivers over a fibre, in
// one step), the plain media list with a fit mark on every entry, and the routed and ordered
// lengths as the checks compute them now (routing.cableRoute, the check session's route), never a
// stored field that an edit may have made stale. Several cables (a bundle clicked on the floor)
// are listed to pick one.
import { useEffect, useMemo, useState } from 'react';
import type { CableRouteResult } from '../../../core/api/routing.js';
import type { Id } from '../../../core/model/entities.js';
import { apiClient } from '../api/session.js';
import { deleteSelection } from '../actions/delete-selection.js';
import { zoomTo } from '../actions/navigate.js';
import { useDoc } from '../store/document.js';
import { applyEdit } from '../store/edits.js';
import { useUi } from '../store/ui.js';
import { ChannelView } from './ChannelView.js';
import { Field, SelectField } from './Field.js';
import { fitMark, linkKey, linkLabel, linksFor, mediaFits } from './links.js';
import { trunkOptions } from '../elevation/TrunkDialog.js';
import { jumperCordFits, jumperLinks, jumperPanelEnd } from './jumper-links.js';
import { fibresPerConnector, generatorPolarity, methodLabel, METHODS } from '../elevation/trunk-polarity.js';

const m = (x: number | null | undefined) => (x == null ? '—' : `${x.toFixed(2)} m`);

/** The cable's route as the checks have it, refreshed after every change to the project. */
function useCableRoute(id: Id): CableRouteResult | null | 'loading' {
  const rev = useDoc((s) => s.rev);
  const [route, setRoute] = useState<CableRouteResult | null | 'loading'>('loading');
  useEffect(() => {
    let live = true;
    apiClient().call('routing.cableRoute', { cableId: id }).then((r) => live && setRoute(r), () => live && setRoute(null));
    return () => {
      live = false;
    };
  }, [id, rev]);
  return route;
}

export function CableInspector({ id }: { id: Id }) {
  const c = useDoc((s) => s.cable.get(id));
  const ports = useDoc((s) => s.port);
  const devices = useDoc((s) => s.device);
  const media = useDoc((s) => s.media);
  const route = useCableRoute(id);
  const routedMm = route && route !== 'loading' && route.routedM != null ? Math.round(route.routedM * 1000) : null;
  const panelEnd = c ? jumperPanelEnd(useDoc.getState(), c.aPortId, c.bPortId) : null;
  const links = useMemo(() => (c ? (panelEnd ? jumperLinks : linksFor)(useDoc.getState(), c.aPortId, c.bPortId, c.lengthMm ?? routedMm) : []), [c, routedMm, media, panelEnd]);
  // A trunk (rear port to rear port) carries no optics: its list is the catalog's trunks, fit-marked against both rear ports.
  const trunk = !!c && ports.get(c.aPortId)?.kind === 'rear-port' && ports.get(c.bPortId)?.kind === 'rear-port';
  const fits = useMemo(() => (c ? (trunk ? trunkOptions(useDoc.getState(), c.aPortId, c.bPortId) : panelEnd ? jumperCordFits(useDoc.getState(), panelEnd === 'a' ? c.aPortId : c.bPortId) : mediaFits(useDoc.getState(), c.aPortId, c.bPortId)) : []), [c?.aPortId, c?.bPortId, media, trunk, panelEnd]);
  if (!c) return null;
  const end = (pid: number) => {
    const p = ports.get(pid);
    const d = p ? devices.get(p.deviceId) : undefined;
    return `${d?.name ?? '?'}:${p?.name ?? ''}`;
  };
  const current = linkKey(c);
  const known = current === '||' || links.some((o) => linkKey(o) === current);
  const describe = [c.opticA, c.mediaId, c.opticB].filter(Boolean).map((x) => media.get(x!)?.name ?? x).join(' + ');
  return (
    <div className="inspector" data-testid="cable-inspector">
      <h3>Cable {c.label}</h3>
      <Field kind="cable" id={id} field="label" label="Label" value={c.label} />
      <p>A: {end(c.aPortId)}<br />B: {end(c.bPortId)}</p>
      {!trunk && <label className="field stacked">
        <span>Link (cable and optics, chosen together)</span>
        <select
          value={current}
          title={links.find((o) => linkKey(o) === current) ? linkLabel(useDoc.getState(), links.find((o) => linkKey(o) === current)!) : describe}
          data-field="link"
          onChange={(e) => {
            const o = e.target.value === '||' ? { mediaId: null, opticA: null, opticB: null } : links.find((x) => linkKey(x) === e.target.value);
            if (o) void applyEdit({ label: `Set the link of ${c.label}`, ops: [{ op: 'update', kind: 'cable', id, patch: { mediaId: o.mediaId, opticA: o.opticA, opticB: o.opticB } }] });
          }}
        >
          <option value="||">chosen by routing (cheapest that reaches)</option>
          {!known && <option value={current}>⚠ {describe} (does not make a whole link)</option>}
          {links.map((o) => <option key={linkKey(o)} value={linkKey(o)}>{linkLabel(useDoc.getState(), o)}</option>)}
        </select>
        <span className="unit" />
      </label>}
      <SelectField kind="cable" id={id} field="mediaId" label={trunk ? 'Trunk' : 'Cable only'} value={c.mediaId}
        options={[{ value: null, label: 'none' }, ...fits.map(({ m: x, problem }) => ({ value: x.id, label: `${fitMark(problem)}${x.name}${problem ? ` (${problem})` : ''}` }))]} />
      {(trunk || panelEnd) && (() => {
        // the TIA-568 method the trunk or cord is made in; none declared: its media's (as generated)
        const mm = c.mediaId ? media.get(c.mediaId) ?? null : null;
        const n = fibresPerConnector(mm);
        return <SelectField kind="cable" id={id} field="polarity" label="Polarity" value={c.polarity ?? null} editLabel={`Set the polarity of ${c.label}`}
          options={[{ value: null, label: `media's own: ${generatorPolarity(mm)}` }, ...METHODS.map((p) => ({ value: p, label: methodLabel(p, n) }))]} />;
      })()}
      <SelectField kind="cable" id={id} field="status" label="Status" value={c.status}
        options={(['planned', 'installed', 'connected', 'decommissioning'] as const).map((s) => ({ value: s, label: s }))} />
      <p data-testid="cable-lengths">
        {route === 'loading' ? 'Routing…'
          : !route ? 'Route not available.'
          : route.problem ? <span className="bad">Unroutable: {route.problem}</span>
          : <>Routed {m(route.routedM)}, order {m(route.orderedM)}{c.lengthMm != null ? ` (length fixed at ${m(c.lengthMm / 1000)})` : ''}</>}
      </p>
      <div className="actions">
        <button onClick={() => zoomTo([{ kind: 'cable', id }])}>Zoom to</button>
        <button onClick={() => void deleteSelection()}>Delete</button>
      </div>
      <ChannelView cableId={id} />
    </div>
  );
}

const LIST_MAX = 300;

export function CablesInspector({ ids }: { ids: Id[] }) {
  const cables = useDoc((s) => s.cable);
  const list = ids.slice(0, LIST_MAX).flatMap((id) => (cables.has(id) ? [cables.get(id)!] : []));
  return (
    <div className="inspector" data-testid="cables-inspector">
      <h3>{ids.length} cables</h3>
      <p className="muted">Pick one to see its route and link.</p>
      <ul className="cable-list">
        {list.map((c) => (
          <li key={c.id}>
            <button data-cable={c.label} onClick={() => useUi.getState().select([{ kind: 'cable', id: c.id }])}>{c.label}</button>
          </li>
        ))}
      </ul>
      {ids.length > LIST_MAX && <p className="muted">and {ids.length - LIST_MAX} more (find one by its label with Ctrl+F)</p>}
      <div className="actions">
        <button onClick={() => zoomTo(ids.slice(0, LIST_MAX).map((id) => ({ kind: 'cable' as const, id })))}>Zoom to</button>
      </div>
    </div>
  );
}
