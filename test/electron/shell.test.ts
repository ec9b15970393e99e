// The Electron shell cannot run here (no Electron binary), so this builds the real bundles and runs
// the BUILT dist/electron/main.cjs and preload.cjs under Node with a stand-in `electron` module,
// checking the security posture and the IPC door a user's data goes through. The preload's own
// tests are in preload.test.ts.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { buildElectron, type ElectronBuild } from '../../electron.config.js';
import { METHODS } from '../../core/api/index.js';
import { openProject } from '../../db/open.js';
import { applyEdit } from '../../db/edits.js';
import { readDeviceTypes } from '../../db/catalog.js';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations/index.js';
import { createFakeElectron, FakeFrame, FakeWebContents, requireWithElectron } from './fake-electron.js';

const CALL = 'trayline:call';
const PROGRESS = 'trayline:progress';

const INLINE_SCRIPT = 'document.documentElement.dataset.boot = "1"';
let built: ElectronBuild;
let work: string;

function projectWithHalls(name: string, halls: number): string {
  const path = join(work, name);
  const db = openProject(path, { create: true });
  for (let i = 1; i <= halls; i++) {
    applyEdit(db, { label: 'Add hall', ops: [{ op: 'create', kind: 'hall', value: { name: `H${i}`, widthMm: 30000, depthMm: 20000, tileMm: 600 } }] });
  }
  db.close();
  return path;
}

/** Starts the built main process on `argv` and waits for its window. */
async function startMain(argv: string[], lock = true) {
  const userData = mkdtempSync(join(work, 'userdata-'));
  // Where the demo project goes (the shared data folder of main/session).
  const dataDir = mkdtempSync(join(work, 'data-'));
  const fake = createFakeElectron({ userData, singleInstanceLock: lock });
  const saved = { argv: process.argv, dataDir: process.env.TRAYLINE_DATA_DIR };
  process.argv = [process.execPath, built.main, ...argv];
  process.env.TRAYLINE_DATA_DIR = dataDir;
  try {
    requireWithElectron(built.main, fake.electron);
  } finally {
    process.argv = saved.argv;
    if (saved.dataDir === undefined) delete process.env.TRAYLINE_DATA_DIR;
    else process.env.TRAYLINE_DATA_DIR = saved.dataDir;
  }
  return { ...fake, dataDir };
}

/** project.info through the IPC door, from the window's main frame. */
type Started = Awaited<ReturnType<typeof startMain>>;
const projectInfo = (shell: Started, win: Awaited<Started['firstWindow']>) =>
  shell.record.ipcHandlers.get(CALL)!({ sender: win.webContents, senderFrame: win.webContents.mainFrame }, { callId: 'c1', method: 'project.info', args: {} });

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'tl-electron-'));
  // The real build into dist/electron, so the bundle resolves its runtime deps from node_modules.
  built = await buildElectron();
  // A stand-in for the Vite build (the main process is told where it is), so the protocol handler
  // has something to serve, next to a file it must never serve.
  const renderer = join(work, 'dist', 'renderer');
  process.env.TRAYLINE_RENDERER_DIR = renderer;
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), `<!doctype html><title>Trayline</title><script>${INLINE_SCRIPT}</script><script type="module" src="/assets/app.js"></script>`);
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(work, 'dist', 'secret.txt'), 'not for the page');
});

describe('built main process', () => {
  let shell: Awaited<ReturnType<typeof startMain>>;
  let win: any;
  let projectA: string;
  // Every IPC call goes through the one registered handler, as Electron would route it.
  const invoke = (event: unknown, method: string, args: unknown) =>
    shell.record.ipcHandlers.get(CALL)!(event, { callId: 'c1', method, args });
  const mainFrameEvent = () => ({ sender: win.webContents, senderFrame: win.webContents.mainFrame });

  before(async () => {
    projectA = projectWithHalls('a.trayline', 2);
    shell = await startMain([projectA]);
    win = await shell.firstWindow;
  });

  test('the window is isolated, sandboxed, without Node, and loads the app origin', () => {
    assert.equal(shell.record.windows.length, 1);
    const prefs = win.options.webPreferences;
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(shell.record.sandboxAll, 1, 'app.enableSandbox() sandboxes every renderer');
    assert.notEqual(prefs.webviewTag, true);
    assert.equal(prefs.preload, built.preload);
    assert.ok(existsSync(prefs.preload), 'the preload the window names was built');
    assert.equal(win.loadedUrl, 'app://trayline/index.html');
    assert.equal(win.title, 'a.trayline — Trayline');
    assert.deepEqual(shell.record.errorBoxes, []);
  });

  test('every response gets a strict CSP (inline script only by hash), replacing any the response brought', () => {
    assert.equal(shell.record.headersReceived.length, 1);
    let out: any;
    shell.record.headersReceived[0]!(
      { responseHeaders: { 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"], 'X-Other': ['kept'] } },
      (r: any) => (out = r),
    );
    const cspKeys = Object.keys(out.responseHeaders).filter((k) => k.toLowerCase() === 'content-security-policy');
    assert.equal(cspKeys.length, 1);
    assert.deepEqual(out.responseHeaders['X-Other'], ['kept']);
    const csp: string = out.responseHeaders[cspKeys[0]!][0];
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    assert.deepEqual(directives.get('default-src'), ["'self'"]);
    // The one inline script in the built index.html is allowed by its hash, nothing else inline.
    const hash = `'sha256-${createHash('sha256').update(INLINE_SCRIPT).digest('base64')}'`;
    assert.deepEqual(directives.get('script-src'), ["'self'", hash]);
    assert.deepEqual(directives.get('object-src'), ["'none'"]);
    assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
    assert.deepEqual(directives.get('connect-src'), ["'self'"]);
    assert.ok(!csp.includes('unsafe-eval'), csp);
    assert.ok(!/(^|\s)\*(\s|;|$)/.test(csp), 'no wildcard source');
  });

  test('app:// serves only the built renderer, with the CSP on each response', async () => {
    const [scheme] = shell.record.privilegedSchemes;
    assert.equal(scheme.scheme, 'app');
    assert.equal(scheme.privileges.standard, true);
    assert.equal(scheme.privileges.secure, true);
    assert.notEqual(scheme.privileges.bypassCSP, true);
    const handler = shell.record.protocolHandlers.get('app')!;
    const get = (url: string) => handler(new Request(url));
    const page = await get('app://trayline/index.html');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    assert.match(page.headers.get('content-security-policy')!, /default-src 'self'/);
    assert.match(await page.text(), /<title>Trayline<\/title>/);
    assert.equal((await get('app://trayline/assets/app.js')).headers.get('content-type'), 'text/javascript; charset=utf-8');
    // secret.txt sits one folder above the renderer: every way of reaching for it is refused.
    for (const url of ['app://trayline/../secret.txt', 'app://trayline/%2e%2e/secret.txt', 'app://trayline/..%2fsecret.txt', 'app://other/index.html']) {
      const r = await get(url);
      assert.equal(r.status, 404, url);
      assert.doesNotMatch(await r.text(), /not for the page/, url);
    }
  });

  test('navigation away from the app origin is blocked, new windows and webviews are denied', () => {
    const wc: FakeWebContents = win.webContents;
    const tryNavigate = (event: string, url: string) => {
      let prevented = false;
      for (const l of wc.listeners(event)) (l as any)({ url, preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    assert.ok(wc.listenerCount('will-navigate') >= 1);
    for (const event of ['will-navigate', 'will-redirect']) {
      for (const foreign of ['https://evil.example/', 'file:///etc/passwd', 'app://evil/index.html', 'http://127.0.0.1:8080/', 'javascript:alert(1)']) {
        assert.equal(tryNavigate(event, foreign), true, `${event} ${foreign} should be blocked`);
      }
      assert.equal(tryNavigate(event, 'app://trayline/index.html'), false, `${event} within the app is allowed`);
    }
    assert.ok(wc.windowOpenHandler, 'setWindowOpenHandler was installed');
    for (const url of ['https://evil.example/', 'app://trayline/index.html']) {
      assert.deepEqual(wc.windowOpenHandler!({ url }), { action: 'deny' });
    }
    let webviewPrevented = false;
    wc.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) }, {}, {});
    assert.ok(webviewPrevented);
  });

  test('permission requests and checks are denied', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      let granted: boolean | undefined;
      shell.record.permissionRequest[0]!(win.webContents, permission, (g: boolean) => (granted = g));
      assert.equal(granted, false, permission);
      assert.equal(shell.record.permissionCheck[0]!(win.webContents, permission), false, permission);
    }
  });

  test('the API is served by one IPC handler, and it refuses every method from a foreign sender', async () => {
    assert.deepEqual([...shell.record.ipcHandlers.keys()], [CALL]);
    assert.deepEqual([...shell.record.ipcListeners.keys()], []);
    const other = new FakeWebContents('app://trayline/index.html');
    const foreign = {
      'another window': { sender: other, senderFrame: other.mainFrame },
      'an iframe in the main window': { sender: win.webContents, senderFrame: new FakeFrame('app://trayline/index.html', win.webContents.mainFrame) },
      'a frame object that is not the main frame': { sender: win.webContents, senderFrame: new FakeFrame('app://trayline/index.html') },
      'a frame that is gone': { sender: win.webContents, senderFrame: null },
    };
    assert.ok(METHODS.length > 0);
    for (const method of METHODS) {
      for (const [who, event] of Object.entries(foreign)) {
        await assert.rejects(invoke(event, method, {}), /refused/, `${method} from ${who}`);
      }
    }
    // The main frame after it was navigated off the app origin (if a guard ever failed).
    const saved = win.webContents.mainFrame.url;
    win.webContents.mainFrame.url = 'https://evil.example/';
    try {
      await assert.rejects(invoke(mainFrameEvent(), 'project.info', {}), /refused.*outside the app/);
    } finally {
      win.webContents.mainFrame.url = saved;
    }
  });

  test('from the main frame every method reaches dispatch and its argument check', async () => {
    for (const method of METHODS) {
      const reply = await invoke(mainFrameEvent(), method, 'not an object');
      assert.equal(reply.ok, false, method);
      assert.equal(reply.error.code, 'bad-input', method);
      assert.ok(reply.error.message.startsWith(method), `${method}: ${reply.error.message}`);
    }
    const unknown = await invoke(mainFrameEvent(), 'fs.readFile', { path: '/etc/passwd' });
    assert.equal(unknown.ok, false);
    assert.equal(unknown.error.code, 'bad-input');
    assert.match(unknown.error.message, /unknown method "fs\.readFile"/);
    const malformed = await shell.record.ipcHandlers.get(CALL)!(mainFrameEvent(), { method: 'project.info', args: {}, extra: 1 });
    assert.equal(malformed.ok, false);
    assert.equal(malformed.error.code, 'bad-input');
  });

  test('the project from the command line is the one the API serves, with undo through IPC', async () => {
    const info = await invoke(mainFrameEvent(), 'project.info', {});
    assert.equal(info.ok, true);
    assert.equal(info.value.path, projectA);
    assert.equal(info.value.schemaVersion, LATEST_SCHEMA_VERSION);
    assert.equal(info.value.halls, 2);
    const added = await invoke(mainFrameEvent(), 'edit.apply', {
      label: 'Add hall',
      ops: [{ op: 'create', kind: 'hall', value: { name: 'H3', widthMm: 12000, depthMm: 9000, tileMm: 600 } }],
    });
    assert.equal(added.ok, true, JSON.stringify(added));
    assert.equal((await invoke(mainFrameEvent(), 'project.info', {})).value.halls, 2 + 1);
    // undoing a hall's creation deletes the hall: refused until confirmed
    const asked = await invoke(mainFrameEvent(), 'edit.undo', {});
    assert.equal(asked.ok, false);
    assert.equal(asked.error.where, 'confirm');
    const undone = await invoke(mainFrameEvent(), 'edit.undo', { confirm: true });
    assert.equal(undone.ok, true);
    assert.equal(undone.value.history.canRedo, true);
    assert.equal((await invoke(mainFrameEvent(), 'project.info', {})).value.halls, 2);
  });

  test('progress of a long call goes back to the calling window, tagged with that call', async () => {
    const wc: FakeWebContents = win.webContents;
    const before = wc.sent.length;
    // audit.run reports its phases; an empty LLDP dump is enough to run it.
    await shell.record.ipcHandlers.get(CALL)!(mainFrameEvent(), {
      callId: 'c42',
      method: 'audit.run',
      args: { sources: [{ name: 'lldp.json', text: '{}' }] },
    });
    const progress = wc.sent.slice(before).filter((m) => m.channel === PROGRESS);
    assert.ok(progress.length >= 1, 'at least one progress event');
    for (const m of progress) {
      const e = m.payload as { callId: string; phase: string; done: number; total: number };
      assert.equal(e.callId, 'c42');
      assert.equal(typeof e.phase, 'string');
      assert.ok(e.done <= e.total);
    }
  });

  test('export.run: the main process asks where with its save dialog and writes there; the page names no path', async () => {
    const out = join(work, 'from-dialog.json');
    shell.dialogAnswers.save.push(out);
    const reply = await invoke(mainFrameEvent(), 'export.run', { format: 'json' });
    assert.equal(reply.ok, true, JSON.stringify(reply));
    assert.deepEqual([reply.value.savedAs, reply.value.base64, reply.value.canceled], ['from-dialog.json', null, false]);
    assert.equal(shell.record.saveDialogs.at(-1).defaultPath, 'layout.json');
    assert.match(readFileSync(out, 'utf8'), /"format": "trayline-layout"/);
    // Canceling the dialog writes nothing.
    const canceled = await invoke(mainFrameEvent(), 'export.run', { format: 'bom-csv' });
    assert.equal(canceled.value.canceled, true);
    // The dialog's answer goes through the output guard: never the open project (here a link to it
    // with the offered extension, which the dialog keeps as it is).
    const link = join(work, 'a-link.json');
    linkSync(projectA, link);
    shell.dialogAnswers.save.push(link);
    const before = readFileSync(projectA);
    const refused = await invoke(mainFrameEvent(), 'export.run', { format: 'json' });
    assert.equal(refused.ok, false);
    assert.match(refused.error.message, /that is the open project \(a link to it\); not writing there/);
    assert.ok(readFileSync(projectA).equals(before));
    // A path from the page is not part of the contract.
    const withPath = await invoke(mainFrameEvent(), 'export.run', { format: 'json', outPath: join(work, 'x.json') });
    assert.equal(withPath.ok, false);
    assert.equal(withPath.error.code, 'bad-input');
    assert.ok(!existsSync(join(work, 'x.json')));
  });

  test('the menu offers New, Open, Open Recent, Save a Copy As, Undo, Redo and Quit', () => {
    const labels = shell.record.menu!.flatMap((m: any) => (m.submenu ?? []).map((i: any) => (i.label ?? i.role ?? '').replace(/&/g, '')));
    for (const want of ['New Project…', 'Open Project…', 'Open Recent', 'Save a Copy As…', 'Undo', 'Redo']) assert.ok(labels.includes(want), want);
    assert.ok(labels.includes('Quit') || labels.includes('close'), labels.join(', '));
  });

  test("Undo, and File's Import a Hall (the page picks the files), replay their shortcuts into the page", () => {
    for (const [menu, label, key] of [['&Edit', '&Undo', 'z'], ['&File', '&Import a Hall…', 'i']]) {
      const item = shell.record.menu!.find((m: any) => m.label === menu).submenu.find((i: any) => i.label === label);
      const before = win.webContents.inputEvents.length;
      item.click();
      const events = win.webContents.inputEvents.slice(before);
      assert.deepEqual(events.map((e: any) => `${e.type} ${e.keyCode}`), [`keyDown ${key}`, `keyUp ${key}`]);
      assert.ok(events[0].modifiers.includes(process.platform === 'darwin' ? 'meta' : 'control'));
      assert.ok(!events[0].modifiers.includes('shift'));
    }
  });

  test('Open, Save As and New switch the served project, retitle the window and reload the page', async () => {
    const file = shell.record.menu!.find((m: any) => m.label === '&File');
    const item = (label: string) => file.submenu.find((i: any) => i.label === label);
    const info = async () => (await invoke(mainFrameEvent(), 'project.info', {})).value;
    // Open: a project with one hall.
    const projectB = projectWithHalls('b.trayline', 1);
    shell.dialogAnswers.open.push(projectB);
    let reloads = win.webContents.reloads;
    await item('&Open Project…').click();
    assert.deepEqual([(await info()).path, (await info()).halls], [projectB, 1]);
    assert.equal(win.title, 'b.trayline — Trayline');
    assert.equal(win.webContents.reloads, ++reloads);
    // Save As (the dialog may omit the extension): a copy with the same content becomes the open file.
    const copy = join(work, 'copy-of-b');
    shell.dialogAnswers.save.push(copy);
    await item('Save a Copy &As…').click();
    assert.deepEqual([(await info()).path, (await info()).halls], [`${copy}.trayline`, 1]);
    assert.ok(existsSync(projectB), 'the original stays');
    assert.equal(win.title, 'copy-of-b.trayline — Trayline');
    // New: an empty project at the chosen path.
    const fresh = join(work, 'fresh.trayline');
    shell.dialogAnswers.save.push(fresh);
    await item('&New Project…').click();
    const nowInfo = await info();
    assert.deepEqual([nowInfo.path, nowInfo.schemaVersion, nowInfo.halls], [fresh, LATEST_SCHEMA_VERSION, 0]);
    assert.equal(win.webContents.reloads, reloads + 2);
    const reader = openProject(fresh, { readonly: true });
    const slugs = readDeviceTypes(reader).map((t) => t.slug);
    reader.close();
    assert.ok(slugs.includes('nvidia-dgx-h100'), `a new project comes with the built-in catalog: ${slugs.join(', ')}`);
    // A file that is not a project: the user is told, and the open project stays.
    const junk = join(work, 'junk.trayline');
    writeFileSync(junk, 'this is not sqlite');
    shell.dialogAnswers.open.push(junk);
    await item('&Open Project…').click();
    assert.deepEqual(shell.record.errorBoxes.map((b: { message: string }) => /junk\.trayline/.test(b.message)), [true]);
    assert.equal((await info()).path, fresh);
    shell.record.errorBoxes.length = 0;
    // Open Recent: the projects opened, most recent first; a click opens one
    const recentMenu = () => shell.record.menu!.find((m: any) => m.label === '&File').submenu.find((i: any) => i.label === 'Open &Recent');
    assert.deepEqual(recentMenu().submenu.slice(0, 3).map((i: any) => i.label), [fresh, `${copy}.trayline`, projectB]);
    recentMenu().submenu[2].click();
    assert.equal((await info()).path, projectB);
    assert.equal(recentMenu().submenu[0].label, projectB);
  });
});

test('without a file argument the demo project in the user data folder is opened', async () => {
  const shell = await startMain([]);
  const win = await shell.firstWindow;
  const reply = await projectInfo(shell, win);
  assert.equal(reply.ok, true);
  assert.equal(dirname(reply.value.path), shell.dataDir);
  assert.equal(win.title, `${basename(reply.value.path)} — Trayline`);
  // The demo hall, so a newcomer sees the product at once.
  assert.ok(reply.value.racks > 0, `racks: ${reply.value.racks}`);
  assert.ok(reply.value.cables > 0, `cables: ${reply.value.cables}`);
  assert.deepEqual(shell.record.errorBoxes, []);
});

test('a file on the command line that cannot be opened is reported, and the demo opens instead', async () => {
  const junk = join(work, 'not-a-project.trayline');
  writeFileSync(junk, 'plain text, not SQLite');
  const shell = await startMain([junk]);
  const win = await shell.firstWindow;
  assert.equal(shell.record.errorBoxes.length, 1);
  assert.match(shell.record.errorBoxes[0]!.message, /not-a-project\.trayline/);
  const reply = await projectInfo(shell, win);
  assert.equal(reply.value.path, join(shell.dataDir, 'demo.trayline'));
});

test('a file given to a second instance opens in the first instance’s window', async () => {
  const shell = await startMain([]);
  const win = await shell.firstWindow;
  const other = projectWithHalls('second.trayline', 3);
  // As `electron dist/electron/main.cjs second.trayline` typed in `work`, while the first runs.
  const app = (shell.electron as { app: NodeJS.EventEmitter }).app;
  app.emit('second-instance', {}, ['/usr/lib/electron/electron', built.main, '--no-sandbox', 'second.trayline'], work);
  const reply = await projectInfo(shell, win);
  assert.equal(reply.value.path, other);
  assert.equal(reply.value.halls, 3);
  assert.equal(win.title, 'second.trayline — Trayline');
});

test('a second instance hands over to the first and quits without opening a window', async () => {
  const shell = await startMain([], false);
  assert.equal(shell.record.quit, 1);
  assert.equal(shell.record.windows.length, 0);
  assert.equal(shell.record.ipcHandlers.size, 0);
});
