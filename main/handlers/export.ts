// export.formats / export.run: the UI's way to the formats of `trayline export`. Without an
// outPath the result travels back as base64 (a folder as a .zip) for the browser to download.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { ApiError } from '../../core/api/define.js';
import type { exportApi } from '../../core/api/export.js';
import { FORMATS } from '../export/formats.js';
import { FABRIC_FILES } from '../export/fabric-formats.js';
import { EXPORT_FILES } from '../export/trayline-formats.js';
import type { Handlers } from './types.js';

function fileInfo(name: string) {
  return EXPORT_FILES[name] ?? FABRIC_FILES[name] ?? { fileName: `${name}${FORMATS[name]?.folder ? '.zip' : ''}`, mime: 'application/octet-stream' };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
}

export const exportHandlers: Handlers<typeof exportApi> = {
  'export.formats': () =>
    Object.entries(FORMATS).map(([name, f]) => ({ name, description: f.description, folder: !!f.folder, ...fileInfo(name) })),

  'export.run': async (ctx, args) => {
    const format = FORMATS[args.format];
    if (!format) throw new ApiError('bad-input', `unknown format ${JSON.stringify(args.format)}: one of ${Object.keys(FORMATS).join(', ')}`, 'format');
    const { path: projectPath, db } = ctx.project();
    const opts = { projectPath, progress: ctx.progress, choices: args.options };
    const info = fileInfo(args.format);
    if (args.outPath) {
      await format.write(db, args.outPath, opts);
      const bytes = format.folder ? filesUnder(args.outPath).reduce((s, f) => s + statSync(join(args.outPath!, f)).size, 0) : statSync(args.outPath).size;
      return { fileName: info.fileName, mime: info.mime, bytes, base64: null, path: args.outPath };
    }
    const temp = mkdtempSync(join(tmpdir(), 'trayline-export-'));
    try {
      const out = join(temp, format.folder ? 'out' : info.fileName);
      await format.write(db, out, opts);
      let data: Buffer;
      if (format.folder) {
        const zip = new JSZip();
        for (const f of filesUnder(out)) zip.file(relative(out, join(out, f)).split('\\').join('/'), readFileSync(join(out, f)));
        data = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      } else data = readFileSync(out);
      return { fileName: info.fileName, mime: info.mime, bytes: data.length, base64: data.toString('base64'), path: null };
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  },
};
