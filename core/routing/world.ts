// Lookup maps over a snapshot, shared by the router, the media chooser and the checks.
import type { Cdu, Hall, Id, Port, PortTemplate, ProjectSnapshot } from '../model/entities.js';
import { IdMap } from '../model/id-map.js';
import { portSpecFrom, type PortSpec } from './compat.js';
import type { RoutingWorld } from './router.js';

// Array-backed maps (core/model/id-map.ts): a snapshot lists each kind by id.
const byId = <T extends { id: Id }>(list: readonly T[]): Map<Id, T> => IdMap.of(list);

export interface World extends RoutingWorld {
  cables: Map<Id, ProjectSnapshot['cables'][number]>;
  feeds: Map<Id, ProjectSnapshot['feeds'][number]>;
  cdus: Map<Id, Cdu>;
  halls: Map<Id, Hall>;
}

export function buildWorld(s: ProjectSnapshot): World {
  return new WorldMaps(s);
}

/**
 * A class, not an object literal: a literal's second making (the check session's world after the
 * route phase's) starts from a boilerplate with empty fields, which widened every field's known
 * type and threw away the router's optimized code at the start of the first check session.
 * (`declare`: no field is set to undefined before the constructor sets it.)
 */
class WorldMaps implements World {
  declare racks: World['racks'];
  declare devices: World['devices'];
  declare ports: World['ports'];
  declare types: World['types'];
  declare media: World['media'];
  declare trays: World['trays'];
  declare cables: World['cables'];
  declare feeds: World['feeds'];
  declare cdus: World['cdus'];
  declare halls: World['halls'];
  declare settings: World['settings'];
  constructor(s: ProjectSnapshot) {
    this.racks = byId(s.racks);
    this.devices = byId(s.devices);
    this.ports = byId(s.ports);
    this.types = byId(s.deviceTypes);
    this.media = new Map(s.media.map((m) => [m.id, m]));
    this.trays = byId(s.trays);
    this.cables = byId(s.cables);
    this.feeds = byId(s.feeds);
    this.cdus = byId(s.cdus ?? []);
    this.halls = byId(s.halls);
    this.settings = s.settings;
  }
}

/**
 * A port with the breakouts its device type's template allows. Ports are made from their
 * template, so the template itself serves as the spec when the fields still agree (no allocation).
 */
export class PortSpecs {
  private templates = new Map<Id, Map<string, PortTemplate>>();
  /** Each device's templates by port name (null: no type), found once per device, not per port. */
  private byDevice = new Map<Id, Map<string, PortTemplate> | null>();
  constructor(private readonly world: RoutingWorld) {}

  /** After one device changed (its type may have) or was added or deleted. */
  forget(deviceId: Id): void {
    this.byDevice.delete(deviceId);
  }

  of(portId: Id): PortSpec | undefined {
    const p = this.world.ports.get(portId);
    if (!p) return undefined;
    let byName = this.byDevice.get(p.deviceId);
    if (byName === undefined) this.byDevice.set(p.deviceId, (byName = this.templatesOf(p.deviceId)));
    const tpl = byName?.get(p.name);
    if (tpl && tpl.formFactor === p.formFactor && tpl.speedGbps === p.speedGbps && tpl.lanes === p.lanes) return tpl;
    return this.derived(tpl ?? null, p);
  }

  /** Specs that differ from their template (a switch's 800G cages run at 400G), one object per
   * template and set of fields: a new object per port made every cache keyed by spec miss (the
   * port-compat rule spent half a second at 131k GPUs making keys for them). */
  private variants = new Map<PortTemplate | null, PortSpec[]>();
  private derived(tpl: PortTemplate | null, p: Port): PortSpec {
    let list = this.variants.get(tpl);
    if (!list) this.variants.set(tpl, (list = []));
    for (const v of list) if (v.formFactor === p.formFactor && v.speedGbps === p.speedGbps && v.lanes === p.lanes) return v;
    const v = portSpecFrom(p, tpl);
    list.push(v);
    return v;
  }

  private templatesOf(deviceId: Id): Map<string, PortTemplate> | null {
    const d = this.world.devices.get(deviceId);
    const t = d && this.world.types.get(d.typeId);
    if (!t) return null;
    let byName = this.templates.get(t.id);
    if (!byName) this.templates.set(t.id, (byName = new Map(t.ports.map((x) => [x.name, x]))));
    return byName;
  }
}
