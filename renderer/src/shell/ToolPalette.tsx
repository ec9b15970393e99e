import { useState } from 'react';
import { RACK_PRESETS, useUi, type RackPreset, type ToolName } from '../store/ui.js';

const TOOLS: { id: ToolName; label: string; key: string; icon: string }[] = [
  { id: 'select', label: 'Select / move', key: 'V', icon: '⬚' },
  { id: 'place-rack', label: 'Place rack', key: 'K', icon: '▦' },
  { id: 'draw-tray', label: 'Draw tray', key: 'T', icon: '⟋' },
  { id: 'draw-cable', label: 'Draw cable (in elevations)', key: 'C', icon: '∿' },
  { id: 'pan', label: 'Pan', key: 'H', icon: '✥' },
];

const customPreset = (c: { w: number; d: number; u: number; kw: number }): RackPreset => ({
  id: 'custom', label: 'Custom', widthMm: c.w, depthMm: c.d, heightU: c.u, powerBudgetW: Math.round(c.kw * 1000),
});

/** The next tray's size, in the units the tray inspector shows (height in m, width and depth in mm). */
function TraySpecEditor() {
  const spec = useUi((s) => s.traySpec);
  const fields: { k: keyof typeof spec; label: string; min: number; unit: 'm' | 'mm' }[] = [
    { k: 'heightMm', label: 'Height (bottom) m', min: 0, unit: 'm' },
    { k: 'widthMm', label: 'Width mm', min: 50, unit: 'mm' },
    { k: 'depthMm', label: 'Depth mm', min: 25, unit: 'mm' },
  ];
  return (
    <div className="presets">
      <div className="head">New tray</div>
      <div className="custom">
        {fields.map(({ k, label, min, unit }) => (
          <label key={k}>
            {label}
            <input
              type="number"
              min={min}
              step={unit === 'm' ? 0.1 : 50}
              defaultValue={unit === 'm' ? spec[k] / 1000 : spec[k]}
              data-field={`tray-${k}`}
              onChange={(e) => {
                const v = Math.round(Number(e.target.value) * (unit === 'm' ? 1000 : 1));
                if (e.target.value !== '' && Number.isFinite(v) && v >= min) useUi.getState().setTraySpec({ ...useUi.getState().traySpec, [k]: v });
              }}
            />
          </label>
        ))}
      </div>
      <div className="muted">Click points; Enter or double-click finishes; Shift keeps it straight; Esc drops the points, a second Esc leaves the tool.</div>
    </div>
  );
}

export function ToolPalette() {
  const tool = useUi((s) => s.tool);
  const preset = useUi((s) => s.rackPreset);
  const [custom, setCustom] = useState({ w: 600, d: 1200, u: 42, kw: 20 });
  return (
    <nav className="palette" aria-label="Tools">
      {TOOLS.map((t) => (
        <button
          key={t.id}
          data-tool={t.id}
          className={tool === t.id ? 'active' : ''}
          title={`${t.label} (${t.key})`}
          onClick={() => useUi.getState().setTool(t.id)}
        >
          <span className="icon">{t.icon}</span>
          <span className="label">{t.label}</span>
        </button>
      ))}
      {tool === 'draw-tray' && <TraySpecEditor />}
      {tool === 'place-rack' && (
        <div className="presets">
          <div className="head">Rack preset</div>
          <div className="muted">A click places one rack; Shift+click places several.</div>
          {RACK_PRESETS.map((p) => (
            <label key={p.id}>
              <input type="radio" name="preset" checked={preset.id === p.id} onChange={() => useUi.getState().setRackPreset(p)} />
              <span title={p.budgetSource}>{p.label}</span>
            </label>
          ))}
          <label>
            <input
              type="radio"
              name="preset"
              checked={preset.id === 'custom'}
              onChange={() => useUi.getState().setRackPreset(customPreset(custom))}
            />
            Custom
          </label>
          {preset.id === 'custom' && (
            <div className="custom">
              {(['w', 'd', 'u', 'kw'] as const).map((k) => (
                <label key={k}>
                  {k === 'w' ? 'Width mm' : k === 'd' ? 'Depth mm' : k === 'u' ? 'Height U' : 'Budget kW'}
                  <input
                    type="number"
                    min={k === 'u' ? 1 : k === 'kw' ? 0 : 100}
                    max={k === 'u' ? 60 : k === 'kw' ? 500 : 3000}
                    value={custom[k]}
                    data-field={`custom-${k}`}
                    onChange={(e) => {
                      const next = { ...custom, [k]: k === 'kw' ? Number(e.target.value) : Math.round(Number(e.target.value)) };
                      setCustom(next);
                      if (next.w > 0 && next.d > 0 && next.u >= 1 && next.u <= 60 && next.kw >= 0) useUi.getState().setRackPreset(customPreset(next));
                    }}
                  />
                </label>
              ))}
            </div>
          )}
        </div>
      )}
    </nav>
  );
}
