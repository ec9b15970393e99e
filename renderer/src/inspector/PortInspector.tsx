// A selected port (a panel port picked from its panel's map, a found port) with the links it
// carries; and a panel's whole front-to-rear map for the device inspector: each rear port with the
// cable on it (the trunk and its far end) and its front ports by position with their jumpers.
import type { Id, Port } from '../../../core/model/entities.js';
import { panelMap } from '../elevation/panel-map.js';
import { cablesByPort, useDoc } from '../store/document.js';
import { useUi } from '../store/ui.js';
import { ChannelView } from './ChannelView.js';

/** "panel-b01:T1", the far end of the cable on a port; null when nothing is plugged in. */
function farEnd(portId: Id): { label: string; far: string } | null {
  const doc = useDoc.getState();
  const c = cablesByPort(doc.cable).get(portId);
  if (!c) return null;
  const other = doc.port.get(c.aPortId === portId ? c.bPortId : c.aPortId);
  const d = other ? doc.device.get(other.deviceId) : undefined;
  return { label: c.label, far: `${d?.name ?? '?'}:${other?.name ?? '?'}` };
}

const pick = (p: Port) => useUi.getState().select([{ kind: 'port', id: p.id }]);

export function PanelMap({ deviceId }: { deviceId: Id }) {
  useDoc((s) => s.cable);
  const ports = useDoc((s) => s.port);
  const devices = useDoc((s) => s.device);
  const types = useDoc((s) => s.deviceTypes);
  const map = panelMap({ port: ports, device: devices, deviceTypes: types }, deviceId);
  if (!map) return null;
  return (
    <div className="panel-map" data-testid="panel-map">
      <h4>Port map (front → rear, position)</h4>
      {map.rears.map((r) => {
        const trunk = farEnd(r.rear.id);
        return (
          <div key={r.rear.id} className="panel-rear" style={{ borderLeftColor: r.tint }} data-rear={r.rear.name}>
            <div>
              <button className="link" onClick={() => pick(r.rear)}><b>{r.rear.name}</b></button> <span className="muted">{r.rear.formFactor}, {r.positions} pos.</span>
              {trunk ? <> · {trunk.label} → {trunk.far}</> : <span className="muted"> · no trunk</span>}
            </div>
            <table>
              <tbody>
                {r.fronts.map((f, i) => {
                  const j = f ? farEnd(f.id) : null;
                  return (
                    <tr key={i} data-front={f?.name ?? ''}>
                      <td className="muted">{i + 1}</td>
                      <td>{f ? <button className="link" onClick={() => pick(f)}>{f.name}</button> : '—'}</td>
                      <td>{j ? `${j.label} → ${j.far}` : <span className="muted">free</span>}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}

export function PortInspector({ id }: { id: Id }) {
  const p = useDoc((s) => s.port.get(id));
  const d = useDoc((s) => (p ? s.device.get(p.deviceId) : undefined));
  useDoc((s) => s.cable);
  if (!p) return null;
  const on = farEnd(p.id);
  const kind = p.kind === 'interface' ? 'interface' : p.kind === 'front-port' ? 'panel front port' : 'panel rear port';
  return (
    <div className="inspector" data-testid="port-inspector">
      <h3>Port {d?.name}:{p.name}</h3>
      <p>{kind} · {p.formFactor}{p.speedGbps ? ` ${p.speedGbps}G` : ''}{p.kind === 'rear-port' && p.positions ? ` · ${p.positions} positions` : ''}{p.kind === 'front-port' && p.rearPort ? ` · → ${p.rearPort}:${p.rearPosition ?? 1}` : ''}</p>
      <p>{on ? <>Cable {on.label} → {on.far}</> : 'Nothing plugged in.'}</p>
      <div className="actions">
        {d && <button onClick={() => useUi.getState().select([{ kind: 'device', id: d.id }])}>Device {d.name}</button>}
        {d && <button onClick={() => useUi.getState().openRack(d.rackId)}>Open elevation</button>}
      </div>
      <ChannelView portId={id} />
    </div>
  );
}
