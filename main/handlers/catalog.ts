import { ApiError } from '../../core/api/define.js';
import type { catalogApi } from '../../core/api/catalog.js';
import { importDeviceTypes, readCatalog, setDeviceFigures, setDevicePrice, setPrice } from '../app/catalog.js';
import type { Handlers } from './types.js';

export const catalogHandlers: Handlers<typeof catalogApi> = {
  'catalog.list': (ctx) => readCatalog(ctx.project().db),
  'catalog.importNetbox': (ctx, { files }) => importDeviceTypes(ctx.project().db, files, (phase, done, total) => ctx.progress(phase, done, total)),
  'catalog.setDeviceFigures': (ctx, { slug, ...figures }) => {
    const updated = setDeviceFigures(ctx.project().db, slug, figures);
    if (!updated) throw new ApiError('not-found', `no device type "${slug}" in the catalog`, 'slug');
    return updated;
  },
  'catalog.setDevicePrice': (ctx, { slug, unitCostUsd }) => {
    const updated = setDevicePrice(ctx.project().db, slug, unitCostUsd);
    if (!updated) throw new ApiError('not-found', `no device type "${slug}" in the catalog`, 'slug');
    return updated;
  },
  'catalog.setPrice': (ctx, { mediaId, unitCostUsd, perMUsd }) => {
    const m = setPrice(ctx.project().db, mediaId, unitCostUsd, perMUsd);
    if (!m) throw new ApiError('not-found', `no media "${mediaId}" in the catalog`, 'mediaId');
    return m;
  },
};
