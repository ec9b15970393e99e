// A device type's unit price in the catalog browser: the built-in default (an estimate, with its
// source and date) or the project's own price, which replaces it (catalog.setDevicePrice).
import { useEffect, useState } from 'react';
import type { DeviceType } from '../../../core/model/entities.js';
import { CallError, toast, useApi, useDoc } from './api.js';

export function DevicePriceEditor({ t }: { t: DeviceType }) {
  const api = useApi();
  const shown = () => (t.unitCostUsd == null ? '' : String(t.unitCostUsd));
  const [text, setText] = useState(shown);
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(shown()), [t.unitCostUsd]);
  const save = async () => {
    const trimmed = text.trim().replace(/^\$/, '').replace(/,/g, '');
    const value = trimmed === '' ? null : Number(trimmed);
    if (value !== null && (!Number.isFinite(value) || value < 0)) return toast('error', `Price: "${text}" is not a number of US dollars`);
    if (value === (t.unitCostUsd ?? null) && !t.costEstimate) return;
    setBusy(true);
    try {
      const updated = await api.call('catalog.setDevicePrice', { slug: t.slug, unitCostUsd: value });
      const doc = useDoc.getState();
      doc.setCatalog([...doc.deviceTypes.values()].map((x) => (x.id === updated.id ? updated : x)), null);
    } catch (e) {
      toast('error', e instanceof CallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="catalog-device-price">
      <label className="catalog-price">
        Unit price (USD)
        <input
          type="text"
          inputMode="decimal"
          value={text}
          disabled={busy}
          placeholder="no price"
          onChange={(e) => setText(e.target.value)}
          onBlur={() => void save()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save();
          }}
          data-testid="device-price-input"
        />
        {t.unitCostUsd != null && t.costEstimate ? <span className="est"> est.</span> : null}
      </label>
      <p className="muted" data-testid="device-price-source">
        {t.unitCostUsd == null ? 'No price: costs that use this type say so instead of guessing one.' : (t.costSource ?? '')}
      </p>
    </div>
  );
}
