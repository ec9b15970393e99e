// CDUs for NetBox. NetBox has no cooling model, so each CDU goes in as a device of role `cdu`
// on a device type of its own (manufacturer Generic, 0 U: an in-row unit stands on the floor
// beside the racks, not in one). What NetBox cannot hold in a field (the racks it serves, its
// place on the floor) is written in the device's comments, so nothing of the plan is lost.
import type { Cdu } from '../model/entities.js';
import { DEFAULT_CDU, cduFloor } from '../fabric/cdus.js';
import { standsSentence } from '../import/netbox-floor.js';
import type { ProjectIndex } from './project-index.js';
import { slugify } from './slug.js';

type Row = Record<string, string | number>;

export const CDU_ROLE = { name: 'cdu', color: '00bcd4' } as const;
/** The devicetype-library's own folder for parts of no one maker. */
export const CDU_MANUFACTURER = 'Generic';

const kw = (w: number) => Math.round(w / 1000);

/** One device type per kind of unit: placement, capacity and (in-row) footprint. */
export function cduModel(c: Cdu): string {
  if (c.placement === 'in-rack') return `In-rack CDU ${kw(c.capacityW)} kW`;
  const p = cduFloor(c);
  return `In-row CDU ${kw(c.capacityW)} kW (${p.widthMm} x ${p.depthMm} mm)`;
}

const isDefaultUnit = (c: Cdu) => {
  const p = cduFloor(c);
  return c.placement === 'in-row' && c.capacityW === DEFAULT_CDU.capacityKw * 1000 && p.widthMm === DEFAULT_CDU.widthMm && p.depthMm === DEFAULT_CDU.depthMm;
};

/** devicetype-library definitions for the CDUs' types, by model. */
export function cduTypeDefinitions(cdus: readonly Cdu[]): Record<string, unknown>[] {
  const byModel = new Map<string, Cdu>();
  for (const c of cdus) if (!byModel.has(cduModel(c))) byModel.set(cduModel(c), c);
  return [...byModel].map(([model, c]) => ({
    manufacturer: CDU_MANUFACTURER,
    model,
    slug: slugify(`${CDU_MANUFACTURER}-${model}`),
    u_height: 0,
    is_full_depth: false,
    comments:
      `Coolant distribution unit: ${kw(c.capacityW).toLocaleString('en-US')} kW of heat from the racks' liquid loops. Exported by Trayline; NetBox has no cooling model.` +
      (isDefaultUnit(c) ? ` The generator's default unit. Source: ${DEFAULT_CDU.source}` : ''),
  }));
}

/** devices.csv rows for the CDUs: no U; an in-rack unit serving one rack is in that rack. */
export function cduDevices(index: ProjectIndex, site: string): Row[] {
  const served = new Map<number, string[]>();
  for (const r of index.snap.racks) {
    if (r.cduId == null) continue;
    const list = served.get(r.cduId);
    if (list) list.push(r.name);
    else served.set(r.cduId, [r.name]);
  }
  return (index.snap.cdus ?? []).map((c) => {
    const racks = served.get(c.id) ?? [];
    const hall = index.halls.get(c.hallId)?.name ?? '';
    const p = cduFloor(c);
    const where =
      p.xMm !== null && p.yMm !== null
        ? ` ${standsSentence({ xMm: p.xMm, yMm: p.yMm, rotationDeg: p.rotationDeg }, hall)}, ${p.widthMm} x ${p.depthMm} mm.`
        : c.placement === 'in-row' ? ' No place on the floor yet.' : '';
    return {
      name: c.name,
      role: CDU_ROLE.name,
      manufacturer: CDU_MANUFACTURER,
      device_type: cduModel(c),
      status: 'planned',
      site,
      location: hall,
      rack: c.placement === 'in-rack' && racks.length === 1 ? racks[0]! : '',
      position: '',
      face: '',
      comments: `${c.placement} CDU, ${kw(c.capacityW).toLocaleString('en-US')} kW. ${racks.length ? `Serves ${racks.length === 1 ? 'rack' : `${racks.length} racks`}: ${racks.join(', ')}.` : 'Serves no rack (a standby unit).'}${where}`,
    };
  });
}
