// The application menu. File commands run here in the main process (dialogs, switching project);
// Undo and Redo are the renderer's own keyboard shortcuts replayed into the page, so the menu, the
// keys and the toolbar all go through the one code path that also updates the canvas.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  // Menu clicks ignore the promise; tests await it.
  newProject(): Promise<void>;
  openProject(): Promise<void>;
  saveProjectAs(): Promise<void>;
  /** Recently opened project paths, most recent first (main/app/project-files.ts). */
  recent: readonly string[];
  openRecent(path: string): void;
  window(): BrowserWindow | null;
  isDev: boolean;
}

function replayShortcut(win: BrowserWindow | null, keyCode: string, shift: boolean): void {
  if (!win || win.isDestroyed()) return;
  const modifiers: Array<'control' | 'meta' | 'shift'> = [process.platform === 'darwin' ? 'meta' : 'control'];
  if (shift) modifiers.push('shift');
  const wc = win.webContents;
  wc.sendInputEvent({ type: 'keyDown', keyCode, modifiers });
  wc.sendInputEvent({ type: 'keyUp', keyCode, modifiers });
}

export function buildMenuTemplate(a: MenuActions): MenuItemConstructorOptions[] {
  const mac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push({
    label: '&File',
    submenu: [
      { label: '&New Project…', accelerator: 'CmdOrCtrl+N', click: () => a.newProject() },
      { label: '&Open Project…', accelerator: 'CmdOrCtrl+O', click: () => a.openProject() },
      {
        label: 'Open &Recent',
        enabled: a.recent.length > 0,
        submenu: a.recent.map((path) => ({ label: path, click: () => a.openRecent(path) })),
      },
      // Edits are saved as they are made: Ctrl+S saves a copy under another name (and opens it).
      { label: 'Save a Copy &As…', accelerator: 'CmdOrCtrl+S', click: () => a.saveProjectAs() },
      { type: 'separator' },
      // (the renderer's own shortcut: it picks the files in the page, and the page never names a path)
      { label: '&Import a Hall…', accelerator: 'CmdOrCtrl+I', registerAccelerator: false, click: () => replayShortcut(a.window(), 'i', false) },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: '&Quit', accelerator: 'Ctrl+Q' },
    ],
  });
  template.push({
    label: '&Edit',
    submenu: [
      // Not registered as accelerators off macOS: the keys reach the page directly; the menu item
      // replays the same keys for mouse users (and for macOS, where the menu sees them first).
      { label: '&Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => replayShortcut(a.window(), 'z', false) },
      { label: '&Redo', accelerator: 'CmdOrCtrl+Shift+Z', registerAccelerator: false, click: () => replayShortcut(a.window(), 'z', true) },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  });
  template.push({
    label: '&View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(a.isDev ? ([{ type: 'separator' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
    ],
  });
  template.push({ role: 'windowMenu' });
  return template;
}

export function installMenu(actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions)));
}
