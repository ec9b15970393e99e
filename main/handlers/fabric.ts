import type { fabricApi } from '../../core/api/fabric.js';
import type { Handlers } from './types.js';

export const fabricHandlers: Handlers<typeof fabricApi> = {};
