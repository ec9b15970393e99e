// The project's catalog: listing it, importing NetBox devicetype-library YAML, setting prices and
// the figures a source lacks.
import { catalogListing as listing } from '../../core/catalog/list.js';
import { isNetboxYamlName, type NetboxFile } from '../../core/catalog/netbox/convert.js';
import type { DeviceType, Media } from '../../core/model/entities.js';
import { ApiError } from '../../core/model/errors.js';
import { readDeviceTypes, readMedia, setDeviceTypeFigures, setDeviceTypePrice, setMediaPrice, type DeviceFigures } from '../../db/catalog.js';
import { importNetboxFiles, type ImportProgress } from '../../db/catalog-import.js';
import type { ProjectDb } from './project.js';

export type { DeviceFigures } from '../../db/catalog.js';

export function readCatalog(db: ProjectDb): { deviceTypes: DeviceType[]; media: Media[] } {
  return { deviceTypes: readDeviceTypes(db), media: readMedia(db) };
}

/** The catalog as `trayline catalog list` shows it. */
export function catalogListing(db: ProjectDb): ReturnType<typeof listing> {
  return listing(readDeviceTypes(db), readMedia(db));
}

/**
 * Imports devicetype-library YAML files; files of other kinds are left out (a folder pick brings
 * every file in the tree), and none at all is an error.
 */
export function importDeviceTypes(db: ProjectDb, files: NetboxFile[], progress?: ImportProgress): ReturnType<typeof importNetboxFiles> {
  const yamlFiles = files.filter((f) => isNetboxYamlName(f.name));
  if (yamlFiles.length === 0) throw new ApiError('bad-input', `none of the ${files.length} files is a .yaml or .yml file`, 'files');
  return importNetboxFiles(db, yamlFiles, progress);
}

/** Sets figures of device type `slug`; null when the catalog has no such type. */
export function setDeviceFigures(db: ProjectDb, slug: string, figures: DeviceFigures): DeviceType | null {
  return setDeviceTypeFigures(db, slug, figures);
}

/**
 * Sets (or clears) a media's unit price; null when the catalog has no such media. A made assembly
 * (trunk) also takes `perMUsd`, its price per metre (undefined keeps the one it has, null: flat).
 */
export function setPrice(db: ProjectDb, mediaId: string, unitCostUsd: number | null, perMUsd?: number | null): Media | null {
  if (!setMediaPrice(db, mediaId, unitCostUsd, undefined, perMUsd)) return null;
  return readMedia(db).find((m) => m.id === mediaId)!;
}

/** Sets (or clears) a device type's unit price; null when the catalog has no such type. */
export function setDevicePrice(db: ProjectDb, slug: string, unitCostUsd: number | null): DeviceType | null {
  return setDeviceTypePrice(db, slug, unitCostUsd);
}
