// What the audit needs of a project: devices, ports, cables and media (not the whole snapshot).
import type { AuditPlan } from '../../core/audit/run.js';
import { readMedia } from '../../db/catalog.js';
import type { Db } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';
import type { ProjectSnapshot } from '../../core/model/entities.js';

export function auditPlanData(db: Db): AuditPlan['snapshot'] & Pick<ProjectSnapshot, 'cables'> {
  const s = new EntityStore(db);
  return db.transaction(() => ({ devices: s.all('device'), ports: s.all('port'), cables: s.all('cable'), media: readMedia(db) }))();
}
