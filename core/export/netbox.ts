// NetBox bulk-import rows and devicetype-library definitions for a plan. Column names and choice
// values follow NetBox v4.6 (dcim/forms/bulk_import.py, dcim/choices.py) and the
// devicetype-library schema, as summarised in ../shared/reference/netbox-formats.md.
// Only columns we fill are written; every one of them is a NetBox import field.
import type { Cable, DeviceType, Media, PortTemplate } from '../model/entities.js';
import type { ProjectIndex } from './project-index.js';
import { netboxCableType as mediaCableType } from '../catalog/netbox/cable-type.js';
import type { Channels } from '../routing/channel.js';
import { channelsOf } from '../routing/links.js';
import { netboxCables, netboxTermination, sideCells, type NetboxCable } from './netbox-cables.js';
import { CDU_MANUFACTURER, CDU_ROLE, cduDevices } from './netbox-cdus.js';
import { slugify } from './slug.js';
import { rackFloorComment } from '../import/netbox-floor.js';

export { slugify };

type Row = Record<string, string | number>;

export const NETBOX_COLUMNS = {
  manufacturers: ['name', 'slug'],
  deviceRoles: ['name', 'slug', 'color'],
  sites: ['name', 'slug', 'status'],
  locations: ['site', 'name', 'slug', 'status'],
  /** `comments`: the row and place on the floor, which NetBox has no field for (import/netbox-floor.ts). */
  racks: ['site', 'location', 'name', 'facility_id', 'status', 'form_factor', 'width', 'u_height', 'outer_width', 'outer_depth', 'outer_unit', 'comments'],
  devices: ['name', 'role', 'manufacturer', 'device_type', 'status', 'site', 'location', 'rack', 'position', 'face'],
  /** With CDUs (netbox-cdus.ts): what NetBox has no field for goes in their comments. */
  devicesWithComments: ['name', 'role', 'manufacturer', 'device_type', 'status', 'site', 'location', 'rack', 'position', 'face', 'comments'],
  /** Interfaces a device has beyond its type's: breakout sub-ports with their parent (InterfaceImportForm). */
  interfaces: ['device', 'name', 'parent', 'type'],
  rearPorts: ['device', 'name', 'type', 'positions'],
  frontPorts: ['device', 'name', 'type', 'rear_port', 'rear_port_position'],
  // NetBox 4.5+: `profile` (CableImportForm; dcim/choices.py CableProfileChoices)
  cables: [
    'side_a_site', 'side_a_device', 'side_a_type', 'side_a_name',
    'side_b_site', 'side_b_device', 'side_b_type', 'side_b_name',
    'type', 'status', 'profile', 'label', 'color', 'length', 'length_unit',
  ],
  // NetBox up to 4.4: its own example's columns, no profile (an unknown column fails the import)
  cablesLegacy: [
    'side_a_site', 'side_a_device', 'side_a_type', 'side_a_name',
    'side_b_site', 'side_b_device', 'side_b_type', 'side_b_name',
    'type', 'status', 'label', 'color', 'length', 'length_unit',
  ],
} as const;


/** NetBox CableTypeChoices for a cable, from its media (or its optics' fibre when it has none). */
export function netboxCableType(index: ProjectIndex, c: Cable): string {
  const m: Media | undefined = c.mediaId ? index.media.get(c.mediaId) : undefined;
  const assembly = m && m.kind !== 'fiber' && m.kind !== 'transceiver' ? mediaCableType(m) : null;
  return assembly ?? mediaCableType({ kind: 'fiber', fiber: index.fiberOf(c) }) ?? '';
}

/** Trayline's statuses onto NetBox's (connected | planned | decommissioning). */
export function netboxCableStatus(s: Cable['status']): string {
  return s === 'installed' ? 'connected' : s;
}

/** NetBox's rack width choice (10|19|21|23 in) is the mounting rail width; datacenter racks are 19 in. */
const RAIL_WIDTH_IN = 19;

const ROLE_COLORS: Record<string, string> = { server: '2196f3', switch: '4caf50', 'patch-panel': '9e9e9e', pdu: 'ff9800', [CDU_ROLE.name]: CDU_ROLE.color, other: '607d8b' };

export interface NetboxTables {
  manufacturers: Row[];
  deviceRoles: Row[];
  sites: Row[];
  locations: Row[];
  racks: Row[];
  /** Devices in racks, then the CDUs (netbox-cdus.ts). */
  devices: Row[];
  /** Interfaces the plan's devices have that their types do not (a port split by a breakout is its
   * sub-ports, swp1s0 and swp1s1, under the type's swp1): NetBox makes a device's interfaces from its type. */
  interfaces: Row[];
  /** Every patch panel's rear ports and front ports with their map (for panels whose NetBox device type has none). */
  rearPorts: Row[];
  frontPorts: Row[];
  /** NetBox 4.5+: every cable with one termination per side, with its profile. */
  cables: Row[];
  /** NetBox 4.5+: one cable per assembly with several terminations on a side (REST API; CSV import from 4.7). */
  assemblies: NetboxCable[];
  /** The same assemblies as CSV rows for NetBox 4.7+ (names comma-separated). */
  assemblyRows: Row[];
  /** NetBox up to 4.4: every cable without profile, an assembly as its first leg. */
  cablesLegacy: Row[];
  /**
   * Legs 2.. of a harness or multi-leg trunk on the up-to-4.4 path: its cable import takes one
   * termination per side, so the first leg is imported and these are added to it by hand (README).
   */
  extraLegs: { label: string; assembly: string; leg: number; a: string; b: string }[];
}

export function netboxTables(index: ProjectIndex, site: string): NetboxTables {
  const s = index.snap;
  const usedTypes = new Set(s.devices.map((d) => d.typeId));
  const types = s.deviceTypes.filter((t) => usedTypes.has(t.id));
  const cdus = cduDevices(index, site);
  const manufacturers = [...new Set([...types.map((t) => t.manufacturer), ...(cdus.length ? [CDU_MANUFACTURER] : [])])].sort().map((name) => ({ name, slug: slugify(name) }));
  const roles = [...new Set([...types.map((t) => t.role), ...(cdus.length ? [CDU_ROLE.name] : [])])].sort().map((name) => ({ name, slug: slugify(name), color: ROLE_COLORS[name] ?? '607d8b' }));
  const racks: Row[] = s.racks.map((r) => ({
    site,
    location: index.halls.get(r.hallId)?.name ?? '',
    name: r.name,
    facility_id: index.cabinetId(r),
    status: 'planned',
    form_factor: '4-post-cabinet',
    width: RAIL_WIDTH_IN,
    u_height: r.heightU,
    outer_width: r.widthMm,
    outer_depth: r.depthMm,
    outer_unit: 'mm',
    comments: rackFloorComment(r, r.rowId === null ? null : (index.rows.get(r.rowId)?.name ?? null), index.halls.get(r.hallId)?.name ?? ''),
  }));
  const devices: Row[] = s.devices.map((d) => {
    const t = index.types.get(d.typeId);
    const rack = index.racks.get(d.rackId);
    return {
      name: d.name,
      role: t?.role ?? 'other',
      manufacturer: t?.manufacturer ?? '',
      device_type: t?.model ?? '',
      status: 'planned',
      site,
      location: rack ? (index.halls.get(rack.hallId)?.name ?? '') : '',
      rack: rack?.name ?? '',
      position: d.u,
      face: d.face,
    };
  });
  devices.push(...cdus);
  const channels = channelsOf(s);
  const set = netboxCables(index, channels, { type: (c) => netboxCableType(index, c), status: (c) => netboxCableStatus(c.status) });
  const row = (c: NetboxCable): Row => {
    const a = sideCells(c.a);
    const b = sideCells(c.b);
    return {
      side_a_site: site,
      side_a_device: a.device,
      side_a_type: a.type,
      side_a_name: a.name,
      side_b_site: site,
      side_b_device: b.device,
      side_b_type: b.type,
      side_b_name: b.name,
      type: c.type,
      status: c.status,
      profile: c.profile,
      label: c.label,
      color: '',
      length: c.lengthM ?? '',
      length_unit: c.lengthM === null ? '' : 'm',
    };
  };
  const { cablesLegacy, extraLegs } = legacyCables(index, site);
  const hallNames = [...new Set(s.halls.map((h) => h.name))];
  return {
    manufacturers,
    deviceRoles: roles,
    sites: [{ name: site, slug: slugify(site), status: 'planned' }],
    locations: hallNames.map((name) => ({ site, name, slug: slugify(name), status: 'planned' })),
    racks,
    devices,
    interfaces: extraInterfaces(index),
    // the panels' maps are read through the link tracer (a port's own map, else its type's)
    ...(s.ports.some((p) => p.kind !== 'interface') ? panelPorts(index, channels) : { rearPorts: [], frontPorts: [] }),
    cables: set.single.map(row),
    assemblies: set.multi,
    assemblyRows: set.multi.map(row),
    cablesLegacy,
    extraLegs,
  };
}

/** NetBox up to 4.4 (no profiles): one row per cable, an assembly as its first leg and its other legs listed for entry by hand. */
function legacyCables(index: ProjectIndex, site: string): Pick<NetboxTables, 'cablesLegacy' | 'extraLegs'> {
  const s = index.snap;
  const cables: Row[] = [];
  const extraLegs: NetboxTables['extraLegs'] = [];
  const firstLeg = new Map<string, number>();
  for (const c of s.cables) if (c.assemblyId != null) firstLeg.set(c.assemblyId, Math.min(firstLeg.get(c.assemblyId) ?? Infinity, c.leg ?? 1));
  const name = (id: number) => {
    const p = index.place(id);
    return p ? `${p.device.name}:${p.port.name}` : `port ${id}`;
  };
  for (const c of s.cables) {
    if (c.assemblyId != null && (c.leg ?? 1) !== firstLeg.get(c.assemblyId)) {
      extraLegs.push({ label: c.label, assembly: c.assemblyId, leg: c.leg ?? 1, a: name(c.aPortId), b: name(c.bPortId) });
      continue;
    }
    const a = index.place(c.aPortId);
    const b = index.place(c.bPortId);
    const mm = c.orderedMm ?? c.lengthMm ?? c.routedMm;
    cables.push({
      side_a_site: site,
      side_a_device: a?.device.name ?? '',
      side_a_type: netboxTermination(a?.port.kind),
      side_a_name: a?.port.name ?? '',
      side_b_site: site,
      side_b_device: b?.device.name ?? '',
      side_b_type: netboxTermination(b?.port.kind),
      side_b_name: b?.port.name ?? '',
      type: netboxCableType(index, c),
      status: netboxCableStatus(c.status),
      label: c.label.slice(0, 100),
      color: '',
      length: mm === null ? '' : (mm / 1000).toFixed(2),
      length_unit: mm === null ? '' : 'm',
    });
  }
  return { cablesLegacy: cables, extraLegs };
}

/** The interfaces of the plan's devices that their device types lack, each breakout sub-port under
 * the type's port it splits (its name less the lane: swp1s0 under swp1). */
function extraInterfaces(index: ProjectIndex): Row[] {
  const names = new Map<number, Set<string>>();
  const out: Row[] = [];
  for (const p of index.snap.ports) {
    if (p.kind !== 'interface') continue;
    const d = index.devices.get(p.deviceId);
    if (!d) continue;
    let own = names.get(d.typeId);
    if (!own) names.set(d.typeId, (own = new Set(index.types.get(d.typeId)?.ports.map((t) => t.name) ?? [])));
    if (own.has(p.name)) continue;
    const parent = /^(.+)s\d+$/.exec(p.name)?.[1];
    out.push({ device: d.name, name: p.name, parent: parent && own.has(parent) ? parent : '', type: netboxInterfaceType(p) });
  }
  return out;
}

/** Rear ports with their positions and front ports with the rear port and position they map to, per panel device. */
function panelPorts(index: ProjectIndex, channels: Channels): Pick<NetboxTables, 'rearPorts' | 'frontPorts'> {
  const rearPorts: Row[] = [];
  const frontPorts: Row[] = [];
  for (const p of index.snap.ports) {
    const device = index.devices.get(p.deviceId)?.name ?? '';
    if (p.kind === 'rear-port') rearPorts.push({ device, name: p.name, type: netboxPortType(p.formFactor), positions: Math.max(1, channels.positionsOf(p.id)) });
    else if (p.kind === 'front-port') {
      // a front port that maps to no rear port cannot be imported (NetBox requires one)
      const m = channels.frontMap(p.id);
      const rear = m && index.ports.get(m.rear);
      if (rear) frontPorts.push({ device, name: p.name, type: netboxPortType(p.formFactor), rear_port: rear.name, rear_port_position: m.position });
    }
  }
  return { rearPorts, frontPorts };
}

/** devicetype-library interface type for a cage and speed; 'other' where NetBox has no match. */
export function netboxInterfaceType(p: Pick<PortTemplate, 'formFactor' | 'speedGbps'>): string {
  const ff = p.formFactor.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const sp = p.speedGbps;
  if (ff === 'RJ45') return sp >= 10 ? '10gbase-t' : '1000base-t';
  if (sp >= 1600) return ff.startsWith('OSFP') ? '1.6tbase-x-osfp1600' : 'other';
  const speed = sp >= 1000 ? `${sp / 1000}t` : `${sp}g`;
  const cage: Record<string, string> = {
    OSFP: 'osfp', OSFP112: 'osfp', OSFP224: 'osfp', QSFPDD: 'qsfpdd', QSFP112: 'qsfp112', QSFP56: 'qsfp56', QSFP28: 'qsfp28', QSFP: 'qsfpp', SFP28: 'sfp28', SFP: 'sfpp',
  };
  const c = cage[ff];
  return c ? `${speed}base-x-${c}` : 'other';
}

/** Front/rear port type for patch panels from the connector. */
export function netboxPortType(formFactor: string): string {
  const ff = formFactor.toUpperCase();
  if (ff.startsWith('MPO')) return 'mpo';
  if (ff.startsWith('LC')) return 'lc';
  if (ff === 'RJ45') return '8p8c';
  return 'other';
}

/** A devicetype-library definition (schema/devicetype.json) for one of our device types. */
export function deviceTypeDefinition(t: DeviceType): Record<string, unknown> {
  const def: Record<string, unknown> = {
    manufacturer: t.manufacturer,
    model: t.model,
    slug: slugify(`${t.manufacturer}-${t.model}`),
    u_height: Math.round(t.uHeight * 2) / 2,
    is_full_depth: t.isFullDepth,
  };
  if (t.weightKg !== null) Object.assign(def, { weight: t.weightKg, weight_unit: 'kg' });
  // a passive panel (0 W) has no power port
  if (t.maxPowerW === 0) def['is_powered'] = false;
  else if (t.maxPowerW !== null || t.typicalPowerW !== null) {
    def['is_powered'] = true;
    // (a type with only a typical figure, e.g. the Q3450-LD, gives NetBox its allocated draw alone)
    const port: Record<string, unknown> = { name: 'PSU' };
    if (t.maxPowerW !== null) port['maximum_draw'] = t.maxPowerW;
    if (t.typicalPowerW !== null) port['allocated_draw'] = t.typicalPowerW;
    def['power-ports'] = [port];
  }
  def['comments'] = `Exported by Trayline (origin: ${t.origin}). Source: ${t.source}`;
  const interfaces = t.ports.filter((p) => p.kind === 'interface');
  if (interfaces.length) {
    def['interfaces'] = interfaces.map((p) => ({
      name: p.name,
      type: netboxInterfaceType(p),
      ...(/mgmt|bmc|ipmi|oob/i.test(p.name) ? { mgmt_only: true } : {}),
    }));
  }
  const rear = t.ports.filter((p) => p.kind === 'rear-port');
  if (rear.length) def['rear-ports'] = rear.map((p) => ({ name: p.name, type: netboxPortType(p.formFactor), positions: Math.max(1, p.positions ?? 1) }));
  // The type's own map: each front port onto its rear port and position. NetBox up to 4.4 reads it
  // on the front port (rear_port, rear_port_position); 4.5 moved it to a `port-mappings` list
  // (PortTemplateMappingImportForm: front_port, front_port_position, rear_port, rear_port_position;
  // the devicetype-library's schema since its PR 4552). Each version ignores the other's keys, so both are written.
  const rearNames = new Set(rear.map((p) => p.name));
  const front = t.ports.filter((p) => p.kind === 'front-port' && p.rearPort != null && rearNames.has(p.rearPort));
  if (front.length) {
    def['front-ports'] = front.map((p) => ({ name: p.name, type: netboxPortType(p.formFactor), rear_port: p.rearPort!, rear_port_position: p.rearPosition ?? 1 }));
    def['port-mappings'] = front.map((p) => ({ front_port: p.name, front_port_position: 1, rear_port: p.rearPort!, rear_port_position: p.rearPosition ?? 1 }));
  }
  // Front ports without rear ports cannot be expressed in NetBox; they are left out (see README).
  return def;
}

/** Device types the export must define: those in use that did not come from the library. */
export function typesToDefine(index: ProjectIndex): DeviceType[] {
  const used = new Set(index.snap.devices.map((d) => d.typeId));
  return index.snap.deviceTypes.filter((t) => used.has(t.id) && t.origin !== 'netbox');
}
