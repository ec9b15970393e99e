// A question the user answers before something destructive (undoing a hall's creation, say):
// askConfirm resolves true on the action button or Enter, false on Cancel, Esc or the backdrop.
import { useEffect, useRef } from 'react';
import { create } from 'zustand';

interface Ask {
  text: string;
  action: string;
  resolve: (ok: boolean) => void;
}

const useAsk = create<{ ask: Ask | null }>()(() => ({ ask: null }));

export function askConfirm(text: string, action: string): Promise<boolean> {
  return new Promise((resolve) => {
    useAsk.getState().ask?.resolve(false);
    useAsk.setState({ ask: { text, action, resolve } });
  });
}

function answer(ok: boolean): void {
  const a = useAsk.getState().ask;
  useAsk.setState({ ask: null });
  a?.resolve(ok);
}

export function ConfirmDialog() {
  const ask = useAsk((s) => s.ask);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [ask]);
  if (!ask) return null;
  return (
    <div className="modal-backdrop confirm-backdrop" onMouseDown={(e) => e.target === e.currentTarget && answer(false)}>
      <div
        className="modal"
        role="alertdialog"
        aria-label="Confirm"
        data-testid="confirm-dialog"
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') answer(false);
        }}
      >
        <p>{ask.text}</p>
        <div className="buttons">
          <button onClick={() => answer(false)} data-testid="confirm-cancel">Cancel</button>{' '}
          <button ref={button} className="danger" onClick={() => answer(true)} data-testid="confirm-ok">
            {ask.action}
          </button>
        </div>
      </div>
    </div>
  );
}
