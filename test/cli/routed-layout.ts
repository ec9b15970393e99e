// A project made from a layout fixture, imported and routed through the real CLI, and its CSV
// exports read back as rows (the structured-cabling export tests share it).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { cli, ROOT, tempDir } from './run-cli.js';

export type Row = Record<string, string>;

export function routedLayout(fixture: string): { dir: string; file: string; csv: (format: string) => Row[] } {
  const dir = tempDir();
  const file = join(dir, 'project.trayline');
  assert.equal(cli('new', file).code, 0);
  const imported = cli('import', file, join(ROOT, 'test/fixtures/layout', fixture));
  assert.equal(imported.code, 0, imported.stderr);
  assert.equal(cli('route', file).code, 0);
  const csv = (format: string): Row[] => {
    const r = cli('export', file, '--format', format, '--out', '-');
    assert.equal(r.code, 0, r.stderr);
    return parse(r.stdout, { columns: true });
  };
  return { dir, file, csv };
}
