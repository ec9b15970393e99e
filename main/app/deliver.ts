// Handing a file the app made to the user, the same way for exports, audit reports and
// comparisons: where the adapter can ask the user for a path (the desktop app's save dialog, in
// the main process) the file is written there through the output guard; otherwise (the browser)
// the bytes go back for the page to download. The page itself never names a path.
import { statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FileResult } from '../../core/api/define.js';
import { writeOutputFile } from './output-file.js';

export interface SaveOffer {
  /** The suggested file name, e.g. cable-schedule.xlsx. */
  fileName: string;
  mime: string;
}

/** Asks the user where to save (a native dialog); null when they cancel. */
export type ChooseSavePath = (offer: SaveOffer) => Promise<string | null>;

export interface Deliverable extends SaveOffer {
  /** The file's bytes (for a download, or for writing a zip). */
  bytes(): Promise<Buffer>;
  /** Writes the file at a path the user chose, through the output guard; default: the bytes. */
  writeTo?(path: string): Promise<void>;
}

export async function deliverFile(file: Deliverable, choose: ChooseSavePath | undefined, project: string | null): Promise<FileResult> {
  const head = { fileName: file.fileName, mime: file.mime };
  if (!choose) {
    const data = await file.bytes();
    return { ...head, bytes: data.length, base64: data.toString('base64'), savedAs: null, canceled: false };
  }
  const path = await choose(head);
  if (!path) return { ...head, bytes: 0, base64: null, savedAs: null, canceled: true };
  if (file.writeTo) await file.writeTo(path);
  else {
    const data = await file.bytes();
    await writeOutputFile(path, project, (tmp) => writeFileSync(tmp, data));
  }
  return { ...head, bytes: statSync(path).size, base64: null, savedAs: basename(path), canceled: false };
}
