// One devicetype-library YAML file -> a Trayline device type, plus the list of figures the file
// does not give (gaps) and the oddities found (duplicate names, empty types). Nothing is
// invented: a missing figure stays null and is named in `gaps`.
import * as yaml from 'js-yaml';
import { z } from 'zod';
import type { DeviceType, PortTemplate } from '../../model/entities.js';
import { describeZodError } from '../../model/errors.js';
import { mapInterfaceType, mapPassivePortType, VIRTUAL_INTERFACE_TYPES } from './interface-types.js';
import {
  netboxDeviceTypeSchema,
  netboxInterfaceSchema,
  netboxModuleBaySchema,
  netboxPassivePortSchema,
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
  const hasOutlets = (d['power-outlets']?.length ?? 0) > 0;

  const dataInterfaces = interfaces.filter((i) => !i.mgmt_only && !VIRTUAL_INTERFACE_TYPES.has(i.type ?? ''));
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

  let unknownTypes = 0;
  for (const i of interfaces) {
    const type = (i.type ?? '').trim();
    if (VIRTUAL_INTERFACE_TYPES.has(type)) continue;
    const m = type ? mapInterfaceType(type) : null;
    if (!m) {
      unknownTypes++;
      gaps.push(`interface "${i.name}": ${type ? `type "${type}" has no known form factor or speed` : 'no type given'}; speed and form factor left unknown`);
    }
    add(i.name, { kind: 'interface', formFactor: m?.formFactor ?? 'unknown', speedGbps: m?.speedGbps ?? 0, lanes: m?.lanes ?? 0, face: interfaceFace, breakouts: [] }, 'interface');
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
      const fanIn = kind === 'rear-port' ? frontPorts.filter((f) => f.rear_port === p.name).reduce((n, f) => n + (mapPassivePortType(f.type ?? '')?.lanes ?? 0), 0) : 0;
      const lanes = fanIn > 0 ? fanIn : m?.lanes ? m.lanes * (kind === 'rear-port' ? (p.positions ?? 1) : 1) : 0;
      if (m && lanes === 0) gaps.push(`${kind} "${p.name}": fibre count of the ${m.formFactor} connector not given by NetBox`);
      add(p.name, { kind, formFactor: m?.formFactor ?? 'unknown', speedGbps: 0, lanes, face, breakouts: [] }, kind);
    }
  }

  if (renamedRear > 0) gaps.push(`${renamedRear} front/rear ports share names with other ports; suffixed "(rear)"/"(front)"`);

  // Power: the sum over the power ports (NetBox's convention); null unless every port gives it.
  const sumOf = (k: 'maximum_draw' | 'allocated_draw') =>
    powerPorts.length > 0 && powerPorts.every((p) => typeof p[k] === 'number') ? Math.round(powerPorts.reduce((s, p) => s + (p[k] ?? 0), 0)) : null;
  const maxPowerW = role === 'patch-panel' && powerPorts.length === 0 ? 0 : sumOf('maximum_draw');
  const typicalPowerW = role === 'patch-panel' && powerPorts.length === 0 ? 0 : sumOf('allocated_draw');
  const psuBays = moduleBays.filter((b) => /psu|power/i.test(b.name));
  if (maxPowerW === null) {
    if (powerPorts.length === 0 && psuBays.length > 0) gaps.push(`maxPowerW: no power figures: PSUs are modelled as module bays (${psuBays.map((b) => b.name).join(', ')})`);
    else if (powerPorts.length === 0) gaps.push('maxPowerW: no power ports in the file');
    else gaps.push('maxPowerW: power ports give no maximum_draw');
  }
  if (typicalPowerW === null && maxPowerW !== null) gaps.push('typicalPowerW: power ports give no allocated_draw');
  if (powerPorts.length > 1 && maxPowerW !== null) gaps.push(`maxPowerW: sum of ${powerPorts.length} power ports' maximum_draw; with redundant PSUs the real peak is lower`);
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
  if (unknownTypes > 0 && unknownTypes === interfaces.length) gaps.push('ports: no interface type could be mapped');

  const sourceNote = [d.comments, d.description].filter(Boolean).join(' ').match(/https?:\/\/\S+/g) ?? [];
  return {
    deviceType: {
      slug: d.slug,
      manufacturer: d.manufacturer.trim(),
      model: d.model.trim(),
      role,
      uHeight: d.u_height,
      isFullDepth: d.is_full_depth ?? true,
      maxPowerW,
      typicalPowerW,
      weightKg,
      airflow: d.airflow ?? null,
      source: [`devicetype-library file ${fileName}`, ...sourceNote.map((u) => u.replace(/[)\].,]+$/, ''))].join('; '),
      origin: 'netbox',
      ports,
      partNumber: d.part_number == null ? null : String(d.part_number),
      gaps,
      notes: null,
    },
    gaps,
  };
}
