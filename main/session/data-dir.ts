// Where Trayline keeps per-user data (the demo project), following each platform's convention:
// XDG on Linux, %APPDATA% on Windows, ~/Library/Application Support on macOS.
import { homedir } from 'node:os';
import { win32, posix } from 'node:path';

export interface DataDirEnv {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

const here = (): DataDirEnv => ({ platform: process.platform, env: process.env, home: homedir() });

/** The folder for Trayline's own files, e.g. ~/.local/share/trayline. */
export function userDataDir(w: DataDirEnv = here()): string {
  if (w.env.TRAYLINE_DATA_DIR) return w.env.TRAYLINE_DATA_DIR;
  if (w.platform === 'win32') {
    return win32.join(w.env.APPDATA || win32.join(w.home, 'AppData', 'Roaming'), 'Trayline');
  }
  if (w.platform === 'darwin') return posix.join(w.home, 'Library', 'Application Support', 'Trayline');
  const xdg = w.env.XDG_DATA_HOME;
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  return posix.join(xdg && xdg.startsWith('/') ? xdg : posix.join(w.home, '.local', 'share'), 'trayline');
}

/** The built-in demo project, opened when the app starts without a file. */
export function demoProjectPath(w: DataDirEnv = here()): string {
  return (w.platform === 'win32' ? win32 : posix).join(userDataDir(w), 'demo.trayline');
}
