import type { exportApi } from '../../core/api/export.js';
import type { Handlers } from './types.js';

export const exportHandlers: Handlers<typeof exportApi> = {};
