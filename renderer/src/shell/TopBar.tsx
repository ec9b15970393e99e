import { useDoc } from '../store/document.js';
import { undo, redo } from '../store/edits.js';
import { FileButton } from './ProjectFiles.js';
import { useUi } from '../store/ui.js';
import { FindBox } from './FindBox.js';

export function TopBar({ title }: { title: string }) {
  const history = useDoc((s) => s.history);
  const hallId = useUi((s) => s.hallId);
  const halls = useDoc((s) => s.hall);
  const openRackId = useUi((s) => s.openRackId);
  const rack = useDoc((s) => (openRackId != null ? s.rack.get(openRackId) : undefined));
  return (
    <header className="topbar">
      <span className="brand">Trayline</span>
      <FileButton />
      <span className="file" title="Edits are saved as you make them">{title}</span>
      {halls.size > 1 ? (
        <select
          aria-label="Hall"
          data-testid="hall-select"
          value={hallId ?? ''}
          onChange={(e) => useUi.getState().setHall(Number(e.target.value))}
        >
          {[...halls.values()].map((h) => (
            <option key={h.id} value={h.id}>{h.name}</option>
          ))}
        </select>
      ) : (
        <span className="hall">{hallId != null ? halls.get(hallId)?.name : 'no hall'}</span>
      )}
      {rack && (
        <span className="crumb">
          › rack <b>{rack.name}</b> <button onClick={() => useUi.getState().openRack(null)} title="Back to the floor plan (Esc)">Floor plan</button>
        </span>
      )}
      <FindBox />
      <span className="spacer" />
      <button
        data-testid="undo"
        disabled={!history.canUndo}
        onClick={() => void undo()}
        title={`Undo${history.undoLabel ? `: ${history.undoLabel}` : ''}${history.undoHall ? ` in hall ${history.undoHall.name}` : ''} (Ctrl+Z)`}
      >
        ↶ Undo{history.undoLabel ? ` ${history.undoLabel}` : ''}
      </button>
      <button
        data-testid="redo"
        disabled={!history.canRedo}
        onClick={() => void redo()}
        title={`Redo${history.redoLabel ? `: ${history.redoLabel}` : ''}${history.redoHall ? ` in hall ${history.redoHall.name}` : ''} (Ctrl+Shift+Z)`}
      >
        ↷ Redo{history.redoLabel ? ` ${history.redoLabel}` : ''}
      </button>
      <span className="saved" title="Every edit is written to the project file when you make it">saved</span>
      <button onClick={() => useUi.getState().setHelp(true)} title="Keyboard shortcuts (?)">?</button>
    </header>
  );
}
