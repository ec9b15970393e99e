// Electron main-process entry (bundled to dist/electron/main.cjs by electron.config.ts).
// Opens the project named on the command line, or the demo in the user's data folder, in one
// locked-down window; the renderer reaches the API only through the checked IPC in ipc.ts.
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { extname, join } from 'node:path';
import { demoProjectPath, userDataDir } from '../session/data-dir.js';
import { noteRecent, readRecent } from '../app/project-files.js';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './app-protocol.js';
import { projectArgument } from './args.js';
import { rendererCsp } from './csp.js';
import { loadNativeAddonFrom } from './dev-native.js';
import { registerIpc } from './ipc.js';
import { installMenu } from './menu.js';
import { DesktopProjectSession } from './project-session.js';
import { hardenApp, hardenSession } from './security.js';
import { createMainWindow, windowTitle } from './window.js';

const PROJECT_FILTERS = [{ name: 'Trayline project', extensions: ['trayline'] }];
// The bundle is CommonJS, so __dirname is dist/electron (inside app.asar when packaged).
// TRAYLINE_RENDERER_DIR (development and tests only) serves another build of the page.
const rendererDir = (!app.isPackaged && process.env.TRAYLINE_RENDERER_DIR) || join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

const electronSqlite = process.env.TRAYLINE_ELECTRON_SQLITE;
if (electronSqlite && !app.isPackaged) loadNativeAddonFrom('better_sqlite3.node', electronSqlite);

// Must happen before `ready`. enableSandbox: every renderer is sandboxed, whatever its webPreferences.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
hardenApp(app);

let mainWindow: BrowserWindow | null = null;
// The demo lives where the browser mode keeps it too (TRAYLINE_DATA_DIR or the platform's data folder).
const projects = new DesktopProjectSession(demoProjectPath());
// Read once at start, like the demo's path: the recent projects list lives beside the demo.
const dataDir = userDataDir();

function showError(title: string, e: unknown): void {
  dialog.showErrorBox(title, e instanceof Error ? e.message : String(e));
}

/** Runs a project switch, then shows the result: new title, and a fresh page on the new project. */
function switchProject(title: string, fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    showError(title, e);
    return;
  }
  if (projects.path) noteRecent(dataDir, projects.path);
  refreshMenu();
  if (mainWindow && !mainWindow.isDestroyed()) {
    mainWindow.setTitle(windowTitle(projects.path));
    mainWindow.webContents.reload();
  }
}

async function chooseSavePath(title: string): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title,
    filters: PROJECT_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const r = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  if (r.canceled || !r.filePath) return null;
  return r.filePath.endsWith('.trayline') ? r.filePath : `${r.filePath}.trayline`;
}

/** Where to save an export or report: the native save dialog, filtered by the offered file's extension. */
async function chooseExportPath(offer: { fileName: string; mime: string }): Promise<string | null> {
  const ext = extname(offer.fileName).slice(1);
  const options: Electron.SaveDialogOptions = {
    title: `Save ${offer.fileName}`,
    defaultPath: offer.fileName,
    filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const r = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  if (r.canceled || !r.filePath) return null;
  return ext && !r.filePath.toLowerCase().endsWith(`.${ext.toLowerCase()}`) ? `${r.filePath}.${ext}` : r.filePath;
}

const actions = {
  async newProject() {
    const path = await chooseSavePath('New Trayline project');
    if (path) switchProject('Cannot create the project', () => projects.create(path));
  },
  async openProject() {
    const options: Electron.OpenDialogOptions = {
      title: 'Open Trayline project',
      filters: PROJECT_FILTERS,
      properties: ['openFile'],
    };
    const r = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    const path = r.filePaths[0];
    if (!r.canceled && path) switchProject('Cannot open the project', () => projects.open(path));
  },
  async saveProjectAs() {
    const path = await chooseSavePath('Save Trayline project as');
    if (path) switchProject('Cannot save the project', () => projects.saveAs(path));
  },
};

/** The menu again, with the recent projects as they are now. */
function refreshMenu(): void {
  installMenu({
    ...actions,
    recent: readRecent(dataDir),
    openRecent: (path) => switchProject('Cannot open the project', () => projects.open(path)),
    window: () => mainWindow,
    isDev: !app.isPackaged,
  });
}

function openInitialProject(file: string | null): void {
  if (file) {
    try {
      projects.open(file);
      return;
    } catch (e) {
      // A bad file on the command line should not leave the user with nothing: say why, show the demo.
      showError('Cannot open the project', e);
    }
  }
  try {
    projects.openDemo();
  } catch (e) {
    // The window still opens (File > Open and New work); the page reports "no project is open".
    showError('Cannot open the demo project', e);
  }
}

// macOS hands files opened from Finder (or dropped on the Dock icon) to 'open-file', possibly
// before the app is ready.
let fileFromOs: string | null = null;
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (app.isReady()) switchProject('Cannot open the project', () => projects.open(path));
  else fileFromOs = path;
});

const fileFromArgv = projectArgument(process.argv, app.isPackaged, process.cwd());

function start(): void {
  const file = fileFromOs ?? fileFromArgv;
  openInitialProject(file);
  const csp = rendererCsp(rendererDir);
  hardenSession(session.defaultSession, csp);
  protocol.handle(APP_SCHEME, appProtocolHandler(rendererDir, csp, () => projects.prepareOpen()));
  registerIpc({
    ipcMain,
    mainContents: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
    project: () => projects.current(),
    chooseSavePath: chooseExportPath,
    prepared: () => projects.prepared(),
  });
  if (projects.path) noteRecent(dataDir, projects.path);
  refreshMenu();
  mainWindow = createMainWindow(preloadPath, windowTitle(projects.path));
  mainWindow.on('closed', () => (mainWindow = null));
  // bin/start.js waits for this line to know the desktop app came up (else it falls back).
  mainWindow.once('ready-to-show', () => {
    if (process.env.TRAYLINE_LAUNCHER) process.stdout.write('trayline: window ready\n');
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Trayline window is already open; it receives our argv through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = projectArgument(argv, app.isPackaged, workingDirectory);
    if (file) switchProject('Cannot open the project', () => projects.open(file));
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => projects.close());
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      showError('Trayline could not start', e);
      app.exit(1);
    });
}
