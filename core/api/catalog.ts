// The catalog: device types and media held in the project file, NetBox devicetype-library
// import, and the user's price list.
import { z } from 'zod';
import type { DeviceType, Media } from '../model/entities.js';
import type { NetboxImportSummary } from '../catalog/netbox/summary.js';
import { method } from './define.js';

export interface CatalogContents {
  deviceTypes: DeviceType[];
  media: Media[];
}

const netboxFileSchema = z.object({
  /** The path the user picked (webkitRelativePath in a folder pick), shown in every message. */
  name: z.string().min(1).max(4096),
  text: z.string().max(5_000_000, 'file larger than 5 MB; a device type file is a few kB'),
});

export const catalogApi = {
  /** Every device type (with port templates) and media entry in the open project. */
  'catalog.list': method<CatalogContents>()(z.object({})),
  /** Imports devicetype-library YAML files; bad files are skipped and listed, the rest written in one transaction. */
  'catalog.importNetbox': method<NetboxImportSummary>()(
    z.object({ files: z.array(netboxFileSchema).min(1, 'pick at least one .yaml file').max(50_000) }),
    { progress: true },
  ),
  /** Fills in or corrects figures of a device type (e.g. power a NetBox file lacks); its source then says "entered by the user". */
  'catalog.setDeviceFigures': method<DeviceType>()(
    z
      .object({
        slug: z.string().min(1),
        maxPowerW: z.number().int().nonnegative().max(10_000_000).nullable().optional(),
        typicalPowerW: z.number().int().nonnegative().max(10_000_000).nullable().optional(),
        weightKg: z.number().nonnegative().max(100_000).nullable().optional(),
        airflow: z.string().trim().max(60).nullable().optional(),
      })
      .strict(),
  ),
  /** Sets a device type's unit price in USD (null clears it); the price becomes the user's, not an estimate. */
  'catalog.setDevicePrice': method<DeviceType>()(
    z.object({ slug: z.string().min(1), unitCostUsd: z.number().nonnegative().max(100_000_000).nullable() }).strict(),
  ),
  /**
   * Sets a media entry's unit price in USD (null clears it); the price becomes the user's, not an
   * estimate. A made assembly (trunk) is priced per assembly: unitCostUsd is its base, perMUsd its
   * price per metre of ordered length (omitted: keeps the one it has; null: a flat price).
   */
  'catalog.setPrice': method<Media>()(
    z.object({
      mediaId: z.string().min(1),
      unitCostUsd: z.number().nonnegative().max(10_000_000).nullable(),
      perMUsd: z.number().nonnegative().max(100_000).nullable().optional(),
    }),
  ),
};
