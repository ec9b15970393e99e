// Bringing an installed hall in (api 'import.hall'): the user picks NetBox's racks, devices and
// cables exports with the device types' YAML (or a folder of them), or a Trayline layout JSON; the
// page reads the files and sends their text (not of those set aside by name), never a path. All or nothing, one undo step. A
// problem is listed with its file, line and column; the notes say what the import assumed (rack
// places, cooling, CDUs left to place).
import { useState } from 'react';
import type { HallImportResult } from '../../../core/api/imports.js';
import { setAsideByName } from '../../../core/import/hall-files.js';
import { useHallImport } from '../store/hall-import.js';
import { CallError, loadProject, showHall, toast, useApi } from './api.js';

const SHOW_PROBLEMS = 50;
const used = (r: HallImportResult) => r.files.filter((f) => f.as !== 'ignored').length;

export function HallImport() {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<HallImportResult | null>(null);
  const open = useHallImport((s) => s.open);

  async function pick(list: FileList | null) {
    if (!list || list.length === 0) return;
    setBusy(true);
    setResult(null);
    try {
      const picked = [...list];
      const names = picked.map((f) => f.webkitRelativePath || f.name);
      // (a file set aside by its name goes without its text: it would be read for nothing)
      const aside = setAsideByName(names);
      const files = await Promise.all(picked.map(async (f, i) => ({ name: names[i]!, text: aside[i] ? '' : await f.text() })));
      const r = await api.call('import.hall', { files });
      if (r.kind) {
        await loadProject();
        if (r.hallId !== null) showHall(r.hallId);
        toast('info', `Imported ${r.summary} (undo with Ctrl+Z)`);
      }
      // (shown once its hall is on screen: a test or a user reading it sees that hall)
      setResult(r);
    } catch (e) {
      toast('error', e instanceof CallError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const input = (folder: boolean) => (
    <input
      type="file"
      multiple
      hidden
      accept={folder ? undefined : '.csv,.json,.yaml,.yml'}
      {...(folder ? { webkitdirectory: '' } : {})}
      data-testid={folder ? 'import-hall-folder' : 'import-hall-files'}
      onChange={(e) => {
        void pick(e.target.files);
        e.target.value = '';
      }}
    />
  );
  return (
    <details className="hall-import" data-testid="hall-import" open={open} onToggle={(e) => useHallImport.setState({ open: (e.target as HTMLDetailsElement).open })}>
      <summary>Import a hall (NetBox exports or layout JSON)</summary>
      <p className="muted">
        Pick NetBox's <b>racks</b>, <b>devices</b> and <b>cables</b> exports (CSV, JSON or YAML, named as NetBox names them) with the devicetype-library YAML of any type the catalog lacks, or one Trayline layout
        JSON. NetBox has no floor coordinates: racks stand where the comments of Trayline's own NetBox export put them, others are placed in rows (move them to where they stand). One undo step.
      </p>
      <div className="actions" style={{ display: 'flex', gap: 6 }}>
        <label className="button-like">
          {busy ? 'Importing…' : 'Choose files…'}
          {input(false)}
        </label>
        <label className="button-like" title="A folder holding the exports and a device-types folder">
          Choose a folder…
          {input(true)}
        </label>
      </div>
      {result && (
        <div className="hall-import-result" data-testid="hall-import-result">
          {result.kind ? (
            <p>
              Imported {result.summary} from {used(result)} file{used(result) === 1 ? '' : 's'}.
            </p>
          ) : (
            <>
              <p className="error">
                Nothing imported: {(result.problems.length + result.moreProblems).toLocaleString('en-US')} problem{result.problems.length + result.moreProblems === 1 ? '' : 's'}.
              </p>
              <ul className="problems" data-testid="hall-import-problems">
                {result.problems.slice(0, SHOW_PROBLEMS).map((p, i) => (
                  <li key={i}>
                    <code>
                      {p.file}
                      {p.line !== null ? `:${p.line}` : ''}
                      {p.column ? ` ${p.column}` : ''}
                    </code>{' '}
                    {p.reason}
                  </li>
                ))}
                {result.problems.length + result.moreProblems > SHOW_PROBLEMS && <li className="muted">… and {(result.problems.length + result.moreProblems - SHOW_PROBLEMS).toLocaleString('en-US')} more</li>}
              </ul>
            </>
          )}
          {result.files.some((f) => f.as === 'ignored') && (
            <ul className="notes" data-testid="hall-import-ignored">
              {result.files
                .filter((f) => f.as === 'ignored')
                .map((f) => (
                  <li key={f.name} className="muted">
                    Set aside <code>{f.name}</code>: {f.why}
                  </li>
                ))}
            </ul>
          )}
          {result.notes.length > 0 && (
            <ul className="notes">
              {result.notes.map((n, i) => (
                <li key={i} className="muted">
                  {n}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </details>
  );
}
