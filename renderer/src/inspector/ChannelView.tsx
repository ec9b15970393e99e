// A selected cable's or port's links, each channel hop by hop (jumper, panel pass, trunk ...) with
// lengths, mated pairs and insertion loss as the checks compute them (routing.channels), lit on the
// floor plan and in the rack elevations through the panel highlights (source 'channel'), with a
// button to open the elevations of every rack the channel passes side by side, and one per rack.
import { useEffect, useState } from 'react';
import type { ChannelsResult } from '../../../core/api/routing.js';
import type { ChannelHop, ChannelView as Channel } from '../../../core/checks/channel-view.js';
import type { Id } from '../../../core/model/entities.js';
import { apiClient } from '../api/session.js';
import { openChannelRacks } from '../actions/open-channel-racks.js';
import { C } from '../canvas/colors.js';
import { checksSettled } from '../panels/checks-store.js';
import { useDoc } from '../store/document.js';
import { useUi, type Highlight } from '../store/ui.js';
import './channel.css';

const CHANNEL_MARK = C.channel;
/** Links lit and listed at once: a 576-fibre trunk carries 48 links of 12 fibres. */
const LIMIT = 100;

function lit(r: ChannelsResult): Highlight[] {
  const out: Highlight[] = [];
  const seen = new Set<string>();
  const add = (kind: Highlight['kind'], id: Id) => {
    const k = `${kind}${id}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ kind, id, color: CHANNEL_MARK });
  };
  for (const l of r.links) {
    for (const id of l.cables) add('cable', id);
    for (const id of l.ports) add('port', id);
    for (const id of l.devices) add('device', id);
  }
  return out;
}

/** The links of a cable or port, fetched again after every change to the project. */
function useChannels(ref: { cableId?: Id; portId?: Id }): ChannelsResult | null | 'loading' {
  const rev = useDoc((s) => s.rev);
  const [r, setR] = useState<ChannelsResult | null | 'loading'>('loading');
  useEffect(() => {
    let live = true;
    // after the check session has taken the latest edit in (the checks queue its update on every change)
    checksSettled()
      .then(() => apiClient().call('routing.channels', { ...ref, limit: LIMIT }))
      .then((x) => live && setR(x), () => live && setR(null));
    return () => {
      live = false;
    };
  }, [ref.cableId, ref.portId, rev]);
  useEffect(() => {
    const ui = useUi.getState();
    ui.setHighlights('channel', r && r !== 'loading' ? lit(r) : []);
    return () => useUi.getState().setHighlights('channel', []);
  }, [r]);
  return r;
}

const m = (x: number | null) => (x == null ? '—' : `${+x.toFixed(2)} m`);
/** dB to 2 decimals, or 3 under 0.1 dB (a short run's fibre loss). */
const db = (x: number) => x.toFixed(x > 0 && x < 0.1 ? 3 : 2);
const ROLE = { direct: 'direct cable', jumper: 'jumper', trunk: 'trunk', 'cross-connect': 'cross-connect' } as const;

function Hop({ h }: { h: ChannelHop }) {
  if (h.kind === 'cable') {
    const title = `${h.media ?? 'no media'} · routed ${m(h.routedM)}, order ${m(h.orderedM)}${h.fixed ? ' (length fixed)' : ''}`;
    return (
      <li className={`hop cable ${h.role}`} data-hop="cable" title={title}>
        <button className="link" onClick={() => useUi.getState().select([{ kind: 'cable', id: h.cableId }])}>{h.label}</button>
        <span className="muted"> {ROLE[h.role]}{h.media ? ` · ${h.media}` : ''}</span>
        <b className="len">{m(h.lengthM)}</b>
      </li>
    );
  }
  return (
    <li className="hop panel" data-hop="panel" title={`${h.matedPairs} mated pair${h.matedPairs > 1 ? 's' : ''} in this pass`}>
      <span>▣ {h.device}</span>
      <span className="muted"> {h.rack} U{h.u} · {h.front} → {h.rear}:{h.position}</span>
      <b className="len">{h.matedPairs} MP</b>
    </li>
  );
}

function LinkCard({ l }: { l: Channel }) {
  const loss = l.loss;
  const over = loss && loss.budgetDb != null && loss.totalDb > loss.budgetDb;
  return (
    <div className="channel-link" data-testid="channel-link" data-a={l.a.name} data-b={l.b?.name ?? ''}>
      <div className="channel-ends">
        <b>{l.a.name}</b> {l.a.optic && <span className="muted">({l.a.optic})</span>} → <b>{l.b?.name ?? 'open'}</b> {l.b?.optic && <span className="muted">({l.b.optic})</span>}
      </div>
      {l.open && <p className="bad">Open: {l.open}</p>}
      <ol className="hops">{l.hops.map((h, i) => <Hop key={i} h={h} />)}</ol>
      <p className="channel-sum" data-testid="channel-sum">
        {m(l.lengthM)} · {l.junctions} panel{l.junctions === 1 ? '' : 's'} · {l.matedPairs} mated pair{l.matedPairs === 1 ? '' : 's'}
        {l.splices ? ` · ${l.splices} splices` : ''}
        {loss && (
          <>
            <br />
            <span className={over || loss.wrongFibre ? 'bad' : undefined} data-testid="channel-loss" title={loss.budgetSource ?? 'no sourced budget for these optics'}>
              Loss {db(loss.totalDb)} dB ({db(loss.fibreDb)} fibre at {loss.dbPerKm} dB/km + {db(loss.connectorDb)} connectors{loss.spliceDb ? ` + ${db(loss.spliceDb)} splices` : ''})
              {loss.budgetDb != null ? ` of ${loss.budgetDb} dB (${loss.budgetOptic})` : ', no sourced budget'}
              {loss.wrongFibre ? ` · ${loss.wrongFibre} is the wrong fibre class` : ''}
            </span>
          </>
        )}
      </p>
    </div>
  );
}

export function ChannelView({ cableId, portId }: { cableId?: Id; portId?: Id }) {
  const r = useChannels({ cableId, portId });
  const racks = useDoc((s) => s.rack);
  if (r === 'loading') return <p className="muted" data-testid="channel-view" data-state="loading">Tracing the channel…</p>;
  if (!r) return <p className="muted" data-testid="channel-view" data-state="error">Channel not available.</p>;
  if (r.total === 0) return <p className="muted" data-testid="channel-view" data-state="ready" data-links={0}>No link: nothing active at both ends yet.</p>;
  const rackIds = [...new Set(r.links.flatMap((l) => l.racks))];
  const structured = r.links.some((l) => l.hops.length > 1);
  return (
    <div className="channel-view" data-testid="channel-view" data-state="ready" data-links={r.total}>
      <h4>
        {r.total === 1 ? 'Link' : `${r.total} links`}{structured ? ' and channel' : ''}
        <span className="channel-swatch" style={{ background: CHANNEL_MARK }} title="lit on the floor plan and in the elevations" />
      </h4>
      <div className="actions">
        {rackIds.length > 1 && (
          <button data-testid="open-channel-racks" onClick={() => void openChannelRacks(rackIds)} title="Open the elevations of every rack the channel passes, side by side, the channel lit in each">
            All {rackIds.length} elevations ▸
          </button>
        )}
        {rackIds.map((id) => (
          <button key={id} data-open-rack={racks.get(id)?.name} onClick={() => useUi.getState().openRack(id)} title="Open this rack's elevation: the channel's ports are lit">
            {racks.get(id)?.name ?? id} ▸
          </button>
        ))}
      </div>
      {r.links.map((l, i) => <LinkCard key={i} l={l} />)}
      {r.total > r.links.length && <p className="muted">and {r.total - r.links.length} more links</p>}
    </div>
  );
}
