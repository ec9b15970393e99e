import { useState } from 'react';
import { panels } from '../panels/registry.js';
import { useUi } from '../store/ui.js';
import { lazyView, LOADING } from './lazy-view.js';
import { firstFloorFrame } from '../canvas/floor-view.js';

// Shown from the start: its code (forms, zod field schemas) is asked for when the panel mounts, so
// it arrives and compiles beside the floor's scene; it renders at once while the project is still
// on its way, or else after the floor's first frame, never in front of the floor's first draw. The
// other panels' code loads when the pointer reaches the tabs (or a tab has focus): usually there
// before the click; without it the panel says Loading… while its chunk arrives (~20-80 ms from the
// cache).
const INSPECTOR = {
  id: 'inspector',
  title: 'Inspector',
  component: lazyView(() => {
    const code = import('../inspector/Inspector.js');
    return (useUi.getState().opening ? Promise.resolve() : firstFloorFrame).then(() => code).then((m) => m.Inspector);
  }, LOADING),
};

/** Loads the panels' code, the inspector's first. */
export function preloadPanels(): Promise<unknown> {
  return INSPECTOR.component.preload().then(() => Promise.all(panels.map((p) => p.component.preload())));
}
const KEY = 'trayline.panelWidth';
const MIN_W = 300;
const maxW = () => Math.max(MIN_W, Math.min(900, Math.round(window.innerWidth * 0.6)));

/** A width that suits the window (panels hold tables and forms), unless the user dragged it. */
function initialWidth(): number {
  const saved = Number(localStorage.getItem(KEY));
  if (Number.isFinite(saved) && saved >= MIN_W) return Math.min(saved, maxW());
  return Math.max(340, Math.min(480, Math.round(window.innerWidth * 0.27)));
}

export function RightPanel() {
  const active = useUi((s) => s.activePanel);
  const [width, setWidth] = useState(initialWidth);
  const all = [INSPECTOR, ...panels];
  const current = all.find((p) => p.id === active) ?? INSPECTOR;
  const Body = current.component;
  // Drag the left edge to widen the panel; the floor plan takes what is left.
  const resize = (e: React.PointerEvent) => {
    e.preventDefault();
    const x0 = e.clientX, w0 = width;
    let w = w0;
    const move = (ev: PointerEvent) => {
      w = Math.max(MIN_W, Math.min(maxW(), w0 + x0 - ev.clientX));
      setWidth(w);
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      localStorage.setItem(KEY, String(w));
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };
  return (
    <aside className="rightpanel" style={{ width }} data-testid="right-panel">
      <div className="panel-resize" onPointerDown={resize} title="Drag to widen the panel" data-testid="panel-resize" />
      <div className="tabs" role="tablist" onPointerEnter={() => void preloadPanels()} onFocus={() => void preloadPanels()}>
        {all.map((p) => (
          <button key={p.id} role="tab" aria-selected={p.id === current.id} className={p.id === current.id ? 'active' : ''} onClick={() => useUi.getState().setActivePanel(p.id)}>
            {p.title}
          </button>
        ))}
      </div>
      <div className="panel-body" role="tabpanel">
        <Body />
      </div>
    </aside>
  );
}
