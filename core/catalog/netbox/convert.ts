// One devicetype-library YAML file -> a Trayline device type, plus the list of figures the file
// does not give (gaps) and the oddities found (duplicate names, empty types). Nothing is
// invented: a missing figure stays null and is named in `gaps`.
import * as yaml from 'js-yaml';
import { z } from 'zod';
import type { DeviceType, PortTemplate } from '../../model/entities.js';
import { describeZodError } from '../../model/errors.js';
import { classifyInterfaceType, mapPassivePortType, VIRTUAL_INTERFACE_TYPES } from './interface-types.js';
import { powerFigures } from './power.js';
import {
  netboxDeviceTypeSchema,
  netboxInterfaceSchema,
  netboxModuleBaySchema,
  netboxPassivePortSchema,
  netboxPortMappingSchema,
  netboxPowerPortSchema,
  type NetboxDeviceType,
} from './schema.js';

export interface NetboxFile {
  /** Path or name the user knows the file by; used in every message. */
  name: string;
  text: string;
}

export type ConvertResult =
  | { ok: true; deviceType: Omit<DeviceType, 'id'>; gaps: string[] }
  | { ok: false; reason: string };

const KG_PER: Record<string, number> = { kg: 1, g: 0.001, lb: 0.45359237, oz: 0.028349523125 };

export function isNetboxYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

export function convertNetboxFile(file: NetboxFile): ConvertResult {
  let doc: unknown;
  try {
    doc = yaml.load(file.text);
  } catch (e) {
    const err = e as { reason?: string; mark?: { line: number; column: number }; message: string };
    const at = err.mark ? `line ${err.mark.line + 1}, column ${err.mark.column + 1}: ` : '';
    return { ok: false, reason: `not valid YAML: ${at}${err.reason ?? err.message}` };
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return { ok: false, reason: 'not a device type: expected a YAML mapping with manufacturer, model, slug, u_height' };
  }
  const parsed = netboxDeviceTypeSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, reason: describeZodError(parsed.error).message };
  return { ok: true, ...toDeviceType(parsed.data, file.name) };
}

function items<T extends z.ZodType>(list: unknown[] | null | undefined, schema: T, what: string, gaps: string[]): z.output<T>[] {
  const out: z.output<T>[] = [];
  (list ?? []).forEach((raw, i) => {
    const r = schema.safeParse(raw);
    if (r.success) out.push(r.data);
    else gaps.push(`${what}[${i}] skipped: ${describeZodError(r.error, `${what}[${i}]`).message}`);
  });
  return out;
}

function toDeviceType(d: NetboxDeviceType, fileName: string): { deviceType: Omit<DeviceType, 'id'>; gaps: string[] } {
  const gaps: string[] = [];
  const interfaces = items(d.interfaces, netboxInterfaceSchema, 'interfaces', gaps);
  const frontPorts = items(d['front-ports'], netboxPassivePortSchema, 'front-ports', gaps);
  const rearPorts = items(d['rear-ports'], netboxPassivePortSchema, 'rear-ports', gaps);
  const powerPorts = items(d['power-ports'], netboxPowerPortSchema, 'power-ports', gaps);
  const moduleBays = items(d['module-bays'], netboxModuleBaySchema, 'module-bays', gaps);
  // Front -> rear mapping: inline on each front port (older files) or a port-mappings list (newer).
  const mappings = items(d['port-mappings'], netboxPortMappingSchema, 'port-mappings', gaps);
  const rearOfFront = new Map<string, { rear: string; position: number }>();
  for (const f of frontPorts) if (f.rear_port) rearOfFront.set(f.name, { rear: f.rear_port, position: f.rear_port_position ?? 1 });
  for (const m of mappings) rearOfFront.set(m.front_port, { rear: m.rear_port, position: m.rear_port_position ?? 1 });
  const hasOutlets = (d['power-outlets']?.length ?? 0) > 0;

  // A management port: mgmt_only, or (files often miss the flag, e.g. a Q3400's in-band FNM port)
  // a description that says so. Either way it is never counted as a fabric port.
  const saysManagement = (i: (typeof interfaces)[number]) => !i.mgmt_only && /\b(management|mgmt)\b/i.test(i.description ?? '');
  const isMgmt = (i: (typeof interfaces)[number]) => !!i.mgmt_only || saysManagement(i);
  const dataInterfaces = interfaces.filter((i) => !isMgmt(i) && !VIRTUAL_INTERFACE_TYPES.has(i.type ?? ''));
  const role: DeviceType['role'] =
    hasOutlets ? 'pdu'
    : interfaces.length === 0 && (frontPorts.length > 0 || rearPorts.length > 0) ? 'patch-panel'
    : dataInterfaces.length >= 16 ? 'switch'
    : interfaces.length > 0 ? 'server'
    : 'other';
  // NetBox does not say which face carries the ports: switch and patch-panel ports are on the
  // front (the usual NetBox convention), server ports on the rear.
  const interfaceFace = role === 'switch' || role === 'patch-panel' ? 'front' : 'rear';

  // NetBox keeps interfaces, front ports and rear ports in separate name spaces; Trayline's port
  // names are unique per device. A rear port named like a front port ("Port 1") becomes
  // "Port 1 (rear)"; a real duplicate within one list becomes "name #2" and is reported.
  const ports: PortTemplate[] = [];
  const seenInKind = new Map<string, number>();
  const taken = new Set<string>();
  let renamedRear = 0;
  const add = (name: string, p: Omit<PortTemplate, 'name'>, what: string) => {
    const trimmed = name.trim();
    if (!trimmed) {
      gaps.push(`${what}: a port with an empty name was skipped`);
      return;
    }
    const key = `${p.kind}\u0000${trimmed}`;
    const n = (seenInKind.get(key) ?? 0) + 1;
    seenInKind.set(key, n);
    let unique = n === 1 ? trimmed : `${trimmed} #${n}`;
    if (n > 1) gaps.push(`${what} "${trimmed}": duplicate name, kept as "${unique}"`);
    if (taken.has(unique) && p.kind !== 'interface') {
      unique = `${unique} (${p.kind === 'rear-port' ? 'rear' : 'front'})`;
      renamedRear++;
    }
    for (let k = 2; taken.has(unique); k++) unique = `${trimmed} #${k}`;
    taken.add(unique);
    ports.push({ name: unique, ...p });
  };

  let unmapped = 0;
  let physical = 0;
  // Interfaces whose type could not be mapped to a cage, grouped by type so a 144-port file
  // yields one line per type, not 144.
  const byProblem = new Map<string, string[]>();
  const note = (problem: string, name: string) => {
    const names = byProblem.get(problem);
    if (names) names.push(name);
    else byProblem.set(problem, [name]);
  };
  const rearNames = new Map<string, string>();
  for (const i of interfaces) {
    const type = (i.type ?? '').trim();
    const c = type ? classifyInterfaceType(type) : ({ kind: 'unknown' } as const);
    if (c.kind === 'virtual') continue;
    physical++;
    const m = c.kind === 'port' || c.kind === 'pmd' ? c.mapping : null;
    if (c.kind !== 'port') unmapped++;
    if (!type) note('no type given; speed and form factor left unknown', i.name);
    else if (c.kind === 'pmd') note(`type "${type}" names the optics or medium, not the cage: ${c.mapping.speedGbps} Gb/s kept, form factor left unknown`, i.name);
    else if (c.kind === 'not-mapped') note(`type "${type}" (${c.reason}): form factor and speed left unknown`, i.name);
    else if (c.kind === 'unknown') note(`type "${type}" is not a NetBox interface type Trayline knows; speed and form factor left unknown`, i.name);
    if (saysManagement(i)) gaps.push(`interface "${i.name}": not mgmt_only in the file, but its description says management: kept apart from the fabric ports`);
    add(
      i.name,
      {
        kind: 'interface',
        formFactor: m?.formFactor ?? 'unknown',
        speedGbps: m?.speedGbps ?? 0,
        lanes: m?.lanes ?? 0,
        face: interfaceFace,
        breakouts: [],
        ...(isMgmt(i) ? { mgmtOnly: true } : {}),
      },
      'interface',
    );
  }
  for (const [problem, names] of byProblem) {
    const list = names.length <= 3 ? names.map((n) => `"${n}"`).join(', ') : `"${names[0]}" ... "${names.at(-1)}"`;
    gaps.push(`${names.length === 1 ? 'interface' : `${names.length} interfaces`} ${list}: ${problem}`);
  }

  for (const [list, kind, face] of [
    [frontPorts, 'front-port', 'front'],
    [rearPorts, 'rear-port', 'rear'],
  ] as const) {
    for (const p of list) {
      const type = (p.type ?? '').trim();
      const m = type ? mapPassivePortType(type) : null;
      if (!m) gaps.push(`${kind} "${p.name}": ${type ? `type "${type}" not mapped` : 'no type given'}; connector left unknown`);
      // A rear port carries the fibres of the front ports mapped onto it (e.g. an MPO rear port
      // with 4 LC duplex front ports carries 8); failing that, its own connector's per position.
      const fanIn = kind === 'rear-port' ? frontPorts.filter((f) => rearOfFront.get(f.name)?.rear === p.name).reduce((n, f) => n + (mapPassivePortType(f.type ?? '')?.lanes ?? 0), 0) : 0;
      const lanes = fanIn > 0 ? fanIn : m?.lanes ? m.lanes * (kind === 'rear-port' ? (p.positions ?? 1) : 1) : 0;
      if (m && lanes === 0) gaps.push(`${kind} "${p.name}": fibre count of the ${m.formFactor} connector not given by NetBox`);
      const port: Omit<PortTemplate, 'name'> = { kind, formFactor: m?.formFactor ?? 'unknown', speedGbps: 0, lanes, face, breakouts: [] };
      if (kind === 'rear-port') port.positions = p.positions ?? 1;
      const map = kind === 'front-port' ? rearOfFront.get(p.name) : undefined;
      if (map) {
        port.rearPort = map.rear;
        port.rearPosition = map.position;
      } else if (kind === 'front-port') gaps.push(`front-port "${p.name}": no rear port given; it leads nowhere in a traced channel`);
      const before = ports.length;
      add(p.name, port, kind);
      if (kind === 'rear-port' && ports.length > before) rearNames.set(p.name.trim(), ports[ports.length - 1]!.name);
    }
  }
  // Rear ports renamed above ("Port 1" -> "Port 1 (rear)") keep their front ports' mapping, and a
  // mapping to a rear port the file does not list is reported.
  for (const t of ports) {
    if (t.kind !== 'front-port' || t.rearPort == null) continue;
    const actual = rearNames.get(t.rearPort.trim());
    if (actual) t.rearPort = actual;
    else {
      gaps.push(`front-port "${t.name}": rear port "${t.rearPort}" is not in the file`);
      t.rearPort = null;
      t.rearPosition = null;
    }
  }

  if (renamedRear > 0) gaps.push(`${renamedRear} front/rear ports share names with other ports; suffixed "(rear)"/"(front)"`);

  const psuBays = moduleBays.filter((b) => /psu|power/i.test(b.name));
  const power = powerFigures(powerPorts, psuBays.map((b) => b.name), role === 'patch-panel' ? 'passive' : role === 'pdu' ? 'pdu' : 'active');
  gaps.push(...power.gaps);
  const otherBays = moduleBays.filter((b) => !psuBays.includes(b));
  if (otherBays.length > 0) gaps.push(`module bays not modelled (${otherBays.length}: ${otherBays.slice(0, 6).map((b) => b.name).join(', ')}${otherBays.length > 6 ? ', ...' : ''}): ports on modules are not included`);

  let weightKg: number | null = null;
  if (typeof d.weight === 'number') {
    if (!d.weight_unit) gaps.push('weightKg: weight given without weight_unit; left unknown');
    else weightKg = Math.round(d.weight * KG_PER[d.weight_unit]! * 100) / 100;
  } else gaps.push('weightKg: not given');
  if (!d.airflow && role !== 'patch-panel') gaps.push('airflow: not given');
  if (d.is_full_depth === undefined || d.is_full_depth === null) gaps.push('isFullDepth: not given; NetBox default (full depth) used');
  if (ports.length === 0 && role !== 'pdu') gaps.push('ports: the file lists no interfaces or front/rear ports');
  if (unmapped > 0 && unmapped === physical) gaps.push('ports: no interface type could be mapped to a cage');

  const sourceNote = [d.comments, d.description].filter(Boolean).join(' ').match(/https?:\/\/\S+/g) ?? [];
  return {
    deviceType: {
      slug: d.slug,
      manufacturer: d.manufacturer.trim(),
      model: d.model.trim(),
      role,
      uHeight: d.u_height,
      isFullDepth: d.is_full_depth ?? true,
      maxPowerW: power.maxPowerW,
      typicalPowerW: power.typicalPowerW,
      weightKg,
      airflow: d.airflow ?? null,
      source: [`devicetype-library file ${fileName}`, ...sourceNote.map((u) => u.replace(/[)\].,]+$/, ''))].join('; '),
      origin: 'netbox',
      ports,
      partNumber: d.part_number == null ? null : String(d.part_number),
      gaps,
      notes: null,
      coolingKind: null,
      psuCount: power.psuCount,
      psuRatingW: power.psuRatingW,
      psuRedundancy: power.psuRedundancy,
      rackScale: false,
      nvlinkDomainGpus: null,
      parts: [],
    },
    gaps,
  };
}
