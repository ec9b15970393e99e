// Development only (`npm start` with a real Electron): the better-sqlite3 in node_modules is built
// for Node, because the CLI and the tests run on Node, and Electron cannot load it (another ABI).
// bin/start.js builds a copy for Electron once and names it in TRAYLINE_ELECTRON_SQLITE; this
// loads that copy in place of the Node build. A packaged app ships its own (electron-builder
// rebuilds it), so this is never used there.
import Module from 'node:module';
import { basename } from 'node:path';

type NodeLoader = (module: unknown, filename: string) => void;

export function loadNativeAddonFrom(addonName: string, replacement: string): void {
  const extensions = (Module as unknown as { _extensions: Record<string, NodeLoader> })._extensions;
  const load = extensions['.node']!;
  extensions['.node'] = (module, filename) => load(module, basename(filename) === addonName ? replacement : filename);
}
