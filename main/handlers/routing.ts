import type { routingApi } from '../../core/api/routing.js';
import type { Handlers } from './types.js';

export const routingHandlers: Handlers<typeof routingApi> = {};
