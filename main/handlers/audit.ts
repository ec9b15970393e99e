import type { auditApi } from '../../core/api/audit.js';
import type { Handlers } from './types.js';

export const auditHandlers: Handlers<typeof auditApi> = {};
