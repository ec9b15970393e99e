import { useUi } from '../store/ui.js';

export function Inspector() {
  const selection = useUi((s) => s.selection);
  if (selection.length === 0) return <p className="muted">Select something on the floor plan to edit it here.</p>;
  return <p>{selection.length} selected</p>;
}
