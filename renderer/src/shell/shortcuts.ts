// Window-wide keyboard shortcuts (listed in HelpPanel). The active tool sees a key first; keys typed
// into inputs are left alone.
import { alignSelected } from '../actions/align.js';
import { copySelection, duplicateSelection, pasteClipboard } from '../actions/clipboard.js';
import { deleteSelection } from '../actions/delete-selection.js';
import { zoomToFit } from '../actions/navigate.js';
import { nudge } from '../actions/nudge.js';
import { rotateSelected } from '../actions/rotate-racks.js';
import { floorView } from '../canvas/floor-view.js';
import { focusFind } from './FindBox.js';
import { openFilesDialog } from './ProjectFiles.js';
import { redo, undo } from '../store/edits.js';
import { openHallImport } from '../store/hall-import.js';
import { useUi, type ToolName } from '../store/ui.js';

const TOOL_KEYS: Record<string, ToolName> = { v: 'select', k: 'place-rack', t: 'draw-tray', c: 'draw-cable', h: 'pan' };

function typing(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
}

export function handleKey(e: KeyboardEvent): boolean {
  const ui = useUi.getState();
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  // Inside a text field, Ctrl+Z and the other keys belong to the field. A drop-down list has no
  // text to undo: there Ctrl+Z/Y are the app's (else the browser undoes the last text typed
  // anywhere on the page, such as the find box's).
  const inSelect = (e.target as HTMLElement | null)?.tagName === 'SELECT';
  if (typing(e) && !(inSelect && mod && (key === 'z' || key === 'y'))) return false;
  if ((mod && key === 'f') || (!mod && e.key === '/')) return focusFind();
  if (mod && !e.shiftKey && (key === 'o' || key === 's' || key === 'n')) return openFilesDialog(key === 'o' ? 'open' : key === 's' ? 'saveAs' : 'new');
  if (mod && !e.shiftKey && key === 'i') return openHallImport();
  if (mod && key === 'z') {
    void (e.shiftKey ? redo() : undo());
    return true;
  }
  if (mod && key === 'y') {
    void redo();
    return true;
  }
  if (e.key === '?') {
    ui.setHelp(!ui.helpOpen);
    return true;
  }
  if (ui.helpOpen && e.key === 'Escape') {
    ui.setHelp(false);
    return true;
  }
  // The elevation has its own keys while it is open.
  if (ui.openRackId != null) {
    if (e.key === 'Escape') {
      if (ui.cableStart != null) ui.setCableStart(null);
      else ui.openRack(null);
      return true;
    }
    if (key === 'Delete' || key === 'Backspace') {
      void deleteSelection();
      return true;
    }
    if (!mod && (e.key === '+' || e.key === '=' || e.key === '-' || e.key === '0')) {
      ui.setElevZoom(e.key === '0' ? 1 : ui.elevZoom * (e.key === '-' ? 0.8 : 1.25));
      return true;
    }
    return false;
  }
  const view = floorView();
  if (view?.key(e)) return true;
  if (mod && key === 'c') return copySelection() > 0;
  if (mod && key === 'v' && view) {
    void pasteClipboard(view.scene());
    return true;
  }
  if (mod && key === 'd' && view) {
    void duplicateSelection(view.scene());
    return true;
  }
  if (mod && key === 'a' && view) {
    ui.select(view.scene().racks.map((r) => ({ kind: 'rack' as const, id: r.rack.id })));
    return true;
  }
  if (mod) return false;
  if (key === 'Delete' || key === 'Backspace') {
    void deleteSelection();
    return true;
  }
  if (key === 'r') {
    void rotateSelected();
    return true;
  }
  if (key === 'f' || e.key === '!' || (e.code === 'Digit1' && e.shiftKey)) {
    zoomToFit();
    return true;
  }
  const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  if (arrows[key] && ui.selection.some((r) => r.kind === 'rack')) {
    void nudge(...arrows[key]);
    return true;
  }
  if (key === 'Enter') {
    const rack = ui.selection.find((r) => r.kind === 'rack');
    if (rack) ui.openRack(rack.id);
    return !!rack;
  }
  if (key === 'Escape' && ui.cableStart != null) {
    ui.setCableStart(null); // a half-drawn cable goes first
    return true;
  }
  if (key === 'Escape') {
    view?.cancelTool();
    if (ui.tool !== 'select') ui.setTool('select');
    else ui.select([]);
    return true;
  }
  if (key === 'l' && e.shiftKey) {
    void alignSelected('left');
    return true;
  }
  const tool = TOOL_KEYS[key];
  if (tool && !e.shiftKey && !e.altKey) {
    ui.setTool(tool);
    return true;
  }
  return false;
}

export function installShortcuts(): () => void {
  const down = (e: KeyboardEvent) => {
    if (e.key === ' ' && !typing(e)) {
      floorView()?.setSpace(true);
      e.preventDefault();
      return;
    }
    if (handleKey(e)) e.preventDefault();
  };
  const up = (e: KeyboardEvent) => {
    if (e.key === ' ') floorView()?.setSpace(false);
  };
  window.addEventListener('keydown', down);
  window.addEventListener('keyup', up);
  return () => {
    window.removeEventListener('keydown', down);
    window.removeEventListener('keyup', up);
  };
}
