import { useUi } from '../store/ui.js';

/**
 * Messages at the foot of the work area. They take no pointer but their close button: they sit
 * over the lower U slots of an elevation and the floor, and a press or a drop there (found with
 * elementFromPoint) went to the toast instead of the device or slot under it, for the 4-8 s a
 * toast lives.
 */
export function Toasts() {
  const toasts = useUi((s) => s.toasts);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.kind}`} data-testid={`toast-${t.kind}`}>
          <span>{t.text}</span>
          <button type="button" className="toast-close" aria-label="Dismiss" title="Dismiss" onClick={() => useUi.getState().dismissToast(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
