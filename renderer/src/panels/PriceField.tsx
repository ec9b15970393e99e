// A catalog entry's unit price (a device type or a media): the built-in default (an estimate, with
// its source and date) or the project's own price, which replaces it. Used by the catalog browser's
// device and media details; the caller says how a new price is saved (catalog.setDevicePrice /
// catalog.setPrice) and how the loaded catalog is updated.
import { useEffect, useState } from 'react';
import { CallError, toast } from './api.js';

export interface PriceFieldProps {
  unitCostUsd: number | null;
  costEstimate: boolean;
  costSource: string | null;
  /** Shown when there is no price. */
  noPrice: string;
  testId: string;
  sourceTestId?: string;
  save: (unitCostUsd: number | null) => Promise<void>;
}

/** "$1,234.50" / "1234.5" / "" (no price) -> a number of US dollars, or undefined when it is not one. */
export function parseUsd(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function PriceField(p: PriceFieldProps) {
  const shown = () => (p.unitCostUsd == null ? '' : String(p.unitCostUsd));
  const [text, setText] = useState(shown);
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(shown()), [p.unitCostUsd]);
  const save = async () => {
    const value = parseUsd(text);
    if (value === undefined) return toast('error', `Price: "${text}" is not a number of US dollars`);
    if (value === p.unitCostUsd && !p.costEstimate) return;
    setBusy(true);
    try {
      await p.save(value);
    } catch (e) {
      toast('error', e instanceof CallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
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
          data-testid={p.testId}
        />
        {p.unitCostUsd != null && p.costEstimate ? <span className="est"> est.</span> : null}
      </label>
      <p className="muted" data-testid={p.sourceTestId}>
        {p.unitCostUsd == null ? p.noPrice : (p.costSource ?? '')}
      </p>
    </>
  );
}
