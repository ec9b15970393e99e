// "New fabric": a wizard whose counts update live as the inputs change (fabric.preview), a
// generate button with progress (the work runs in the main process, so the UI stays responsive),
// and the comparison of the four architectures (FabricCompare.tsx), any of which can be
// generated into a new hall.
import { phraseHint } from '../../../core/checks/hint-steps.js';
import { DEFAULT_CDU } from '../../../core/fabric/cdus.js';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FabricGenerateResult, FabricInputsIn, FabricSummary } from '../../../core/api/fabric.js';
import { CallError, loadProject, showHall, toast, useApi, useDoc } from './api.js';
import { FabricCompare } from './FabricCompare.js';
import './FabricPanel.css';

type Arch = FabricInputsIn['arch'];
const ARCH_LABEL: Record<Arch, string> = {
  clos: 'Clos / fat tree',
  'rail-optimized': 'Rail-optimized (SuperPOD)',
  'rail-only': 'Rail-only',
  dragonfly: 'Dragonfly',
};

interface Form {
  arch: Arch;
  gpus: string;
  server: string;
  switch: string;
  tiers: 'auto' | '2' | '3';
  oversubscription: string;
  serversPerRack: string;
  rackPowerKw: string;
  cduKw: string;
  cduSpares: string;
  networkRacks: 'middle' | 'row-end';
  cabling: 'direct' | 'structured' | 'auto';
  p: string;
  a: string;
  h: string;
  switchPrice: string;
  floorRating: string;
}

const numOrUndef = (s: string) => (s.trim() === '' || !Number.isFinite(Number(s)) ? undefined : Number(s));

export function toInputs(f: Form): FabricInputsIn {
  const kw = numOrUndef(f.rackPowerKw);
  const out: FabricInputsIn = {
    arch: f.arch,
    gpus: numOrUndef(f.gpus),
    server: f.server,
    switch: f.switch,
    tiers: f.tiers === 'auto' ? 'auto' : (Number(f.tiers) as 2 | 3),
    oversubscription: numOrUndef(f.oversubscription) ?? 1,
    serversPerRack: numOrUndef(f.serversPerRack) ?? 4,
    rackPowerBudgetW: kw === undefined ? undefined : Math.round(kw * 1000),
    cduKw: numOrUndef(f.cduKw),
    cduSpares: numOrUndef(f.cduSpares),
    layout: { networkRacks: f.networkRacks },
    cabling: f.cabling,
    switchPriceUsd: numOrUndef(f.switchPrice),
  };
  const rating = numOrUndef(f.floorRating);
  if (rating !== undefined) out.hall = { floorRatingKgM2: rating };
  if (f.arch === 'dragonfly') {
    out.p = numOrUndef(f.p);
    out.a = numOrUndef(f.a);
    out.h = numOrUndef(f.h);
  }
  return out;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const kw = (w: number) => `${(w / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} kW`;
const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

function switchesText(s: FabricSummary): string {
  return 'routers' in s.switches
    ? `${fmt(s.switches.routers)} routers`
    : `${fmt(s.switches.leaf)} leaf · ${fmt(s.switches.spine)} spine · ${fmt(s.switches.core)} core`;
}

export function FabricPanel() {
  const api = useApi();
  const types = useDoc((s) => s.deviceTypes);
  const servers = useMemo(() => [...types.values()].filter((t) => t.role === 'server'), [types]);
  const switches = useMemo(() => [...types.values()].filter((t) => t.role === 'switch'), [types]);
  const [form, setForm] = useState<Form>({
    arch: 'rail-optimized',
    gpus: '1024',
    server: 'nvidia-dgx-h100',
    switch: 'nvidia-qm9700',
    tiers: 'auto',
    oversubscription: '1',
    serversPerRack: '4',
    rackPowerKw: '',
    cduKw: '',
    cduSpares: '',
    networkRacks: 'middle',
    cabling: 'direct',
    p: '',
    a: '',
    h: '',
    switchPrice: '',
    floorRating: '',
  });
  const [preview, setPreview] = useState<FabricSummary | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [busy, setBusy] = useState<{ phase: string; done: number; total: number } | null>(null);
  const [result, setResult] = useState<FabricGenerateResult | null>(null);
  const seq = useRef(0);

  // Default the pickers to types the project has, when the DGX/QM9700 defaults are missing.
  useEffect(() => {
    setForm((f) => ({
      ...f,
      server: servers.some((t) => t.slug === f.server) ? f.server : (servers[0]?.slug ?? f.server),
      switch: switches.some((t) => t.slug === f.switch) ? f.switch : (switches[0]?.slug ?? f.switch),
    }));
  }, [servers, switches]);

  const inputs = useMemo(() => toInputs(form), [form]);
  // Live counts: debounced, and only the latest answer is shown.
  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(async () => {
      try {
        const s = await api.call('fabric.preview', { inputs });
        if (mine === seq.current) {
          setPreview(s);
          setPreviewError(null);
        }
      } catch (e) {
        if (mine === seq.current) {
          setPreview(null);
          setPreviewError(e instanceof CallError || e instanceof Error ? e.message : String(e));
        }
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [api, inputs]);

  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));

  async function generate(arch: Arch = form.arch) {
    setBusy({ phase: 'plan', done: 0, total: 1 });
    setResult(null);
    const off = api.onProgress((e) => setBusy({ phase: e.phase, done: e.done, total: e.total }));
    try {
      const r = await api.call('fabric.generate', { inputs: { ...inputs, arch }, route: true });
      await loadProject();
      showHall(r.written.hallId);
      // The result shows once its hall is on screen (a test or a user reading it sees that hall).
      setResult(r);
      toast('info', `Generated ${r.written.cables.toLocaleString('en-US')} cables into hall ${r.written.hallName}, now shown`);
    } catch (e) {
      toast('error', e instanceof Error ? e.message : String(e));
    } finally {
      if (typeof off === 'function') off();
      setBusy(null);
    }
  }

  const pct = busy && busy.total > 0 ? Math.round((busy.done / busy.total) * 100) : 0;
  return (
    <div className="fabric" data-testid="fabric-panel">
      <h3>New fabric</h3>
      <div className="fabric-form">
        <label>
          Architecture
          <select value={form.arch} onChange={(e) => set('arch', e.target.value as Arch)} data-field="arch">
            {(Object.keys(ARCH_LABEL) as Arch[]).map((a) => (
              <option key={a} value={a}>
                {ARCH_LABEL[a]}
              </option>
            ))}
          </select>
        </label>
        <label>
          GPUs
          <input type="number" min={1} value={form.gpus} onChange={(e) => set('gpus', e.target.value)} data-field="gpus" />
        </label>
        <label>
          Server
          <select value={form.server} onChange={(e) => set('server', e.target.value)} data-field="server">
            {servers.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.manufacturer} {t.model}
              </option>
            ))}
          </select>
        </label>
        <label>
          Switch
          <select value={form.switch} onChange={(e) => set('switch', e.target.value)} data-field="switch">
            {switches.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.manufacturer} {t.model}
              </option>
            ))}
          </select>
        </label>
        {form.arch !== 'dragonfly' && (
          <>
            <label>
              Tiers
              <select value={form.tiers} onChange={(e) => set('tiers', e.target.value as Form['tiers'])} data-field="tiers">
                <option value="auto">automatic</option>
                <option value="2">2</option>
                <option value="3">3</option>
              </select>
            </label>
            <label>
              Oversubscription (:1)
              <input type="number" min={1} step={0.5} value={form.oversubscription} onChange={(e) => set('oversubscription', e.target.value)} data-field="oversubscription" />
            </label>
          </>
        )}
        {form.arch === 'dragonfly' && (
          <div className="fabric-pah">
            {(['p', 'a', 'h'] as const).map((k) => (
              <label key={k}>
                {k}
                <input type="number" min={1} placeholder="auto" value={form[k]} onChange={(e) => set(k, e.target.value)} data-field={k} />
              </label>
            ))}
          </div>
        )}
        <label>
          Servers per rack
          <input type="number" min={1} value={form.serversPerRack} onChange={(e) => set('serversPerRack', e.target.value)} data-field="serversPerRack" />
        </label>
        <label>
          Rack power budget (kW)
          <input type="number" min={1} placeholder="from the servers" value={form.rackPowerKw} onChange={(e) => set('rackPowerKw', e.target.value)} data-field="rackPowerKw" />
        </label>
        {[form.server, form.switch].some((slug) => [...types.values()].find((t) => t.slug === slug)?.coolingKind === 'liquid') && (
          <>
            <label title={`In-row CDUs are placed row by row for the liquid-cooled racks, as many racks each as this capacity carries (default: ${DEFAULT_CDU.model}-class, ${DEFAULT_CDU.capacityKw} kW).`}>
              CDU capacity (kW)
              <input type="number" min={1} placeholder={String(DEFAULT_CDU.capacityKw)} value={form.cduKw} onChange={(e) => set('cduKw', e.target.value)} data-field="cduKw" />
            </label>
            <label title="Standby CDUs in each row that has CDUs (N+1: 1). They serve no rack until a duty unit fails.">
              Standby CDUs per row
              <input type="number" min={0} max={8} placeholder="0" value={form.cduSpares} onChange={(e) => set('cduSpares', e.target.value)} data-field="cduSpares" />
            </label>
          </>
        )}
        <label>
          Network racks
          <select value={form.networkRacks} onChange={(e) => set('networkRacks', e.target.value as Form['networkRacks'])} data-field="networkRacks">
            <option value="middle">middle of the row</option>
            <option value="row-end">row end</option>
          </select>
        </label>
        <label title="Structured: links between racks run jumper, patch panel, MPO trunk, patch panel, jumper. Auto: only links that leave their scalable unit or pod.">
          Cabling
          <select value={form.cabling} onChange={(e) => set('cabling', e.target.value as Form['cabling'])} data-field="cabling">
            <option value="direct">direct (one cable per link)</option>
            <option value="auto">auto (trunks between units and pods)</option>
            <option value="structured">structured (trunks between all racks)</option>
          </select>
        </label>
        <label title="The new hall's floor load rating: the structural engineer's figure. Racks heavier than it allows get floor-load errors.">
          Floor rating (kg/m²)
          <input type="number" min={1} placeholder="the project's" value={form.floorRating} onChange={(e) => set('floorRating', e.target.value)} data-field="floorRating" />
        </label>
        <label>
          Switch price (USD)
          <input type="number" min={0} placeholder="from the catalog" value={form.switchPrice} onChange={(e) => set('switchPrice', e.target.value)} data-field="switchPrice" />
        </label>
      </div>

      <div className="fabric-preview" data-testid="fabric-preview" aria-live="polite">
        {previewError && <div className="fabric-error">{previewError}</div>}
        {preview && !previewError && (
          <dl>
            <dt>Endpoints</dt>
            <dd data-count="endpoints">{fmt(preview.endpoints)} on {fmt(preview.servers)} servers</dd>
            <dt>Switches</dt>
            <dd data-count="switches">
              {fmt(preview.switches.total)} ({switchesText(preview)})
            </dd>
            <dt>Links</dt>
            <dd data-count="links">{fmt(preview.links.total)}</dd>
            <dt>Racks</dt>
            <dd data-count="racks">
              {fmt(preview.racks)} in {preview.rows} rows, hall {preview.hall.widthMm / 1000} × {preview.hall.depthMm / 1000} m
            </dd>
            {preview.structured && (
              <>
                <dt>Structured cabling</dt>
                <dd data-count="structured">
                  {fmt(preview.structured.links)} links through {fmt(preview.structured.trunks)} trunks and {fmt(preview.structured.panels)} panels
                </dd>
              </>
            )}
            <dt>Optics</dt>
            <dd data-count="transceivers">{fmt(preview.transceivers)} transceivers</dd>
            <dt>Network power</dt>
            <dd data-count="power">{kw(preview.powerW)}</dd>
            <dt>Network cost</dt>
            <dd data-count="cost">
              {usd(preview.costUsd)}
              {preview.costComplete ? '' : ' (incomplete)'} · {usd(preview.costPerGpuUsd)}/GPU
            </dd>
          </dl>
        )}
        {preview?.notes.map((n) => (
          <div key={n} className="muted fabric-note">
            {phraseHint(n, 'app')}
          </div>
        ))}
      </div>

      <div className="actions">
        <button onClick={() => generate()} disabled={!!busy || !preview} data-action="generate">
          Generate into a new hall
        </button>
      </div>
      {busy && (
        <div className="fabric-progress" data-testid="fabric-progress">
          <progress max={100} value={pct} /> {busy.phase} {pct}%
        </div>
      )}
      {result && (
        <div className="fabric-result" data-testid="fabric-result">
          Hall <b>{result.written.hallName}</b>: {fmt(result.written.racks)} racks, {fmt(result.written.devices)} devices, {fmt(result.written.cables)} cables{result.written.cdus ? `, ${fmt(result.written.cdus)} CDU${result.written.cdus === 1 ? '' : 's'}` : ''}.
          {result.routing && ` Routed ${fmt(result.routing.routed)} (${result.routing.unroutable} unroutable).`}
          {result.checks && ` Checks: ${result.checks.errors} errors, ${result.checks.warnings} warnings.`}
          {!result.written.undoable && result.written.undoNote && <div className="muted">{result.written.undoNote}</div>}
          <div className="actions"><button data-testid="fabric-show-hall" onClick={() => showHall(result.written.hallId)}>Show hall {result.written.hallName}</button></div>
        </div>
      )}
      <FabricCompare inputs={inputs} busy={!!busy} onGenerate={(a) => void generate(a)} />
    </div>
  );
}
