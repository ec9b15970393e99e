// Filling in (or correcting) a device type's figures its source lacks: power, weight, airflow.
import { useEffect, useState } from 'react';
import type { DeviceType } from '../../../core/model/entities.js';
import { CallError, toast, useApi, useDoc } from './api.js';

export function FiguresEditor({ t }: { t: DeviceType }) {
  const api = useApi();
  const initial = () => ({
    maxPowerW: t.maxPowerW === null ? '' : String(t.maxPowerW),
    typicalPowerW: t.typicalPowerW === null ? '' : String(t.typicalPowerW),
    weightKg: t.weightKg === null ? '' : String(t.weightKg),
    airflow: t.airflow ?? '',
  });
  const [v, setV] = useState(initial);
  const [busy, setBusy] = useState(false);
  useEffect(() => setV(initial()), [t]);
  const before = initial();
  const changed = (Object.keys(v) as (keyof typeof v)[]).filter((k) => v[k].trim() !== before[k]);
  const save = async () => {
    const args: { slug: string; maxPowerW?: number | null; typicalPowerW?: number | null; weightKg?: number | null; airflow?: string | null } = { slug: t.slug };
    for (const k of changed) {
      const text = v[k].trim();
      if (k === 'airflow') args.airflow = text || null;
      else {
        const n = text === '' ? null : Number(text);
        if (n !== null && (!Number.isFinite(n) || n < 0 || (k !== 'weightKg' && !Number.isInteger(n)))) {
          return toast('error', `${k === 'weightKg' ? 'Weight' : 'Power'}: "${text}" is not ${k === 'weightKg' ? 'a number of kg' : 'a whole number of watts'}`);
        }
        args[k] = n;
      }
    }
    setBusy(true);
    try {
      const updated = await api.call('catalog.setDeviceFigures', args);
      const doc = useDoc.getState();
      doc.setCatalog([...doc.deviceTypes.values()].map((x) => (x.id === updated.id ? updated : x)), null);
    } catch (e) {
      toast('error', e instanceof CallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const field = (k: keyof typeof v, label: string, unit: string) => (
    <label>
      {label}
      <input value={v[k]} placeholder="unknown" disabled={busy} onChange={(e) => setV({ ...v, [k]: e.target.value })} data-figure={k} />
      {unit}
    </label>
  );
  return (
    <details className="catalog-figures" open={t.maxPowerW === null || t.weightKg === null}>
      <summary>Edit figures</summary>
      {field('maxPowerW', 'Max', 'W')}
      {field('typicalPowerW', 'Typical', 'W')}
      {field('weightKg', 'Weight', 'kg')}
      {field('airflow', 'Airflow', '')}
      <button disabled={busy || changed.length === 0} onClick={() => void save()} data-testid="save-figures">
        Save figures
      </button>
    </details>
  );
}
