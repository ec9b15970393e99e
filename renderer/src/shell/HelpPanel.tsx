import { useUi } from '../store/ui.js';

export const SHORTCUTS: [string, string][] = [
  ['V / K / T / C / H', 'Tools: select, place rack, draw tray, draw cable, pan'],
  ['Ctrl+F or /', 'Find a rack, device, cable or port by name; Enter selects it and shows it'],
  ['Click a cable bundle or strand on a tray', 'Select its cables (a list when there are several)'],
  ['K, click (Shift+click)', 'Place one rack (several)'],
  ['Click, Shift+click, drag on empty floor', 'Select, add to selection, marquee'],
  ['Drag a rack or an in-row CDU', 'Move (snaps to tiles; red ghost = overlap, refused on drop)'],
  ['Drag a tray / a selected tray’s corner', 'Move the run / reshape it (snaps to half tiles)'],
  ['R', 'Rotate selected racks 90°'],
  ['Arrow keys', 'Nudge selection one tile'],
  ['Ctrl+C / Ctrl+V, Ctrl+D', 'Copy / paste, duplicate racks with their devices and the cables between them (one undo step; names get -copy)'],
  ['Ctrl+A', 'Select every rack in the hall'],
  ['Inspector (2+ racks)', 'Align, distribute, make a row or pod of them; one rack: add a row of N'],
  ['Delete / Backspace', 'Delete selection'],
  ['Enter / double-click a rack', 'Open its elevation (Esc returns)'],
  ['In an elevation', 'Drag a device type onto a U; drag a device to move it; click two free ports to cable them'],
  ['+ / − / 0, Ctrl+wheel (elevation)', 'Zoom the elevation in, out, back to fit'],
  ['Enter / double-click (tray tool)', 'Finish the tray'],
  ['Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y (Cmd on macOS)', 'Undo, redo (kept in the file); the view goes to the hall changed, and undoing a whole hall asks first'],
  ['Ctrl+O, Ctrl+S, Ctrl+N', 'Open a project, save a copy as, new project (the File menu)'],
  ['Ctrl+I', 'Import a hall: NetBox exports or a layout JSON (the Audit panel)'],
  ['Space+drag, middle drag, wheel', 'Pan'],
  ['Ctrl+wheel, pinch', 'Zoom at the cursor'],
  ['F or Shift+1', 'Zoom to fit the hall'],
  ['Esc', 'First cancels what is being drawn (tray points, a half-drawn cable); then leaves the tool, clears the selection, closes the elevation'],
  ['?', 'This help'],
];

export function HelpPanel() {
  const open = useUi((s) => s.helpOpen);
  if (!open) return null;
  return (
    <div className="modal-backdrop" onClick={() => useUi.getState().setHelp(false)}>
      <div className="modal" role="dialog" aria-label="Keyboard shortcuts" onClick={(e) => e.stopPropagation()}>
        <h2>Keyboard shortcuts</h2>
        <table>
          <tbody>
            {SHORTCUTS.map(([k, v]) => (
              <tr key={k}>
                <td><kbd>{k}</kbd></td>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button onClick={() => useUi.getState().setHelp(false)}>Close</button>
      </div>
    </div>
  );
}
