import { ApiError } from '../../core/api/define.js';
import type { catalogApi } from '../../core/api/catalog.js';
import { isNetboxYamlName } from '../../core/catalog/netbox/convert.js';
import { readDeviceTypes, readMedia, setDeviceTypeFigures, setDeviceTypePrice, setMediaPrice } from '../../db/catalog.js';
import { importNetboxFiles } from '../../db/catalog-import.js';
import type { Handlers } from './types.js';

export const catalogHandlers: Handlers<typeof catalogApi> = {
  'catalog.list': (ctx) => {
    const { db } = ctx.project();
    return { deviceTypes: readDeviceTypes(db), media: readMedia(db) };
  },
  'catalog.importNetbox': (ctx, { files }) => {
    const { db } = ctx.project();
    // A folder pick brings every file in the tree: only YAML files are device types.
    const yamlFiles = files.filter((f) => isNetboxYamlName(f.name));
    if (yamlFiles.length === 0) throw new ApiError('bad-input', `none of the ${files.length} files is a .yaml or .yml file`, 'files');
    return importNetboxFiles(db, yamlFiles, (phase, done, total) => ctx.progress(phase, done, total));
  },
  'catalog.setDeviceFigures': (ctx, { slug, ...figures }) => {
    const updated = setDeviceTypeFigures(ctx.project().db, slug, figures);
    if (!updated) throw new ApiError('not-found', `no device type "${slug}" in the catalog`, 'slug');
    return updated;
  },
  'catalog.setDevicePrice': (ctx, { slug, unitCostUsd }) => {
    const updated = setDeviceTypePrice(ctx.project().db, slug, unitCostUsd);
    if (!updated) throw new ApiError('not-found', `no device type "${slug}" in the catalog`, 'slug');
    return updated;
  },
  'catalog.setPrice': (ctx, { mediaId, unitCostUsd, perMUsd }) => {
    const { db } = ctx.project();
    const m = readMedia(db).find((x) => x.id === mediaId);
    if (!m) throw new ApiError('not-found', `no media "${mediaId}" in the catalog`, 'mediaId');
    if (perMUsd != null && !m.assembly) throw new ApiError('bad-input', `${mediaId}: a price per metre is only for a made assembly (a trunk)`, 'perMUsd');
    setMediaPrice(db, mediaId, unitCostUsd, undefined, perMUsd);
    return readMedia(db).find((x) => x.id === mediaId)!;
  },
};
