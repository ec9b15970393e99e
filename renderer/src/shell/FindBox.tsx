// The find box in the top bar (Ctrl+F or /): racks, devices, cables by label and ports by
// "device:port", listed as you type; Up/Down choose, Enter selects and shows, Esc closes.
import { useMemo, useRef, useState } from 'react';
import { goTo } from '../actions/go-to.js';
import { Finder, type FindHit } from '../find/search.js';
import { useDoc } from '../store/document.js';
import { ensureFull } from '../store/detail.js';

const KIND_LABEL = { rack: 'rack', device: 'device', cable: 'cable', port: 'port' } as const;

export function FindBox() {
  const rack = useDoc((s) => s.rack);
  const device = useDoc((s) => s.device);
  const cable = useDoc((s) => s.cable);
  const port = useDoc((s) => s.port);
  // Opened floor first, the names of devices, ports and cables arrive with the whole model.
  const partial = useDoc((s) => s.detail === 'floor');
  const finder = useMemo(() => new Finder(), []);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const result = useMemo(() => finder.find({ rack, device, cable, port }, q), [finder, q, rack, device, cable, port]);
  const choose = (h: FindHit | undefined) => {
    if (!h) return;
    goTo(h.kind, h.id);
    setOpen(false);
    input.current?.blur();
  };
  return (
    <div className="find" role="search">
      <input
        ref={input}
        data-testid="find"
        type="search"
        placeholder="Find… (Ctrl+F or /)"
        aria-label="Find"
        value={q}
        onFocus={() => {
          setOpen(true);
          // Find searches every rack, device, port and cable name: the whole model (once).
          void ensureFull();
        }}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setQ(e.target.value);
          setAt(0);
          // Only typing opens the list (not a change the browser makes, e.g. its own undo).
          if (document.activeElement === e.target) setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setAt(Math.min(at + 1, result.hits.length - 1));
          else if (e.key === 'ArrowUp') setAt(Math.max(at - 1, 0));
          else if (e.key === 'Enter') choose(result.hits[at]);
          else if (e.key === 'Escape') {
            setOpen(false);
            input.current?.blur();
          } else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {open && q.trim() && (
        <ul className="find-results" data-testid="find-results">
          {partial && <li className="muted" data-testid="find-loading">Loading the names of devices, ports and cables…</li>}
          {result.hits.length === 0 && !partial && <li className="muted">Nothing is named like “{q.trim()}”</li>}
          {result.hits.map((h, i) => (
            <li
              key={`${h.kind}:${h.id}`}
              className={i === at ? 'active' : ''}
              data-kind={h.kind}
              onPointerDown={(e) => {
                e.preventDefault(); // keep the focus (and the list) until the click chooses
                choose(h);
              }}
            >
              <span className="find-kind">{KIND_LABEL[h.kind]}</span> {h.name}
            </li>
          ))}
          {result.total > result.hits.length && <li className="muted">{result.total - result.hits.length} more: type more of the name</li>}
        </ul>
      )}
    </div>
  );
}

/** Ctrl+F and / put the cursor in the find box. */
export function focusFind(): boolean {
  const el = document.querySelector<HTMLInputElement>('[data-testid="find"]');
  if (!el) return false;
  el.focus();
  el.select();
  return true;
}
