// A stand-in for the `electron` module, so the BUILT main-process and preload bundles can run under
// plain Node. It records what the bundles ask Electron to do (window options, session handlers,
// protocol handlers, IPC registrations, menu) and lets a test play the renderer's part.
import { EventEmitter } from 'node:events';
import Module from 'node:module';

type Fn = (...args: any[]) => any;

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  id = FakeWebContents.nextId++;
  mainFrame: FakeFrame;
  windowOpenHandler: Fn | null = null;
  sent: Array<{ channel: string; payload: unknown }> = [];
  inputEvents: unknown[] = [];
  reloads = 0;
  constructor(url = '') {
    super();
    this.mainFrame = new FakeFrame(url);
  }
  setWindowOpenHandler(fn: Fn) {
    this.windowOpenHandler = fn;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  sendInputEvent(e: unknown) {
    this.inputEvents.push(e);
  }
  reload() {
    this.reloads++;
  }
  isDestroyed() {
    return false;
  }
}

export interface DialogAnswers {
  open: string[];
  save: string[];
}

export function createFakeElectron(opts: { userData: string; singleInstanceLock?: boolean }): FakeElectron {
  const app = new EventEmitter() as EventEmitter & Record<string, any>;
  const record = {
    privilegedSchemes: [] as any[],
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    headersReceived: [] as Fn[],
    permissionRequest: [] as Fn[],
    permissionCheck: [] as Fn[],
    ipcHandlers: new Map<string, Fn>(),
    ipcListeners: new Map<string, Fn>(),
    windows: [] as any[],
    menu: null as any[] | null,
    errorBoxes: [] as Array<{ title: string; message: string }>,
    saveDialogs: [] as any[],
    quit: 0,
    sandboxAll: 0,
  };
  const dialogAnswers: DialogAnswers = { open: [], save: [] };
  let windowCreated!: (w: any) => void;
  const firstWindow = new Promise<any>((r) => (windowCreated = r));
  let ready = false;

  Object.assign(app, {
    isPackaged: false,
    getPath: (name: string) => {
      if (name !== 'userData') throw new Error(`fake app.getPath(${name})`);
      return opts.userData;
    },
    requestSingleInstanceLock: () => opts.singleInstanceLock ?? true,
    whenReady: () => {
      ready = true;
      return Promise.resolve();
    },
    isReady: () => ready,
    enableSandbox: () => void record.sandboxAll++,
    quit: () => void record.quit++,
    exit: () => void record.quit++,
  });

  class BrowserWindow extends EventEmitter {
    webContents: FakeWebContents;
    title: string;
    loadedUrl: string | null = null;
    constructor(public options: any) {
      super();
      this.title = options.title ?? '';
      this.webContents = new FakeWebContents();
      // Electron announces every new web contents before it loads anything.
      app.emit('web-contents-created', {}, this.webContents);
      record.windows.push(this);
      windowCreated(this);
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
    }
    setTitle(t: string) {
      this.title = t;
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    show() {}
    focus() {}
    restore() {}
  }

  const electron = {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (list: any[]) => record.privilegedSchemes.push(...list),
      handle: (scheme: string, fn: any) => record.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (fn: Fn) => record.headersReceived.push(fn) },
        setPermissionRequestHandler: (fn: Fn) => record.permissionRequest.push(fn),
        setPermissionCheckHandler: (fn: Fn) => record.permissionCheck.push(fn),
      },
    },
    ipcMain: {
      handle: (channel: string, fn: Fn) => record.ipcHandlers.set(channel, fn),
      on: (channel: string, fn: Fn) => record.ipcListeners.set(channel, fn),
    },
    Menu: {
      buildFromTemplate: (t: any[]) => t,
      setApplicationMenu: (m: any[]) => (record.menu = m),
    },
    dialog: {
      showErrorBox: (title: string, message: string) => record.errorBoxes.push({ title, message }),
      showOpenDialog: async () => {
        const p = dialogAnswers.open.shift();
        return { canceled: !p, filePaths: p ? [p] : [] };
      },
      showSaveDialog: async (...args: any[]) => {
        record.saveDialogs.push(args.at(-1));
        const p = dialogAnswers.save.shift();
        return { canceled: !p, filePath: p ?? '' };
      },
    },
  };
  return { electron, record, dialogAnswers, firstWindow };
}

export interface FakeElectron {
  electron: unknown;
  record: {
    privilegedSchemes: any[];
    protocolHandlers: Map<string, (req: Request) => Promise<Response>>;
    headersReceived: Fn[];
    permissionRequest: Fn[];
    permissionCheck: Fn[];
    ipcHandlers: Map<string, Fn>;
    ipcListeners: Map<string, Fn>;
    windows: any[];
    menu: any[] | null;
    errorBoxes: Array<{ title: string; message: string }>;
    saveDialogs: any[];
    quit: number;
    sandboxAll: number;
  };
  dialogAnswers: DialogAnswers;
  firstWindow: Promise<any>;
}

/** A stand-in for the renderer side of `electron` as a sandboxed preload sees it. */
export function createFakePreloadElectron(invoke: (channel: string, payload: unknown) => Promise<unknown>) {
  const exposed = new Map<string, any>();
  const ipcEvents = new EventEmitter();
  const invocations: Array<{ channel: string; payload: any }> = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: {
      invoke: (channel: string, payload: unknown) => {
        invocations.push({ channel, payload });
        return invoke(channel, payload);
      },
      on: (channel: string, fn: Fn) => ipcEvents.on(channel, fn),
      removeListener: (channel: string, fn: Fn) => ipcEvents.removeListener(channel, fn),
    },
  };
  return { electron, exposed, ipcEvents, invocations };
}

/** Loads a CommonJS bundle fresh, with require('electron') answered by `fake`. */
export function requireWithElectron(file: string, fake: unknown): void {
  const M = Module as unknown as { _load: Fn; _cache: Record<string, unknown> };
  const original = M._load;
  M._load = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return fake;
    return original.call(this, request, ...rest);
  };
  try {
    delete M._cache[file];
    Module.createRequire(import.meta.url)(file);
  } finally {
    M._load = original;
  }
}
