// The catalog's media and optics: search and filters, details, and the editable price list.
import { useMemo, useState } from 'react';
import type { Media } from '../../../core/model/entities.js';
import { useApi, useDoc } from './api.js';
import { ALL, filterMedia, mediaOptions, mediaVendor, type MediaFilter } from './catalog-filters.js';
import { Select, SHOW_MAX, speedLabel } from './catalog-controls.js';
import { PriceField } from './PriceField.js';

export function MediaView() {
  const mediaMap = useDoc((s) => s.media);
  const [f, setF] = useState<MediaFilter>({ q: '', kind: ALL, speed: ALL, formFactor: ALL, vendor: ALL });
  const [open, setOpen] = useState<string | null>(null);
  const all = useMemo(() => [...mediaMap.values()].sort((a, b) => a.speedGbps - b.speedGbps || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)), [mediaMap]);
  const opts = useMemo(() => mediaOptions(all), [all]);
  const list = useMemo(() => filterMedia(all, f), [all, f]);
  const set = (patch: Partial<MediaFilter>) => setF((x) => ({ ...x, ...patch }));
  return (
    <div className="catalog-view">
      <input className="catalog-search" type="search" placeholder="Search id, connector, standard" value={f.q} onChange={(e) => set({ q: e.target.value })} data-testid="catalog-search" />
      <div className="catalog-filters">
        <Select label="Kind" value={f.kind} options={opts.kinds} onChange={(v) => set({ kind: v })} />
        <Select label="Speed" value={f.speed} options={opts.speeds} onChange={(v) => set({ speed: v })} format={speedLabel} />
        <Select label="Form factor" value={f.formFactor} options={opts.formFactors} onChange={(v) => set({ formFactor: v })} />
        <Select label="Vendor" value={f.vendor} options={opts.vendors} onChange={(v) => set({ vendor: v })} />
      </div>
      <p className="muted catalog-count" data-testid="catalog-count">
        {list.length} of {all.length} media. Prices are per piece (made-to-length fibre: per metre), USD; "est." marks an estimate, not a quote: its source is under the entry.
      </p>
      <ul className="catalog-list">
        {list.slice(0, SHOW_MAX).map((m) => (
          <li key={m.id} data-media={m.id} className={open === m.id ? 'open' : ''}>
            <div className="catalog-row" onClick={() => setOpen(open === m.id ? null : m.id)}>
              <span className="main">
                <b>{m.id}</b>
                <span className="muted">
                  {' '}
                  {m.kind} · {speedLabel(m.speedGbps)} · {m.fiber ?? 'copper'} · {m.maxReachM} m · {m.powerW !== null ? `${m.powerW} W/end` : 'power n/a'}
                </span>
              </span>
              <span className="price" data-testid="price">
                {m.unitCostUsd !== null ? `$${m.unitCostUsd}` : '—'}
                {m.unitCostUsd !== null && m.costEstimate ? <span className="est"> est.</span> : null}
              </span>
            </div>
            {open === m.id && <MediaDetail m={m} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

function MediaDetail({ m }: { m: Media }) {
  const api = useApi();
  return (
    <div className="catalog-detail" data-testid="media-detail">
      <table>
        <tbody>
          <tr><td>Name</td><td>{m.name}</td></tr>
          <tr><td>Form</td><td>{m.formFactor} · {m.lanes} lanes · {m.connector}</td></tr>
          <tr><td>Reach</td><td>{m.maxReachM} m{m.fiber ? ` on ${m.fiber}` : ''}</td></tr>
          <tr><td>Power</td><td>{m.powerW !== null ? `${m.powerW} W per end` : 'not published'}</td></tr>
          <tr><td>Lengths</td><td>{m.lengthsM.length ? m.lengthsM.map((l) => `${l} m`).join(', ') : 'made to length'}</td></tr>
          <tr><td>Diameter</td><td>{m.diameterMm !== null ? `${m.diameterMm} mm` : 'unknown'}</td></tr>
          {m.standard && <tr><td>Standard</td><td>{m.standard}</td></tr>}
          <tr><td>Vendor</td><td>{mediaVendor(m)}</td></tr>
        </tbody>
      </table>
      <PriceField
        unitCostUsd={m.unitCostUsd}
        costEstimate={!!m.costEstimate}
        costSource={m.costSource ?? null}
        noPrice="No price yet."
        testId="price-input"
        save={async (unitCostUsd) => {
          const updated = await api.call('catalog.setPrice', { mediaId: m.id, unitCostUsd });
          const doc = useDoc.getState();
          doc.setCatalog(null, [...doc.media.values()].map((x) => (x.id === updated.id ? updated : x)));
        }}
      />
      {m.notes && <p className="muted">{m.notes}</p>}
      <details>
        <summary>Source</summary>
        <pre className="sources">{m.source}</pre>
      </details>
    </div>
  );
}
