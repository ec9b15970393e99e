// Export dialog: pick a format (cable schedule, BOM, labels, NetBox, drawings, the fabric's
// ibnetdiscover / UFM / Slurm / bring-up files, the trunk, panel and jumper schedules) by its plain
// title, set the few options it takes, run it with progress. Exports are of the hall on screen (a
// format that can also cover the whole project offers that as a choice). The file is produced in
// the main process by export.run: in the browser it comes back as base64 and is saved as a
// download (NetBox as a .zip); in the desktop app the main process asks where to save it.
import { useEffect, useMemo, useState } from 'react';
import type { ExportChoices, ExportFormatInfo, ExportRunResult } from '../../../core/api/export.js';
import { DEFAULT_LABEL_SIZE, LABEL_SIZES } from '../../../core/export/label-sizes.js';
import { CallError, toast, useApi, useDoc, useHallCounts, useHallId, useSelection } from './api.js';
import { deliver } from './download.js';
import './ExportPanel.css';

const DRAWINGS = new Set(['floorplan-svg', 'floorplan-png', 'floorplan-pdf', 'elevations-pdf']);

const download = (r: ExportRunResult) => deliver(r);

const size = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1e3))} kB`);

export function ExportPanel() {
  const api = useApi();
  const [formats, setFormats] = useState<ExportFormatInfo[]>([]);
  const [format, setFormat] = useState('cable-schedule-xlsx');
  const [labelSize, setLabelSize] = useState(DEFAULT_LABEL_SIZE);
  const [revision, setRevision] = useState('A');
  const [site, setSite] = useState('');
  const [onlySelected, setOnlySelected] = useState(false);
  const [wholeProject, setWholeProject] = useState(false);
  const [block, setBlock] = useState<'' | 'su' | 'nvlink' | 'rack'>('');
  const [busy, setBusy] = useState<{ phase: string; done: number; total: number } | null>(null);
  const [result, setResult] = useState<ExportRunResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const racks = useDoc((s) => s.rack);
  const cablesTotal = useDoc((s) => s.cable.size);
  const hallId = useHallId();
  const hall = useDoc((s) => (hallId != null ? s.hall.get(hallId)?.name : undefined)) ?? '';
  const counts = useHallCounts(hallId);
  const selection = useSelection();
  const selectedRacks = useMemo(
    () => selection.filter((r) => r.kind === 'rack').map((r) => racks.get(r.id)?.name).filter((n): n is string => !!n),
    [selection, racks],
  );

  useEffect(() => {
    api.call('export.formats', {}).then(setFormats, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [api]);

  const info = formats.find((f) => f.name === format);
  const perHall = info ? info.scope === 'one-hall' || (info.scope === 'hall' && !wholeProject) : true;
  const n = (v: number, what: string) => `${v.toLocaleString('en-US')} ${what}`;
  const scopeText = !hall
    ? 'No hall on screen.'
    : perHall
      ? `Exports the hall on screen, ${hall}: ${n(counts.racks, 'racks')}, ${n(counts.cables, 'cables')}.`
      : info?.scope === 'project'
        ? 'Exports the whole project, every hall.'
        : `Exports the whole project: ${n(racks.size, 'racks')}, ${n(cablesTotal, 'cables')}.`;

  async function run() {
    const options: Partial<ExportChoices> = { revision: revision.trim() || 'A' };
    if (format === 'labels-pdf') options.labelSize = labelSize;
    if (format === 'netbox' && site.trim()) options.site = site.trim();
    if (DRAWINGS.has(format) && onlySelected && selectedRacks.length) options.racks = selectedRacks;
    if (info && hall && (info.scope === 'one-hall' || (info.scope === 'hall' && !wholeProject))) options.hall = hall;
    if (format === 'slurm-topology' && block) options.block = block;
    setBusy({ phase: 'starting', done: 0, total: 1 });
    setResult(null);
    setError(null);
    const off = api.onProgress((e) => setBusy({ phase: e.phase, done: e.done, total: e.total }));
    try {
      const r = await api.call('export.run', { format, options });
      if (!r.canceled) setResult(r);
      download(r);
    } catch (e) {
      const msg = e instanceof CallError || e instanceof Error ? e.message : String(e);
      setError(msg);
      toast('error', `Export failed: ${msg}`);
    } finally {
      if (typeof off === 'function') off();
      setBusy(null);
    }
  }

  const pct = busy && busy.total > 0 ? Math.round((busy.done / busy.total) * 100) : 0;
  return (
    <div className="export" data-testid="export-panel">
      <h3>Export</h3>
      <p className="muted export-desc" data-testid="export-scope">
        {scopeText}
      </p>
      <div className="field">
        <span>Format</span>
        <select data-testid="export-format" value={format} disabled={!formats.length} onChange={(e) => setFormat(e.target.value)}>
          {!formats.length && <option value={format}>Loading formats…</option>}
          {formats.map((f) => (
            <option key={f.name} value={f.name}>
              {f.title}
            </option>
          ))}
        </select>
        <span />
      </div>
      {info && <p className="muted export-desc" data-testid="export-description">{info.uiDescription}{info.folder ? ' (downloads as a .zip)' : ''}</p>}
      {info?.scope === 'hall' && (
        <label>
          <input type="checkbox" data-testid="export-whole-project" checked={wholeProject} onChange={(e) => setWholeProject(e.target.checked)} /> The whole project, all halls
        </label>
      )}
      {format === 'labels-pdf' && (
        <div className="field">
          <span>Label size</span>
          <select data-testid="export-label-size" value={labelSize} onChange={(e) => setLabelSize(e.target.value)} title={LABEL_SIZES.find((s) => s.id === labelSize)?.description}>
            {LABEL_SIZES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id}
              </option>
            ))}
          </select>
          <span />
        </div>
      )}
      {format === 'netbox' && (
        <div className="field">
          <span>NetBox site</span>
          <input data-testid="export-site" value={site} placeholder="project name" onChange={(e) => setSite(e.target.value)} />
          <span />
        </div>
      )}
      {format === 'slurm-topology' && (
        <div className="field">
          <span>Form</span>
          <select data-testid="export-block" value={block} onChange={(e) => setBlock(e.target.value as '' | 'su' | 'nvlink' | 'rack')}>
            <option value="">tree (leaves and switches)</option>
            <option value="su">block: one per scalable unit</option>
            <option value="nvlink">block: one per NVLink domain</option>
            <option value="rack">block: one per rack</option>
          </select>
          <span />
        </div>
      )}
      {DRAWINGS.has(format) && (
        <>
          <div className="field">
            <span>Revision</span>
            <input data-testid="export-revision" value={revision} maxLength={20} onChange={(e) => setRevision(e.target.value)} />
            <span />
          </div>
          <label>
            <input type="checkbox" checked={onlySelected} disabled={!selectedRacks.length} onChange={(e) => setOnlySelected(e.target.checked)} /> Only the selected racks
            {selectedRacks.length ? ` (${selectedRacks.length})` : ' (select racks on the floor plan)'}
          </label>
        </>
      )}
      <div className="actions">
        <button data-testid="export-run" disabled={!!busy || !info} onClick={run}>
          Export {info ? info.title : ''}
        </button>
      </div>
      {busy && (
        <div className="export-progress" data-testid="export-progress">
          <progress max={100} value={pct} /> {busy.phase} {pct}%
        </div>
      )}
      {result && (
        <div className="export-result" data-testid="export-result">
          Saved {result.savedAs ?? result.fileName} ({size(result.bytes)}).{' '}
          {result.base64 !== null && <button onClick={() => download(result)}>Download again</button>}
        </div>
      )}
      {error && <p className="export-error">{error}</p>}
    </div>
  );
}
