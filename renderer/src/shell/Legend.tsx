// What the floor plan's colours and symbols mean, folded into one line until opened. The swatches
// use the drawing's own colours (canvas/colors.ts), so the two cannot drift apart.
import { useState } from 'react';
import { C, bundleColor } from '../canvas/colors.js';

const RACK_FILLS: [string, string][] = [
  ['#eef0f3', 'empty'],
  ['#cbd5e1', 'no power budget'],
  ['#d1fae5', 'under 50 % of budget'],
  ['#86efac', '50-80 %'],
  ['#fde68a', '80-95 %'],
  ['#fdba74', '95-100 %'],
  ['#f87171', 'over budget'],
];

function Swatch({ fill, border, shape = 'box' }: { fill: string; border?: string; shape?: 'box' | 'line' | 'dash' | 'dot' | 'diamond' | 'edge' }) {
  const style: React.CSSProperties =
    shape === 'line' ? { background: fill, height: 6, marginTop: 4 }
    : shape === 'dash' ? { borderTop: `2px dashed ${fill}`, height: 0, marginTop: 6 }
    : shape === 'dot' ? { background: fill, border: `1px solid ${border}`, borderRadius: '50%', width: 9, height: 9, margin: '2px 3px' }
    : shape === 'diamond' ? { background: fill, width: 8, height: 8, transform: 'rotate(45deg)', margin: '3px 4px' }
    : shape === 'edge' ? { background: '#d1fae5', border: `1px solid ${C.rackStroke}`, borderBottom: `3px solid ${fill}` }
    : { background: fill, border: `1px solid ${border ?? C.rackStroke}` };
  return <span className="legend-swatch" style={style} />;
}

export function Legend() {
  const [open, setOpen] = useState(false);
  return (
    <div className={`legend${open ? ' open' : ''}`} data-testid="legend">
      <button className="legend-toggle" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="legend-toggle">
        {open ? '▾' : '▸'} Legend
      </button>
      {open && (
        <div className="legend-body">
          <h4>Racks (power drawn at maximum, of the budget)</h4>
          {RACK_FILLS.map(([fill, text]) => (
            <div key={text}><Swatch fill={fill} /> {text}</div>
          ))}
          <div><Swatch fill={C.rackFront} shape="edge" /> thick edge: the rack’s front</div>
          <h4>Floor</h4>
          <div><Swatch fill={C.cold} border="transparent" /> cold aisle (in front of racks)</div>
          <div><Swatch fill={C.hot} border="transparent" /> hot aisle (behind racks)</div>
          <div><Swatch fill={C.cdu} border={C.cduEdge} /> in-row CDU (coolant distribution unit), on its own footprint</div>
          <h4>Trays and cables</h4>
          <div><Swatch fill={C.tray} shape="line" /> tray (overhead)</div>
          <div><Swatch fill={bundleColor(1, 1)} shape="line" /> bundle of cables, with its count (darker: more)</div>
          <div><Swatch fill={C.cable} shape="line" /> one cable (when zoomed in)</div>
          <div><Swatch fill={C.trunk} shape="line" /> trunk: panel to panel, rear ports (dashed along a bundle holding one)</div>
          <div><Swatch fill={C.channel} shape="line" /> the selected cable’s or port’s channel (jumpers, panels, trunk)</div>
          <div><Swatch fill="#f59e0b" border="#92400e" shape="dot" /> drop point: where a rack’s cables go up to the tray</div>
          <div><Swatch fill={C.junction} shape="diamond" /> junction of trays</div>
          <div><Swatch fill={C.unrouted} shape="dash" /> cables not routed yet (of the selected rack)</div>
        </div>
      )}
    </div>
  );
}
