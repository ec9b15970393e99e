// One editable field: shows the stored value in display units, validates on Enter/blur (number
// parsing, then the entity's zod field schema, so the message matches the server's), and applies
// one edit. Esc restores the stored value. The schemas (zod, ~200 KB) are their own chunk, loaded
// when a field is first focused (or checked), not with the inspector shown when a hall opens.
import { mFromMm, mmFromM } from '../../../core/model/units.js';
import { useEffect, useState } from 'react';
import type { EntityKind, Id } from '../../../core/model/entities.js';
import { applyEdit } from '../store/edits.js';
import { loadSchemas, validateField } from './validate-field.js';

export interface Unit {
  label: string;
  /** Stored -> shown. */
  show(v: number): string;
  /** Shown -> stored; NaN when not a number. */
  parse(s: string): number;
}

export const UNITS = {
  m: { label: 'm', show: (v: number) => mFromMm(v).toFixed(3).replace(/\.?0+$/, '') || '0', parse: (s: string) => mmFromM(Number(s.replace(',', '.'))) },
  mm: { label: 'mm', show: (v: number) => String(v), parse: (s: string) => Number(s) },
  kW: { label: 'kW', show: (v: number) => (v / 1000).toFixed(2).replace(/\.?0+$/, '') || '0', parse: (s: string) => Math.round(Number(s.replace(',', '.')) * 1000) },
  U: { label: 'U', show: (v: number) => String(v), parse: (s: string) => Number(s) },
} satisfies Record<string, Unit>;

export interface FieldProps {
  kind: EntityKind;
  id: Id;
  field: string;
  label: string;
  value: string | number;
  unit?: Unit;
  /** Extra fields to set with this one (e.g. nameAuto: false when renaming). */
  also?: Record<string, unknown>;
  editLabel?: string;
}

export function Field({ kind, id, field, label, value, unit, also, editLabel }: FieldProps) {
  const shown = unit && typeof value === 'number' ? unit.show(value) : String(value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(shown);
    setError(null);
  }, [shown]);
  const commit = async () => {
    if (text === shown) return setError(null);
    let v: unknown = text;
    if (unit || typeof value === 'number') {
      const n = unit ? unit.parse(text.trim()) : Number(text.trim());
      if (text.trim() === '' || !Number.isFinite(n)) return setError(`enter a number${unit ? ` in ${unit.label}` : ''}`);
      v = n;
    } else v = text.trim();
    const problem = await validateField(kind, field, v);
    if (problem) return setError(problem);
    setError(null);
    const r = await applyEdit({ label: editLabel ?? `Set ${label.toLowerCase()}`, ops: [{ op: 'update', kind, id, patch: { [field]: v, ...also } }] });
    if (!r) setText(shown);
  };
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <input
          className={error ? 'invalid' : ''}
          value={text}
          data-field={field}
          onChange={(e) => setText(e.target.value)}
          onFocus={() => void loadSchemas()}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
            if (e.key === 'Escape') {
              setText(shown);
              setError(null);
            }
          }}
        />
        <span className="unit">{unit?.label ?? ''}</span>
      </label>
      {error && <div className="field-error">{error}</div>}
    </>
  );
}

export function SelectField<T extends string | number | null>({
  kind, id, field, label, value, options, editLabel,
}: { kind: EntityKind; id: Id; field: string; label: string; value: T; options: { value: T; label: string }[]; editLabel?: string }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={String(value)}
        data-field={field}
        onChange={(e) => {
          const opt = options.find((o) => String(o.value) === e.target.value);
          if (opt) void applyEdit({ label: editLabel ?? `Set ${label.toLowerCase()}`, ops: [{ op: 'update', kind, id, patch: { [field]: opt.value } }] });
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>{o.label}</option>
        ))}
      </select>
      <span className="unit" />
    </label>
  );
}
