// Files the main process made (exports, reports, comparisons) reach the user here. The page never
// names a path: in the browser the bytes come back and are saved as a download; in the desktop
// app the main process has already asked where (its save dialog) and written the file.
import type { FileResult } from '../../../core/api/define.js';
import { toast } from './api.js';

/** Saves a file that came back as base64 as a browser download. */
export function downloadBase64(r: { base64: string | null; mime: string; fileName: string }): void {
  const bytes = Uint8Array.from(atob(r.base64 ?? ''), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: r.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = r.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the file, or says where the desktop app saved it; nothing when the user canceled. */
export function deliver(r: FileResult): void {
  if (r.base64 !== null) downloadBase64(r);
  else if (r.savedAs !== null) toast('info', `Saved ${r.savedAs}`);
}
