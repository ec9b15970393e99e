// What the audit needs of a project: devices, ports, cables, media and device types (for the
// InfiniBand scope and the wave filter), not the whole snapshot.
import type { AuditPlan } from '../core/audit/run.js';
import type { ProjectSnapshot } from '../core/model/entities.js';
import { readDeviceTypes, readMedia } from './catalog.js';
import type { Db } from './open.js';
import { readTransaction } from './tx.js';
import { EntityStore } from './store.js';

export function readAuditPlan(db: Db): AuditPlan['snapshot'] & Pick<ProjectSnapshot, 'cables' | 'deviceTypes'> {
  const s = new EntityStore(db);
  return readTransaction(db, () => ({ devices: s.all('device'), ports: s.all('port'), cables: s.all('cable'), media: readMedia(db), deviceTypes: readDeviceTypes(db) }));
}
