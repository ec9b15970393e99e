// Importing NetBox devicetype-library YAML files (or a folder of them) into the project's catalog.
import { useEffect, useRef, useState } from 'react';
import type { NetboxImportSummary } from '../../../core/catalog/netbox/summary.js';
import { CallError, toast, useApi, useDoc } from './api.js';

/** Largest request body sent at once; the bridge accepts 64 MB. */
const BATCH_BYTES = 24 * 1024 * 1024;

export function ImportView() {
  const api = useApi();
  const folder = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<(NetboxImportSummary & { ignored: number }) | null>(null);
  useEffect(() => folder.current?.setAttribute('webkitdirectory', ''), []);

  const run = async (fileList: FileList | null) => {
    if (!fileList || fileList.length === 0) return;
    const picked = [...fileList];
    const yaml = picked.filter((f) => /\.ya?ml$/i.test(f.name));
    if (yaml.length === 0) return toast('error', `None of the ${picked.length} files is a .yaml or .yml file.`);
    setSummary(null);
    const files: { name: string; text: string }[] = [];
    setPhase('read');
    for (const [i, f] of yaml.entries()) {
      files.push({ name: f.webkitRelativePath || f.name, text: await f.text() });
      setProgress({ done: i + 1, total: yaml.length });
    }
    const batches: (typeof files)[] = [[]];
    let size = 0;
    for (const f of files) {
      if (size + f.text.length > BATCH_BYTES && batches.at(-1)!.length > 0) {
        batches.push([]);
        size = 0;
      }
      batches.at(-1)!.push(f);
      size += f.text.length;
    }
    const total: NetboxImportSummary & { ignored: number } = { imported: 0, updated: 0, skipped: [], types: [], ignored: picked.length - yaml.length };
    const off = api.onProgress((e) => {
      if (e.phase === 'validate' || e.phase === 'write') {
        setPhase(e.phase);
        setProgress({ done: e.done, total: e.total });
      }
    });
    try {
      for (const batch of batches) {
        const s = await api.call('catalog.importNetbox', { files: batch });
        total.imported += s.imported;
        total.updated += s.updated;
        total.skipped.push(...s.skipped);
        total.types.push(...s.types);
      }
      const list = await api.call('catalog.list', {});
      useDoc.getState().setCatalog(list.deviceTypes, list.media);
      setSummary(total);
    } catch (e) {
      toast('error', e instanceof CallError ? `Import failed: ${e.message}` : String(e));
    } finally {
      off();
      setPhase(null);
      setProgress(null);
    }
  };

  const withGaps = summary?.types.filter((t) => t.gaps.length > 0) ?? [];
  return (
    <div className="catalog-view catalog-import">
      <p>
        Import device types from NetBox's <a href="https://github.com/netbox-community/devicetype-library" target="_blank" rel="noreferrer">devicetype-library</a> (YAML, one
        file per type). Types are updated by slug; a file that fails validation is listed and skipped. Figures a file does not give stay empty.
      </p>
      <div className="actions">
        <label className="button-like">
          Pick folder…
          <input ref={folder} type="file" multiple hidden onChange={(e) => void run(e.target.files)} data-testid="import-folder" disabled={phase !== null} />
        </label>
        <label className="button-like">
          Pick files…
          <input type="file" multiple accept=".yaml,.yml" hidden onChange={(e) => void run(e.target.files)} data-testid="import-files" disabled={phase !== null} />
        </label>
      </div>
      {phase && (
        <div className="catalog-progress" data-testid="import-progress">
          {phase === 'read' ? 'Reading files' : phase === 'validate' ? 'Validating' : 'Writing'} {progress ? `${progress.done} / ${progress.total}` : ''}
          <progress value={progress?.done ?? 0} max={progress?.total ?? 1} />
        </div>
      )}
      {summary && (
        <div className="catalog-summary" data-testid="import-summary">
          <p>
            <b>
              Imported {summary.imported}, updated {summary.updated}, skipped {summary.skipped.length}
            </b>
            {summary.ignored > 0 ? ` (${summary.ignored} non-YAML files ignored)` : ''}.
          </p>
          {summary.skipped.length > 0 && (
            <>
              <h4>Skipped</h4>
              <ul className="skipped" data-testid="import-skipped">
                {summary.skipped.map((s) => (
                  <li key={s.file}>
                    <code>{s.file}</code>: {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {withGaps.length > 0 && (
            <>
              <h4>Gaps to fill in ({withGaps.length} types)</h4>
              <ul className="gaps">
                {withGaps.map((t) => (
                  <li key={t.slug}>
                    <b>{t.slug}</b> ({t.action}, {t.ports} ports)
                    <ul>{t.gaps.map((g, i) => <li key={i}>{g}</li>)}</ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
