// A patch panel's front-to-rear map as the elevation and the inspector show it: each rear port with
// its front port per position. A port's own mapping wins, else its device type's template (ports
// made before the type had a map), as link tracing reads it (core/routing/channel.ts).
import type { Id, Port } from '../../../core/model/entities.js';
import { portsByDevice, type DocState } from '../store/document.js';

export interface PanelRear {
  rear: Port;
  positions: number;
  /** Front port at each position (index = position - 1); undefined where none maps. */
  fronts: (Port | undefined)[];
  /** Colour of the group (the rear port and its fronts) in the elevation. */
  tint: string;
}

/** A panel port's group tint, the text in its square (rear name, or front's rear position) and its tooltip. */
export interface PortTag {
  tint: string;
  text: string;
  title: string;
}

export interface PanelMapInfo {
  rears: PanelRear[];
  tag: Map<Id, PortTag>;
}

/** Light tints a position number reads on; neighbouring groups differ. */
const TINTS = ['#dbeafe', '#fef3c7', '#dcfce7', '#fce7f3', '#e0e7ff', '#ffedd5', '#ccfbf1', '#f3e8ff'];

const maps = new WeakMap<Map<Id, Port>, { types: DocState['deviceTypes']; byDevice: Map<Id, PanelMapInfo | null> }>();

/** The map of a device with rear ports, or null for any other device. Cached per ports map and catalog. */
export function panelMap(doc: Pick<DocState, 'port' | 'device' | 'deviceTypes'>, deviceId: Id): PanelMapInfo | null {
  let cached = maps.get(doc.port);
  if (!cached || cached.types !== doc.deviceTypes) maps.set(doc.port, (cached = { types: doc.deviceTypes, byDevice: new Map() }));
  const byDevice = cached.byDevice;
  if (byDevice.has(deviceId)) return byDevice.get(deviceId)!;
  const info = build(doc, deviceId);
  byDevice.set(deviceId, info);
  return info;
}

function build(doc: Pick<DocState, 'port' | 'device' | 'deviceTypes'>, deviceId: Id): PanelMapInfo | null {
  const ports = portsByDevice(doc.port).get(deviceId) ?? [];
  const rearPorts = ports.filter((p) => p.kind === 'rear-port');
  if (rearPorts.length === 0) return null;
  const d = doc.device.get(deviceId);
  const tpl = new Map((d ? doc.deviceTypes.get(d.typeId)?.ports ?? [] : []).map((t) => [t.name, t]));
  const rears = rearPorts.map((rear, i): PanelRear => {
    const positions = Math.max(1, rear.positions ?? tpl.get(rear.name)?.positions ?? 1);
    return { rear, positions, fronts: new Array<Port | undefined>(positions), tint: TINTS[i % TINTS.length]! };
  });
  const byName = new Map(rears.map((r) => [r.rear.name, r]));
  const tag: PanelMapInfo['tag'] = new Map();
  for (const f of ports) {
    if (f.kind !== 'front-port') continue;
    const t = tpl.get(f.name);
    const rearName = f.rearPort ?? t?.rearPort;
    const pos = f.rearPosition ?? t?.rearPosition ?? 1;
    const r = rearName ? byName.get(rearName) : undefined;
    if (!r || pos < 1 || pos > r.positions) {
      tag.set(f.id, { tint: '#fee2e2', text: '', title: `${f.name} (${f.formFactor}) maps to no rear port` });
      continue;
    }
    r.fronts[pos - 1] = f;
    tag.set(f.id, { tint: r.tint, text: String(pos), title: `${f.name} (${f.formFactor}) → rear ${r.rear.name}, position ${pos} of ${r.positions}` });
  }
  for (const r of rears) {
    const mapped = r.fronts.filter(Boolean) as Port[];
    const span = mapped.length ? (mapped.length === 1 ? mapped[0]!.name : `${mapped[0]!.name}–${mapped[mapped.length - 1]!.name}`) : 'no front port';
    tag.set(r.rear.id, { tint: r.tint, text: r.rear.name, title: `rear ${r.rear.name} (${r.rear.formFactor}, ${r.positions} position${r.positions > 1 ? 's' : ''}) ← ${span}` });
  }
  return { rears, tag };
}

/** A tagged port's square: its group's tint (a cabled one keeps the cabled fill, ringed in the tint), its text small enough to fit. */
export function tagStyle(tag: PortTag | undefined, cabled: boolean, size: number): Record<string, string | number> {
  if (!tag) return {};
  const font = Math.max(7, Math.min(10, Math.floor(size * (tag.text.length > 2 ? 0.5 : 0.7))));
  return cabled ? { borderColor: tag.tint, borderWidth: 2, color: '#fff', fontSize: font } : { background: tag.tint, color: '#1f2937', fontSize: font };
}
