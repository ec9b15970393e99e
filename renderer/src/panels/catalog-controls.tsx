// Pieces the catalog's device and media views share: the filter drop-down and speed labels.
import { ALL } from './catalog-filters.js';

/** Lists show at most this many entries (filters narrow them). */
export const SHOW_MAX = 300;

export function Select({ label, value, options, onChange, format }: { label: string; value: string; options: (string | number)[]; onChange: (v: string) => void; format?: (v: string | number) => string }) {
  return (
    <label className="catalog-filter">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-filter={label.toLowerCase()}>
        <option value={ALL}>any</option>
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {format ? format(o) : String(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

export const speedLabel = (g: string | number) => {
  const n = Number(g);
  return n >= 1000 ? `${n / 1000}T` : n >= 1 ? `${n}G` : n > 0 ? `${n * 1000}M` : 'any';
};
