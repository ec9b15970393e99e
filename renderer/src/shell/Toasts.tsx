import { useEffect, useState } from 'react';
import { useUi } from '../store/ui.js';

export function Toasts() {
  const toasts = useUi((s) => s.toasts);
  // While something is dragged the toasts fade and let the pointer through: a drop on the U slots
  // or racks under them went to the toast (drops find their target with elementFromPoint).
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const move = (e: PointerEvent) => setDragging((e.buttons & 1) === 1);
    // (after the drop's own pointerup listeners have looked under the pointer)
    const up = () => setTimeout(() => setDragging(false));
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, []);
  return (
    <div className={dragging ? 'toasts dragging' : 'toasts'} role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.kind}`} data-testid={`toast-${t.kind}`} onClick={() => useUi.getState().dismissToast(t.id)}>
          {t.text}
        </div>
      ))}
    </div>
  );
}
