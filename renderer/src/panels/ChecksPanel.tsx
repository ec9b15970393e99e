// Checks: counts per rule and the list of problems; a click selects, frames and highlights the
// objects involved. Checks re-run after every edit, incrementally (only what the edit touched).
// Also: route all cables (with automatic media), racks coloured by power use and trays by fill,
// and the selected cable's route and media choice.
import { useEffect, useMemo, useState } from 'react';
import type { CableRouteResult, HeatResult, MediaChoiceResult, RouteAllResult } from '../../../core/api/routing.js';
import { RULE_IDS, type RuleId, type Violation } from '../../../core/checks/types.js';
import { phraseHint } from '../../../core/checks/hint-steps.js';
import { applyEdit, CallError, loadProject, select, toast, useApi, useDoc, useHighlights, useSelection, type Highlight, type Ref } from './api.js';
import { runAllChecks, useChecks } from './checks-store.js';
import './ChecksPanel.css';

const RULE_TITLES: Record<RuleId, string> = {
  reach: 'Reach',
  'port-compat': 'Port compatibility',
  'port-reuse': 'Port used twice',
  'rack-power': 'Rack power',
  'feed-power': 'Feed power',
  'u-space': 'Rack space',
  'tray-fill': 'Tray fill',
  unroutable: 'Unroutable',
  'no-media': 'No media',
  'lpo-host': 'Linear optics host',
  'channel-loss': 'Channel loss',
  'connector-count': 'Connectors in channel',
  polarity: 'Polarity',
  'trunk-capacity': 'Trunk capacity',
  'panel-port-reuse': 'Panel port used twice',
  'leg-order': 'Leg order',
  bounds: 'Outside the hall',
  cooling: 'Cooling',
  'floor-load': 'Floor load',
  'tray-load': 'Tray load',
  aisle: 'Hot/cold aisle',
};
const SHOW_MAX = 300;

const message = (e: unknown) => (e instanceof CallError || e instanceof Error ? e.message : String(e));

/** Green below 70 % of the limit, amber up to it, red over it. */
function heatColor(ratio: number): string | null {
  if (!Number.isFinite(ratio) || ratio <= 0) return null;
  return ratio > 1 ? '#d32f2f' : ratio >= 0.7 ? '#f59e0b' : '#16a34a';
}

export function ChecksPanel() {
  const api = useApi();
  const res = useChecks((s) => s.result);
  const error = useChecks((s) => s.error);
  const pending = useChecks((s) => s.pending);
  const [filter, setFilter] = useState<RuleId | null>(null);
  const [picked, setPicked] = useState<Violation | null>(null);
  const heatOn = useChecks((s) => s.heatOn);
  const setHeatOn = (on: boolean) => useChecks.setState({ heatOn: on });
  const [heat, setHeat] = useState<HeatResult | null>(null);
  const fullRun = () => void runAllChecks(api);

  useEffect(() => {
    if (!heatOn || !res) return;
    let live = true;
    api.call('checks.heat', {}).then((h) => live && setHeat(h), (e) => toast('error', `Colouring failed: ${message(e)}`));
    return () => {
      live = false;
    };
  }, [heatOn, res, api]);

  const heatItems = useMemo<Highlight[]>(() => {
    if (!heatOn || !heat) return [];
    const out: Highlight[] = [];
    for (const r of heat.racks) {
      const c = r.budgetW > 0 ? heatColor(r.loadW / r.budgetW) : null;
      if (c) out.push({ kind: 'rack', id: r.id, color: c });
    }
    for (const t of heat.trays) {
      const c = heatColor(t.maxFillPct / t.limitPct);
      if (c) out.push({ kind: 'tray', id: t.id, color: c });
    }
    return out;
  }, [heatOn, heat]);
  useHighlights('checks-heat', heatItems);

  const pickedItems = useMemo<Highlight[]>(
    () =>
      (picked?.objects ?? [])
        .filter((o) => o.kind === 'rack' || o.kind === 'cable' || o.kind === 'tray' || o.kind === 'device')
        .map((o) => ({ kind: o.kind as Highlight['kind'], id: o.id, color: picked!.severity === 'error' ? '#d32f2f' : '#f59e0b' })),
    [picked],
  );
  useHighlights('checks', pickedItems);

  // Forget the picked violation once it is fixed.
  useEffect(() => {
    if (picked && res && !res.violations.some((v) => v.rule === picked.rule && v.message === picked.message)) setPicked(null);
  }, [res, picked]);

  const shown = useMemo(() => (res ? res.violations.filter((v) => !filter || v.rule === filter) : []), [res, filter]);

  const pick = (v: Violation) => {
    setPicked(v);
    const refs: Ref[] = v.objects.filter((o) => o.kind !== 'feed' && o.kind !== 'cdu').map((o) => ({ kind: o.kind as Ref['kind'], id: o.id }));
    if (refs.length) select(refs, { zoom: true });
  };

  return (
    <div className="checks" data-testid="checks">
      <RouteBar onDone={fullRun} />
      <div className="checks-summary" data-testid="checks-summary" data-pending={pending}>
        {res ? (
          <span>
            <b className={res.errors ? 'bad' : 'ok'}>{res.errors} error{res.errors === 1 ? '' : 's'}</b>, {res.warnings} warning{res.warnings === 1 ? '' : 's'}
          </span>
        ) : (
          'Checking…'
        )}
        {res && pending > 0 && <span className="muted"> · updating…</span>}
        <label className="checks-heat">
          <input type="checkbox" checked={heatOn} onChange={(e) => setHeatOn(e.target.checked)} data-testid="checks-heat" /> colour racks by power, trays by fill
        </label>
      </div>
      {error && <p className="checks-error">{error}</p>}
      {res && (
        <div className="checks-rules">
          {RULE_IDS.map((r) => {
            const c = res.counts[r];
            const n = c.errors + c.warnings;
            return (
              <button
                key={r}
                className={`checks-rule ${filter === r ? 'active' : ''} ${c.errors ? 'bad' : c.warnings ? 'warn' : ''}`}
                data-rule={r}
                data-count={n}
                data-testid={`checks-count-${r}`}
                onClick={() => setFilter(filter === r ? null : r)}
                title={filter === r ? 'Show all rules' : `Show only ${RULE_TITLES[r].toLowerCase()}`}
              >
                {RULE_TITLES[r]} <span className="n">{n}</span>
              </button>
            );
          })}
        </div>
      )}
      <ul className="checks-list" data-testid="checks-list">
        {shown.slice(0, SHOW_MAX).map((v, i) => (
          <li
            key={`${v.rule}:${i}:${v.message}`}
            className={`checks-item ${v.severity} ${picked === v ? 'picked' : ''}`}
            data-rule={v.rule}
            onClick={() => pick(v)}
          >
            <span className="sev">{v.severity === 'error' ? '✖' : '⚠'}</span>
            <span className="body">
              <span className="msg">{v.message}</span>
              <span className="hint">{phraseHint(v.hint, 'app')}</span>
            </span>
          </li>
        ))}
        {res && shown.length === 0 && <li className="checks-none">{filter ? `No ${RULE_TITLES[filter].toLowerCase()} problems.` : 'No problems found.'}</li>}
      </ul>
      {shown.length > SHOW_MAX && <p className="muted">… {shown.length - SHOW_MAX} more (filter by rule, or `trayline check FILE`)</p>}
      <SelectedCable />
    </div>
  );
}

/** Route every cable (optionally choosing media), with progress. */
function RouteBar({ onDone }: { onDone: () => void }) {
  const api = useApi();
  const [auto, setAuto] = useState<'none' | 'missing' | 'all'>('missing');
  const [policy, setPolicy] = useState<'cheapest' | 'power'>('cheapest');
  const [busy, setBusy] = useState<string | null>(null);
  const [last, setLast] = useState<RouteAllResult | null>(null);
  const routeAll = async () => {
    setBusy('Routing…');
    const off = api.onProgress((p) => setBusy(`${p.phase === 'route' ? 'Routing' : 'Writing'} ${p.done} / ${p.total}`));
    try {
      const r = await api.call('routing.routeAll', { autoMedia: auto, policy });
      setLast(r);
      await loadProject();
      onDone();
    } catch (e) {
      toast('error', `Routing failed: ${message(e)}`);
    } finally {
      off();
      setBusy(null);
    }
  };
  return (
    <div className="checks-route">
      <div className="row">
        <button onClick={() => void routeAll()} disabled={!!busy} data-testid="route-all">
          Route all cables
        </button>
        <select value={auto} onChange={(e) => setAuto(e.target.value as typeof auto)} title="Automatic media" data-testid="route-auto">
          <option value="none">keep media</option>
          <option value="missing">choose missing media</option>
          <option value="all">reconsider all media</option>
        </select>
        <select value={policy} onChange={(e) => setPolicy(e.target.value as typeof policy)} title="Media policy">
          <option value="cheapest">cheapest</option>
          <option value="power">lowest power</option>
        </select>
      </div>
      {busy && <p className="muted">{busy}</p>}
      {last && !busy && (
        <p className="muted" data-testid="route-summary">
          {last.routed} routed, {last.unroutable} unroutable · {last.totalLengthM.toFixed(1)} m routed, {last.orderedLengthM.toFixed(1)} m to order
          {last.mediaChosen ? ` · media chosen for ${last.mediaChosen}` : ''}
        </p>
      )}
    </div>
  );
}

/** The selected cable: its route as the layout stands, and what media the policy would pick. */
function SelectedCable() {
  const api = useApi();
  const sel = useSelection();
  const cableId = sel.length === 1 && sel[0]!.kind === 'cable' ? sel[0]!.id : null;
  const cable = useDoc((s) => (cableId == null ? undefined : s.cable.get(cableId)));
  const rev = useDoc((s) => s.rev);
  const [route, setRoute] = useState<CableRouteResult | null>(null);
  const [choice, setChoice] = useState<MediaChoiceResult | null>(null);
  useEffect(() => {
    setChoice(null);
    if (cableId == null) return setRoute(null);
    let live = true;
    api.call('routing.cableRoute', { cableId }).then((r) => live && setRoute(r), () => live && setRoute(null));
    return () => {
      live = false;
    };
  }, [cableId, rev, api]);
  // The drawn route comes from the stored route; draw the current one too while it differs.
  const items = useMemo<Highlight[]>(() => (cableId != null && route?.route?.length ? [{ kind: 'cable', id: cableId, color: '#2563eb' }] : []), [cableId, route]);
  useHighlights('checks-route', items);
  if (cableId == null || !cable) return null;
  const m = (x: number | null) => (x == null ? '—' : `${x.toFixed(2)} m`);
  return (
    <div className="checks-cable" data-testid="checks-cable">
      <h4>Cable {cable.label}</h4>
      {route && (
        <p>
          {route.problem ? (
            <span className="bad">Unroutable: {route.problem}</span>
          ) : (
            <>
              Routed {m(route.routedM)}, order {m(route.orderedM)}
              {route.route && route.route.length > 0 ? ` · ${route.route.length} tray segment(s)` : ' · inside one rack'}
            </>
          )}
        </p>
      )}
      <div className="row">
        <button onClick={() => api.call('routing.chooseMedia', { cableId }).then(setChoice, (e) => toast('error', message(e)))}>Suggest media</button>
      </div>
      {choice && (
        <div className="checks-choice" data-testid="media-choice">
          <p>{choice.reason}</p>
          {(choice.channel ? choice.channel.length > 0 : !!(choice.mediaId || choice.opticA)) && (
            <button
              onClick={() =>
                void applyEdit(
                  choice.channel
                    ? {
                        label: `Set media of the channel ${choice.channel.map((c) => c.label).join(' … ')}`,
                        ops: choice.channel.map((c) => ({ op: 'update' as const, kind: 'cable' as const, id: c.cableId, patch: { mediaId: c.mediaId, opticA: c.opticA, opticB: c.opticB } })),
                      }
                    : {
                        label: `Set media of ${cable.label}`,
                        ops: [{ op: 'update', kind: 'cable', id: cableId, patch: { mediaId: choice.mediaId, opticA: choice.opticA, opticB: choice.opticB } }],
                      },
                )
              }
              data-testid="use-media"
            >
              {choice.channel ? `Use it on ${choice.channel.length === 1 ? choice.channel[0]!.label : choice.channel.length === 2 ? 'both jumpers' : `its ${choice.channel.length} cords`}` : 'Use it'}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
