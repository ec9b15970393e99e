// The derived version-2 sections of a layout export: panels with their front -> rear maps, trunks
// with what they carry, and every multi-cable channel. Written for people reading the file (and
// for diffing two exports); import ignores them, since they follow from the devices and cables.
import type { Cable, Id, Port, ProjectSnapshot } from '../core/model/entities.js';
import type { Layout } from '../core/model/layout.js';
import { channelsOf, isTrunkCable } from '../core/routing/links.js';
import { defaultPolarity } from '../core/routing/polarity.js';
import { compareNatural } from './natural.js';

type Sections = Pick<Layout, 'panels' | 'trunks' | 'channels'>;

/** "F1-F12 -> T1:1-12": runs of consecutive front ports onto consecutive positions of one rear port. */
function mapRuns(fronts: Port[], mapping: (p: Port) => { rear: string; pos: number } | null): string[] {
  const out: string[] = [];
  let run: { f0: string; f1: string; rear: string; p0: number; p1: number; n0: number; n1: number; prefix: string } | null = null;
  const flush = () => {
    if (!run) return;
    out.push(run.f0 === run.f1 ? `${run.f0} -> ${run.rear}:${run.p0}` : `${run.f0}-${run.f1} -> ${run.rear}:${run.p0}-${run.p1}`);
    run = null;
  };
  for (const f of fronts) {
    const m = mapping(f);
    if (!m) continue;
    const num = /^(.*?)(\d+)$/.exec(f.name);
    const prefix = num?.[1] ?? f.name;
    const n = num ? Number(num[2]) : NaN;
    if (run && run.rear === m.rear && m.pos === run.p1 + 1 && prefix === run.prefix && n === run.n1 + 1) {
      run.f1 = f.name;
      run.p1 = m.pos;
      run.n1 = n;
      continue;
    }
    flush();
    run = { f0: f.name, f1: f.name, rear: m.rear, p0: m.pos, p1: m.pos, n0: n, n1: n, prefix };
  }
  flush();
  return out;
}

export function structuredSections(s: ProjectSnapshot): Sections {
  const ports = new Map(s.ports.map((p) => [p.id, p]));
  const devices = new Map(s.devices.map((d) => [d.id, d]));
  const racks = new Map(s.racks.map((r) => [r.id, r.name]));
  const types = new Map(s.deviceTypes.map((t) => [t.id, t]));
  const media = new Map(s.media.map((m) => [m.id, m]));
  const end = (id: Id) => {
    const p = ports.get(id);
    return p ? `${devices.get(p.deviceId)?.name ?? p.deviceId}:${p.name}` : String(id);
  };
  const byDevice = new Map<Id, Port[]>();
  for (const p of s.ports) if (p.kind !== 'interface') (byDevice.get(p.deviceId) ?? byDevice.set(p.deviceId, []).get(p.deviceId)!).push(p);
  const panels = [...byDevice].map(([deviceId, list]) => {
    const d = devices.get(deviceId)!;
    const t = types.get(d.typeId);
    const tpl = new Map((t?.ports ?? []).map((x) => [x.name, x]));
    const fronts = list.filter((p) => p.kind === 'front-port').sort((x, y) => compareNatural(x.name, y.name));
    const map = mapRuns(fronts, (p) => {
      const rear = p.rearPort ?? tpl.get(p.name)?.rearPort;
      return rear ? { rear, pos: p.rearPosition ?? tpl.get(p.name)?.rearPosition ?? 1 } : null;
    });
    return { device: d.name, rack: racks.get(d.rackId) ?? '', type: t?.slug ?? '', map };
  });
  panels.sort((x, y) => compareNatural(x.device, y.device));

  const channels = channelsOf(s);
  const cables = new Map(s.cables.map((c) => [c.id, c]));
  const kind = (id: Id) => ports.get(id)?.kind;
  const positions = (id: Id) => {
    const p = ports.get(id);
    if (!p) return 0;
    return p.positions ?? types.get(devices.get(p.deviceId)?.typeId ?? 0)?.ports.find((x) => x.name === p.name)?.positions ?? 1;
  };
  const trunks = s.cables
    .filter((c: Cable) => isTrunkCable(c, kind))
    .sort((x, y) => compareNatural(x.label, y.label))
    .map((c) => {
      const m = c.mediaId ? (media.get(c.mediaId) ?? null) : null;
      return {
        label: c.label,
        a: end(c.aPortId),
        b: end(c.bPortId),
        media: c.mediaId,
        fibres: m ? m.lanes : null,
        links: channels.countThrough(c.id),
        positions: Math.min(positions(c.aPortId), positions(c.bPortId)),
        polarity: c.polarity ?? defaultPolarity(m),
      };
    });
  const rows = [...channels.all()]
    // structured channels, and any that stop at an empty panel port
    .filter((l) => l.cables.length > 1 || l.b === null)
    .map((l) => {
      const row = { a: end(l.a), b: l.b === null ? null : end(l.b), via: l.cables.map((id) => cables.get(id)?.label ?? String(id)) };
      // read from the end whose name sorts first, not from the lower port id: a hall imported
      // again (its ids given anew) exports the same text
      return row.b !== null && compareNatural(row.b, row.a) < 0 ? { a: row.b, b: row.a, via: row.via.reverse() } : row;
    })
    .sort((x, y) => compareNatural(x.a, y.a) || compareNatural(x.b ?? '', y.b ?? '') || compareNatural(x.via.join(' '), y.via.join(' ')));
  return {
    ...(panels.length ? { panels } : {}),
    ...(trunks.length ? { trunks } : {}),
    ...(rows.length ? { channels: rows } : {}),
  };
}
