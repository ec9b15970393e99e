import { useState } from 'react';
import { RACK_PRESETS, useUi, type ToolName } from '../store/ui.js';

const TOOLS: { id: ToolName; label: string; key: string; icon: string }[] = [
  { id: 'select', label: 'Select / move', key: 'V', icon: '⬚' },
  { id: 'place-rack', label: 'Place rack', key: 'K', icon: '▦' },
  { id: 'draw-tray', label: 'Draw tray', key: 'T', icon: '⟋' },
  { id: 'draw-cable', label: 'Draw cable (in elevations)', key: 'C', icon: '∿' },
  { id: 'pan', label: 'Pan', key: 'H', icon: '✥' },
];

function TraySpecEditor() {
  const spec = useUi((s) => s.traySpec);
  const fields: [keyof typeof spec, string, number][] = [['heightMm', 'Height mm', 0], ['widthMm', 'Width mm', 50], ['depthMm', 'Depth mm', 25]];
  return (
    <div className="presets">
      <div className="head">New tray</div>
      <div className="custom">
        {fields.map(([k, label, min]) => (
          <label key={k}>
            {label}
            <input
              type="number"
              min={min}
              step={50}
              value={spec[k]}
              onChange={(e) => {
                const v = Math.round(Number(e.target.value));
                if (Number.isFinite(v) && v >= min) useUi.getState().setTraySpec({ ...spec, [k]: v });
              }}
            />
          </label>
        ))}
      </div>
      <div className="muted">Click points; Enter or double-click finishes; Shift keeps it straight.</div>
    </div>
  );
}

export function ToolPalette() {
  const tool = useUi((s) => s.tool);
  const preset = useUi((s) => s.rackPreset);
  const [custom, setCustom] = useState({ w: 600, d: 1200, u: 42 });
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
          {RACK_PRESETS.map((p) => (
            <label key={p.id}>
              <input type="radio" name="preset" checked={preset.id === p.id} onChange={() => useUi.getState().setRackPreset(p)} />
              {p.label}
            </label>
          ))}
          <label>
            <input
              type="radio"
              name="preset"
              checked={preset.id === 'custom'}
              onChange={() => useUi.getState().setRackPreset({ id: 'custom', label: 'Custom', widthMm: custom.w, depthMm: custom.d, heightU: custom.u })}
            />
            Custom
          </label>
          {preset.id === 'custom' && (
            <div className="custom">
              {(['w', 'd', 'u'] as const).map((k) => (
                <label key={k}>
                  {k === 'w' ? 'Width mm' : k === 'd' ? 'Depth mm' : 'Height U'}
                  <input
                    type="number"
                    min={k === 'u' ? 1 : 100}
                    max={k === 'u' ? 60 : 3000}
                    value={custom[k]}
                    onChange={(e) => {
                      const next = { ...custom, [k]: Math.round(Number(e.target.value)) };
                      setCustom(next);
                      if (next.w > 0 && next.d > 0 && next.u >= 1 && next.u <= 60) {
                        useUi.getState().setRackPreset({ id: 'custom', label: 'Custom', widthMm: next.w, depthMm: next.d, heightU: next.u });
                      }
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
