import { useUi } from '../store/ui.js';

export function Toasts() {
  const toasts = useUi((s) => s.toasts);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.kind}`} data-testid={`toast-${t.kind}`} onClick={() => useUi.getState().dismissToast(t.id)}>
          {t.text}
        </div>
      ))}
    </div>
  );
}
