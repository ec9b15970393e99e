// The Compare part of the fabric panel: every architecture for the wizard's inputs, optionally for
// several radixes and media policies (sensitivity), as a chart (cost split, power, failures), the
// line saying why two architectures come out equal, and one card per architecture, laid out for
// the side panel. The numbers come from fabric.compare, the same use case as `trayline compare`.
import { useEffect, useMemo, useState } from 'react';
import type { CompareCombo, CompareRow, CompareSet, FabricInputsIn, VaryAxis } from '../../../core/api/fabric.js';
import { compareChart } from '../../../core/economics/chart.js';
import { ARCH_NAME } from '../../../core/economics/compare.js';
import type { ProjectSettings } from '../../../core/model/entities.js';
import { CallError, toast, useApi, useDoc } from './api.js';
import { deliver } from './download.js';
import { DrawingSvg } from './DrawingSvg.js';
import './FabricCompare.css';

type Arch = FabricInputsIn['arch'];

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d });
const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
const musd = (n: number) => (n >= 1e6 ? `$${(n / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })}M` : usd(n));

/** "64, 128" as numbers; empty means: as in the form. */
function radixList(text: string): number[] | string {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const nums = parts.map(Number);
  const bad = parts.find((p, i) => !Number.isInteger(nums[i]) || nums[i]! < 4);
  return bad ? `Radix: "${bad}" is not a whole number of ports of at least 4` : [...new Set(nums)];
}

const RATE_FIELDS: [keyof ProjectSettings, string][] = [
  ['linkFailurePctPerMonth', 'Links'],
  ['opticFailurePctPerMonth', 'Optics'],
  ['switchFailurePctPerMonth', 'Switches'],
];

export function FabricCompare({ inputs, busy, onGenerate }: { inputs: FabricInputsIn; busy: boolean; onGenerate: (a: Arch) => void }) {
  const api = useApi();
  const settings = useDoc((s) => s.settings);
  const [radixes, setRadixes] = useState('');
  const [policies, setPolicies] = useState<{ cheapest: boolean; power: boolean }>({ cheapest: false, power: false });
  const [running, setRunning] = useState(false);
  const [set, setSet] = useState<CompareSet | null>(null);
  const [combo, setCombo] = useState(0);

  const axes = (): VaryAxis[] | string => {
    const out: VaryAxis[] = [];
    const r = radixList(radixes);
    if (typeof r === 'string') return r;
    if (r.length) out.push({ field: 'radix', values: r });
    const p = (['cheapest', 'power'] as const).filter((k) => policies[k]);
    if (p.length) out.push({ field: 'mediaPolicy', values: p });
    return out;
  };

  async function run() {
    const vary = axes();
    if (typeof vary === 'string') return toast('error', vary);
    const { arch: _a, ...rest } = inputs;
    setRunning(true);
    try {
      setSet(await api.call('fabric.compare', { inputs: rest, vary }));
      setCombo(0);
    } catch (e) {
      toast('error', e instanceof CallError || e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  }

  async function exportAs(format: 'compare-xlsx' | 'compare-svg' | 'compare-png') {
    const vary = axes();
    if (typeof vary === 'string') return toast('error', vary);
    const { arch: _a, ...rest } = inputs;
    try {
      deliver(await api.call('fabric.compareExport', { inputs: rest, vary, format }));
    } catch (e) {
      toast('error', `Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const current = set?.combos[Math.min(combo, (set?.combos.length ?? 1) - 1)];
  return (
    <section className="fcmp" data-testid="fabric-compare">
      <h4>Compare architectures</h4>
      <div className="fcmp-vary">
        <label>
          Also try radix
          <input value={radixes} placeholder="e.g. 64, 128" onChange={(e) => setRadixes(e.target.value)} data-field="compare-radix" title="Switch ports used at the NIC speed; several values compare each" />
        </label>
        <span className="fcmp-policies">
          Media
          {(['cheapest', 'power'] as const).map((k) => (
            <label key={k}>
              <input type="checkbox" checked={policies[k]} onChange={(e) => setPolicies({ ...policies, [k]: e.target.checked })} data-field={`compare-policy-${k}`} />
              {k === 'cheapest' ? 'cheapest' : 'lowest power'}
            </label>
          ))}
        </span>
      </div>
      <RatesEditor settings={settings} />
      <div className="actions">
        <button onClick={() => void run()} disabled={busy || running} data-action="compare">
          {running ? 'Comparing…' : 'Compare architectures'}
        </button>
      </div>
      {set && current && (
        <div className="fcmp-result" data-testid="compare-result">
          {set.combos.length > 1 && (
            <label className="fcmp-combo">
              Showing
              <select value={combo} onChange={(e) => setCombo(Number(e.target.value))} data-field="compare-combo">
                {set.combos.map((c, i) => (
                  <option key={i} value={i}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          <ComboView combo={current} busy={busy} onGenerate={onGenerate} />
          <div className="fcmp-export">
            Save as
            <button onClick={() => void exportAs('compare-xlsx')} data-export="compare-xlsx">Workbook</button>
            <button onClick={() => void exportAs('compare-svg')} data-export="compare-svg">SVG</button>
            <button onClick={() => void exportAs('compare-png')} data-export="compare-png">PNG</button>
          </div>
        </div>
      )}
    </section>
  );
}

function ComboView({ combo, busy, onGenerate }: { combo: CompareCombo; busy: boolean; onGenerate: (a: Arch) => void }) {
  const drawing = useMemo(() => compareChart(combo), [combo]);
  const estimates = new Map<string, string>();
  for (const r of combo.rows) for (const e of r.cost?.estimates ?? []) estimates.set(e.id, e.perMUsd == null ? usd(e.usd) : `${usd(e.usd)} + $${+e.perMUsd.toFixed(2)}/m`);
  const missing = [...new Set(combo.rows.flatMap((r) => r.cost?.missing ?? []))];
  return (
    <>
      {combo.explanations.map((t) => (
        <p key={t} className="fcmp-why" data-testid="compare-explanation">
          {t}
        </p>
      ))}
      <div className="fcmp-chart">
        <DrawingSvg drawing={drawing} testId="compare-chart" />
      </div>
      {combo.rows.map((r) => (
        <ArchCard key={r.arch} r={r} busy={busy} onGenerate={onGenerate} />
      ))}
      {missing.length > 0 && <p className="fcmp-note fabric-error">Cost incomplete, no price for: {missing.join(', ')}. Set one in the catalog.</p>}
      {estimates.size > 0 && (
        <p className="fcmp-note muted" data-testid="compare-estimates">
          Estimated prices, not quotes (sources in the catalog): {[...estimates].map(([id, v]) => `${id} ${v}`).join(', ')}.
        </p>
      )}
    </>
  );
}

function ArchCard({ r, busy, onGenerate }: { r: CompareRow; busy: boolean; onGenerate: (a: Arch) => void }) {
  if (r.error || !r.cost || !r.failures) {
    return (
      <div className="fcmp-card" data-arch={r.arch}>
        <div className="fcmp-card-head">
          <b>{ARCH_NAME[r.arch]}</b>
          <span className="muted">cannot build</span>
        </div>
        <p className="fabric-error">{r.error}</p>
      </div>
    );
  }
  const t = r.switchesByTier ?? {};
  const tiers = 'routers' in t ? `${fmt(t.routers!)} routers` : `${fmt(t.leaf ?? 0)} leaf · ${fmt(t.spine ?? 0)} spine · ${fmt(t.core ?? 0)} core`;
  const c = r.cost;
  const f = r.failures;
  return (
    <div className="fcmp-card" data-arch={r.arch}>
      <div className="fcmp-card-head">
        <b>{ARCH_NAME[r.arch]}</b>
        <button disabled={busy} onClick={() => onGenerate(r.arch)} data-generate={r.arch}>
          Generate
        </button>
      </div>
      <dl>
        <dt>Switches</dt>
        <dd data-measure="switches">{fmt(r.switches!)} ({tiers})</dd>
        <dt>Links</dt>
        <dd data-measure="links">{fmt(r.links!)} · {fmt(r.transceivers!)} optics</dd>
        <dt>Power</dt>
        <dd data-measure="power">{fmt(r.networkPowerW! / 1000, 1)} kW · {fmt(r.powerPerGpuW!, 1)} W/GPU</dd>
        <dt>Cost</dt>
        <dd data-measure="cost">
          {musd(r.networkCostUsd!)}
          {r.costComplete ? '' : '*'} · {usd(c.perGpu.total)}/GPU
        </dd>
        <dt>per GPU</dt>
        <dd data-measure="cost-split">
          switches {usd(c.perGpu.switches)} · optics {usd(c.perGpu.optics)} · cables {usd(c.perGpu.cables)} · trunks {usd(c.perGpu.trunks)}
        </dd>
        <dt>Failures</dt>
        <dd data-measure="failures">
          {fmt(f.linkFailuresPerMonth, 2)} links · {fmt(f.opticFailuresPerMonth, 2)} optics · {fmt(f.switchFailuresPerMonth, 2)} switches a month
        </dd>
        <dt>Blast radius</dt>
        <dd data-measure="blast">
          one switch cuts off {f.gpusPerSwitchFailure} GPUs; {fmt(f.jobInterruptionsPerMonth, 2)} job stops a month
        </dd>
      </dl>
    </div>
  );
}

/** The project's failure rates (sourced defaults); saved to the project for every comparison. */
function RatesEditor({ settings }: { settings: ProjectSettings }) {
  const api = useApi();
  const initial = () => Object.fromEntries(RATE_FIELDS.map(([k]) => [k, String(settings[k])])) as Record<string, string>;
  const [v, setV] = useState(initial);
  const [open, setOpen] = useState(false);
  useEffect(() => setV(initial()), [settings]);
  const changed = RATE_FIELDS.some(([k]) => v[k] !== String(settings[k]));
  const save = async () => {
    const patch: Record<string, number> = {};
    for (const [k, label] of RATE_FIELDS) {
      const n = Number(v[k]);
      if (!Number.isFinite(n) || n < 0 || n > 100) return toast('error', `${label}: "${v[k]}" is not a percentage between 0 and 100`);
      patch[k] = n;
    }
    try {
      const s = await api.call('project.updateSettings', patch);
      useDoc.getState().setSettings(s);
    } catch (e) {
      toast('error', e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <details className="fcmp-rates" open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Failure rates (% a month)</summary>
      <div className="fcmp-rate-fields">
        {RATE_FIELDS.map(([k, label]) => (
          <label key={k}>
            {label}
            <input value={v[k]} onChange={(e) => setV({ ...v, [k]: e.target.value })} data-field={`rate-${k}`} inputMode="decimal" />
          </label>
        ))}
      </div>
      <p className="muted fcmp-note">Defaults: Alibaba HPN (SIGCOMM 2024) link and switch rates; optics: half the link rate (upper bound).</p>
      <button disabled={!changed} onClick={() => void save()} data-action="save-rates">
        Save rates
      </button>
    </details>
  );
}
