// Every API method's implementation, checked against the contract in core/api: a method declared
// there and not implemented here is a type error.
import type { Api } from '../../core/api/index.js';
import { auditHandlers } from './audit.js';
import { catalogHandlers } from './catalog.js';
import { editHandlers } from './edit.js';
import { exportHandlers } from './export.js';
import { fabricHandlers } from './fabric.js';
import { filesHandlers } from './files.js';
import { importsHandlers } from './imports.js';
import { projectHandlers } from './project.js';
import { routingHandlers } from './routing.js';
import type { Handlers } from './types.js';

export const handlers: Handlers<Api> = {
  ...projectHandlers,
  ...editHandlers,
  ...catalogHandlers,
  ...routingHandlers,
  ...fabricHandlers,
  ...exportHandlers,
  ...auditHandlers,
  ...filesHandlers,
  ...importsHandlers,
};
