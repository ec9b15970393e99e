// The main window: locked down (isolated, sandboxed preload, no Node in the page) and showing the
// built renderer from the app:// origin.
import { BrowserWindow } from 'electron';
import { APP_START_URL } from './app-protocol.js';

export function secureWebPreferences(preload: string): Electron.WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function createMainWindow(preload: string, title: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 800,
    minHeight: 560,
    title,
    show: false,
    backgroundColor: '#1e1f22',
    webPreferences: secureWebPreferences(preload),
  });
  // The title names the open file; the page's <title> must not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_START_URL);
  return win;
}

export function windowTitle(projectPath: string | null): string {
  if (!projectPath) return 'Trayline';
  const name = projectPath.split(/[\\/]/).pop() ?? projectPath;
  return `${name} — Trayline`;
}
