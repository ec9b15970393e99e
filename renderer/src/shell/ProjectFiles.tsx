// The browser mode's File menu (issue 18 point 6): New, Open, Open recent and Save as a copy,
// among the project files of the folder the server was started with. The page sends a file NAME
// from the list the server gave (files.*), never a path; after a switch the page reloads on the
// newly open project. Ctrl+O opens, Ctrl+S saves a copy, Ctrl+N makes a new project (the browser
// may keep Ctrl+N for itself; the File button always works). The desktop app has these in its own
// File menu with native dialogs, so there this button is not shown.
import { useEffect, useRef, useState } from 'react';
import { create } from 'zustand';
import type { ProjectFilesList } from '../../../core/api/index.js';
import { apiClient } from '../api/session.js';
import { describeError, editsSettled } from '../store/edits.js';

export type FilesMode = 'open' | 'new' | 'saveAs';

const useFiles = create<{ enabled: boolean; mode: FilesMode | null }>()(() => ({ enabled: false, mode: null }));

export function setFilesEnabled(enabled: boolean): void {
  useFiles.setState({ enabled });
}

/** Opens the dialog in `mode`; false when project files are not chosen in the page (the desktop app). */
export function openFilesDialog(mode: FilesMode): boolean {
  if (!useFiles.getState().enabled) return false;
  useFiles.setState({ mode });
  return true;
}

const close = () => useFiles.setState({ mode: null });

const TITLES: Record<FilesMode, string> = { open: 'Open a project', new: 'New project', saveAs: 'Save a copy as' };

async function switchTo(mode: FilesMode, name: string): Promise<void> {
  await editsSettled();
  const api = apiClient();
  if (mode === 'open') await api.call('files.open', { name });
  else if (mode === 'new') await api.call('files.create', { name });
  else await api.call('files.saveAs', { name });
  window.location.reload();
}

export function FileButton() {
  const enabled = useFiles((s) => s.enabled);
  if (!enabled) return null;
  return (
    <button data-testid="file-menu" title="New, open or save a copy of a project (Ctrl+N, Ctrl+O, Ctrl+S)" onClick={() => openFilesDialog('open')}>
      File
    </button>
  );
}

export function ProjectFilesDialog() {
  const mode = useFiles((s) => s.mode);
  const [list, setList] = useState<ProjectFilesList | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // A new mode starts with an empty name in its first render, not one render later from an
  // effect: the name typed before (a copy's, refused) was on screen for a frame, and keys typed
  // then were added to it ("a.traylinefresh", seen on a fresh clone's test run).
  const [shown, setShown] = useState(mode);
  if (mode !== shown) {
    setShown(mode);
    setName('');
    setError(null);
  }
  useEffect(() => {
    if (!mode) return;
    apiClient().call('files.list', {}).then(setList, (e: unknown) => setError(describeError(e)));
  }, [mode]);
  useEffect(() => {
    if (mode && mode !== 'open') input.current?.focus();
  }, [mode, list]);
  if (!mode) return null;
  const go = async (m: FilesMode, n: string) => {
    if (!n.trim()) return setError('Type a name for the file.');
    setBusy(true);
    try {
      await switchTo(m, n.trim());
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  };
  const tab = (m: FilesMode, label: string) => (
    <button className={m === mode ? 'active' : ''} data-testid={`files-tab-${m}`} onClick={() => useFiles.setState({ mode: m })}>
      {label}
    </button>
  );
  const current = list?.files.find((f) => f.current)?.name;
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div
        className="modal project-files"
        role="dialog"
        aria-label={TITLES[mode]}
        data-testid="files-dialog"
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') close();
        }}
      >
        <div className="tabs">
          {tab('open', 'Open')}
          {tab('new', 'New')}
          {tab('saveAs', 'Save a copy as')}
        </div>
        <h2>{TITLES[mode]}</h2>
        <p className="muted">Project files in {list?.folder ?? '…'}{current ? `; open now: ${current}` : ''}</p>
        {mode === 'open' && list && (
          <>
            {list.recent.length > 0 && (
              <>
                <h3>Recent</h3>
                <ul className="file-list" data-testid="files-recent">
                  {list.recent.map((n) => (
                    <li key={n}>
                      <button disabled={busy || n === current} onClick={() => void go('open', n)}>{n}</button>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h3>All project files</h3>
            <ul className="file-list" data-testid="files-all">
              {list.files.map((f) => (
                <li key={f.name}>
                  <button disabled={busy || f.current} onClick={() => void go('open', f.name)}>
                    {f.name}
                  </button>{' '}
                  <span className="muted">{(f.bytes / 1e6).toFixed(1)} MB, changed {f.modified.slice(0, 16).replace('T', ' ')}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {mode !== 'open' && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void go(mode, name);
            }}
          >
            <label className="field">
              <span>File name</span>
              <input ref={input} data-testid="files-name" value={name} placeholder="hall-b.trayline" onChange={(e) => setName(e.target.value)} />
            </label>
            <p className="muted">{mode === 'new' ? 'An empty project with the built-in catalog, in the same folder.' : 'A copy of this project (with its undo history) in the same folder; the copy is then the open project.'}</p>
            <button type="submit" disabled={busy} data-testid="files-submit">
              {mode === 'new' ? 'Create' : 'Save copy'}
            </button>
          </form>
        )}
        {error && <p className="export-error" data-testid="files-error">{error}</p>}
        <div className="buttons">
          <button onClick={close}>Close</button>
        </div>
      </div>
    </div>
  );
}
