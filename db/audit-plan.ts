// What the audit needs of a project: devices, ports, cables and media (not the whole snapshot).
import type { AuditPlan } from '../core/audit/run.js';
import type { ProjectSnapshot } from '../core/model/entities.js';
import { readMedia } from './catalog.js';
import type { Db } from './open.js';
import { EntityStore } from './store.js';

export function readAuditPlan(db: Db): AuditPlan['snapshot'] & Pick<ProjectSnapshot, 'cables'> {
  const s = new EntityStore(db);
  return db.transaction(() => ({ devices: s.all('device'), ports: s.all('port'), cables: s.all('cable'), media: readMedia(db) }))();
}
