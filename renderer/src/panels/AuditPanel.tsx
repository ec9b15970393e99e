// The audit: load as-built files (LLDP captures, p2p sheets, NetBox cables), see every
// difference with the plan in a filterable list and on the floor plan (a colour per class),
// accept what the floor has into the plan (one undoable step per click), export a report.
import { useEffect, useMemo, useState } from 'react';
import type { AuditClass, AuditItem, AuditResult } from '../../../core/audit/types.js';
import { AUDIT_CLASSES, AUDIT_FORMATS, linksRead } from '../../../core/audit/types.js';
import { CLASS_COLORS, CLASS_LABELS, filterItems, highlightsOf } from '../../../core/audit/view.js';
import type { AuditAcceptResult, AuditReportFile, AuditSourceArg } from '../../../core/api/audit.js';
import { deliver } from './download.js';
import type { Highlight, Ref } from './api.js';
import type { Id } from '../../../core/model/entities.js';
import { CallError, openRack, select, toast, useApi, useDoc, useHighlights } from './api.js';
import { HallImport } from './HallImport.js';
import './AuditPanel.css';

const SHOW_MAX = 500;

/**
 * The floor-plan highlights plus every port an item names, planned or found, in the item's class
 * colour: an open elevation then shows which port a miswire goes to, not just which device.
 */
function withPorts(items: AuditItem[], base: Highlight[]): Highlight[] {
  const out = [...base];
  const seen = new Set<Id>();
  for (const i of items) {
    const color = CLASS_COLORS[i.class];
    for (const l of [...i.planned, ...i.found]) {
      for (const e of [l.a, l.b]) {
        if (e.portId === null || seen.has(e.portId)) continue;
        seen.add(e.portId);
        out.push({ kind: 'port', id: e.portId, color });
      }
    }
  }
  return out;
}

export function AuditPanel() {
  const api = useApi();
  const [sources, setSources] = useState<AuditSourceArg[]>([]);
  const [format, setFormat] = useState<string>('auto');
  const [result, setResult] = useState<AuditResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [classes, setClasses] = useState<Set<AuditClass>>(() => new Set(AUDIT_CLASSES));
  const [text, setText] = useState('');
  const [waves, setWaves] = useState<{ wave: number; name: string; cables: number }[]>([]);
  const [wave, setWave] = useState<number | null>(null);
  const [hcaMap, setHcaMap] = useState<{ name: string; text: string } | null>(null);
  const cableCount = useDoc((s) => s.cable.size);

  // the bring-up waves follow the plan: reload them when its cables change
  useEffect(() => {
    api.call('audit.waves', {}).then(setWaves, () => setWaves([]));
  }, [api, cableCount]);

  const shown = useMemo(() => (result ? filterItems(result.items, { classes, text }) : []), [result, classes, text]);
  const highlights = useMemo(() => withPorts(shown, highlightsOf(shown)), [shown]);
  useHighlights('audit', highlights);

  const run = async (srcs = sources, opts: { wave?: number | null; hcaMap?: { name: string; text: string } | null } = {}) => {
    if (srcs.length === 0) return;
    const w = opts.wave === undefined ? wave : opts.wave;
    const map = opts.hcaMap === undefined ? hcaMap : opts.hcaMap;
    setBusy(true);
    try {
      setResult(await api.call('audit.run', { sources: srcs, format: format as 'auto', ...(w !== null ? { wave: w } : {}), ...(map ? { hcaMap: map } : {}) }));
    } catch (e) {
      toast('error', e instanceof CallError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const pick = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const read = await Promise.all([...files].map(readSource));
    setSources(read);
    await run(read);
  };

  const pickHcaMap = async (files: FileList | null) => {
    const file = files?.[0];
    const map = file ? { name: file.name, text: await file.text() } : null;
    setHcaMap(map);
    await run(sources, { hcaMap: map });
  };

  const chooseWave = async (value: string) => {
    const w = value === '' ? null : Number(value);
    setWave(w);
    await run(sources, { wave: w });
  };

  const accept = async (items: AuditItem[]) => {
    try {
      const r: AuditAcceptResult = await api.call('audit.accept', { items });
      const doc = useDoc.getState();
      doc.applyPatch(r.patch);
      doc.setHistory(r.history);
      toast('info', `Accepted ${r.applied} as built${r.skipped.length ? `; skipped: ${r.skipped.map((s) => s.reason).join('; ')}` : ''} (undo with Ctrl+Z)`);
      await run();
    } catch (e) {
      toast('error', e instanceof CallError ? e.message : String(e));
    }
  };

  const report = async (fmt: 'csv' | 'xlsx' | 'pdf') => {
    if (!result) return;
    try {
      const file: AuditReportFile = await api.call('audit.report', { format: fmt, result });
      deliver(file);
    } catch (e) {
      toast('error', e instanceof CallError ? e.message : String(e));
    }
  };

  const toggle = (c: AuditClass) =>
    setClasses((prev) => {
      const next = new Set(prev);
      if (next.has(c)) next.delete(c);
      else next.add(c);
      return next;
    });

  return (
    <div className="audit" data-testid="audit">
      <HallImport />
      <p className="muted" style={{ margin: 0 }}>
        Compare the plan with the hall: LLDP captures (lldpd JSON or text, EOS, NX-OS, Junos, Cumulus, SONiC), InfiniBand topologies (ibnetdiscover, ibdiagnet), point-to-point sheets (CSV, XLSX, UFM P2P) or NetBox cable exports.
      </p>
      <div className="actions" style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
        <label className="button-like">
          Load as-built files…
          <input type="file" multiple hidden data-testid="audit-files" onChange={(e) => void pick(e.target.files)} />
        </label>
        <label className="button-like" title="A folder of per-host captures, e.g. <host>.json from lldpctl -f json">
          Load a folder…
          <input type="file" multiple hidden {...{ webkitdirectory: '' }} data-testid="audit-folder" onChange={(e) => void pick(e.target.files)} />
        </label>
        <select value={format} onChange={(e) => setFormat(e.target.value)} data-testid="audit-format" aria-label="Format">
          <option value="auto">auto-detect</option>
          {AUDIT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        <select value={wave ?? ''} onChange={(e) => void chooseWave(e.target.value)} data-testid="audit-wave" aria-label="Bring-up wave" title="Audit one bring-up wave (the waves of the bring-up export)">
          <option value="">all waves</option>
          {waves.map((w) => (
            <option key={w.wave} value={w.wave} disabled={w.cables === 0}>
              {`Wave ${w.wave}: ${w.name} (${w.cables})`}
            </option>
          ))}
        </select>
        <label className="button-like" title="InfiniBand host adapters: a UFM HCA mapping file of port,hca-name lines (default: port 1 is mlx5_0)">
          {hcaMap ? `HCA map: ${hcaMap.name}` : 'HCA mapping…'}
          <input type="file" accept=".csv,.txt" hidden data-testid="audit-hca-map" onChange={(e) => void pickHcaMap(e.target.files)} />
        </label>
        {hcaMap && (
          <button onClick={() => void pickHcaMap(null)} title="Back to the default mapping (port 1 is mlx5_0)">
            ×
          </button>
        )}
        <button disabled={busy || sources.length === 0} onClick={() => void run()} data-testid="audit-run">
          {busy ? 'Auditing…' : 'Re-run'}
        </button>
      </div>
      {sources.length > 0 && (
        <ul className="audit-sources">
          {sources.map((s) => (
            <li key={s.name}>
              {s.name}
              {result?.sources.find((x) => x.name === s.name) && ` (${result.sources.find((x) => x.name === s.name)!.format}, ${result.sources.find((x) => x.name === s.name)!.links} links)`}
            </li>
          ))}
        </ul>
      )}
      {result && (
        <>
          {linksRead(result) === 0 && (
            <p className="audit-nothing" data-testid="audit-nothing">
              No links were read from the as-built files: nothing was audited.
            </p>
          )}
          {result.unreadable.length > 0 && (
            <ul className="audit-warnings" data-testid="audit-unreadable">
              {result.unreadable.map((u) => (
                <li key={u.name}>
                  Not read: {u.name}: {u.reason}
                </li>
              ))}
            </ul>
          )}
          <div className="audit-counts" data-testid="audit-counts">
            <span className="audit-chip" title="Connected as planned">
              Matched {result.matched}
            </span>
            {AUDIT_CLASSES.map((c) => {
              const n = result.items.filter((i) => i.class === c).length;
              return (
                <button key={c} className={`audit-chip${classes.has(c) ? '' : ' off'}`} data-class={c} onClick={() => toggle(c)} title="Show or hide this class">
                  <span className="dot" style={{ background: CLASS_COLORS[c] }} />
                  {CLASS_LABELS[c]} {n}
                </button>
              );
            })}
            {result.unaudited > 0 && (
              <span className="audit-chip" title="No source covers either end of these planned cables">
                Not audited {result.unaudited}
              </span>
            )}
          </div>
          {result.warnings.length > 0 && (
            <ul className="audit-warnings">
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <input className="audit-search" placeholder="Filter: device, port, cable label…" value={text} onChange={(e) => setText(e.target.value)} data-testid="audit-search" />
          <div style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <span className="muted" data-testid="audit-shown">
              {shown.length} of {result.items.length} differences
            </span>
            <span className="spacer" style={{ flex: 1 }} />
            <span className="muted">Report:</span>
            {(['csv', 'xlsx', 'pdf'] as const).map((f) => (
              <button key={f} onClick={() => void report(f)} data-testid={`audit-report-${f}`}>
                {f.toUpperCase()}
              </button>
            ))}
          </div>
          {shown.length > 1 && (
            <button onClick={() => void accept(shown)} data-testid="audit-accept-all" title="Make the plan say what the floor has, for every difference listed">
              Accept all {shown.length} listed as built
            </button>
          )}
          <ul className="audit-list" data-testid="audit-list">
            {shown.slice(0, SHOW_MAX).map((item, i) => (
              <li key={`${item.class}-${i}-${item.detail}`} data-class={item.class} data-testid="audit-item">
                <span>
                  <span className="cls" style={{ color: CLASS_COLORS[item.class] }}>
                    {CLASS_LABELS[item.class]}
                  </span>{' '}
                  {item.detail}
                </span>
                {item.found[0] && <span className="src">{item.found.map((f) => `${f.source}:${f.line}`).join(', ')}</span>}
                <span className="row-actions">
                  <button onClick={() => show(item)} disabled={refsOf(item).length === 0} title="Select the cable and devices, frame them, and open the rack elevation">
                    Show
                  </button>
                  <button onClick={() => void accept([item])} data-testid="audit-accept" title={acceptHint(item)}>
                    Accept as built
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {shown.length > SHOW_MAX && <p className="muted">The first {SHOW_MAX} are listed; narrow the filter or export a report for all.</p>}
        </>
      )}
    </div>
  );
}

function refsOf(item: AuditItem): Ref[] {
  const refs: Ref[] = item.planned.map((p) => ({ kind: 'cable' as const, id: p.cableId }));
  const devices = new Set<number>();
  for (const e of [...item.planned.flatMap((p) => [p.a, p.b]), ...item.found.flatMap((f) => [f.a, f.b])]) if (e.deviceId !== null) devices.add(e.deviceId);
  for (const id of devices) refs.push({ kind: 'device', id });
  return refs;
}

/** Selects the item's cables and devices (the elevation shows selected devices) and opens the rack of the first device. */
function show(item: AuditItem): void {
  const refs = refsOf(item);
  select(refs, { zoom: true });
  const device = refs.find((r) => r.kind === 'device');
  const rackId = device ? useDoc.getState().device.get(device.id)?.rackId : undefined;
  if (rackId !== undefined) openRack(rackId);
}

function acceptHint(item: AuditItem): string {
  switch (item.class) {
    case 'missing':
      return 'Delete the planned cable: it is not in the hall';
    case 'unexpected':
      return 'Add this cable to the plan';
    case 'miswired':
    case 'swapped':
      return 'Move the planned cable ends to the ports the hall has';
    case 'wrong-speed':
      return 'Nothing to change in the plan: reseat or replace the cable or optic on the floor';
    default:
      return 'Take the media or length the source gives';
  }
}

async function readSource(file: File): Promise<AuditSourceArg> {
  const name = file.webkitRelativePath || file.name;
  if (/\.(xlsx|xlsm)$/i.test(file.name)) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { name, base64: btoa(bin) };
  }
  return { name, text: await file.text() };
}
