import type { catalogApi } from '../../core/api/catalog.js';
import type { Handlers } from './types.js';

export const catalogHandlers: Handlers<typeof catalogApi> = {};
