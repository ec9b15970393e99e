import type { ProjectSnapshot } from '../core/model/entities.js';
import { readDeviceTypes, readMedia } from './catalog.js';
import { currentVersion, type Db } from './open.js';
import { readSettings } from './settings.js';
import { EntityStore } from './store.js';

/** The whole project as plain data, for the renderer and the engines (routing, checks, export). */
export function loadSnapshot(db: Db): ProjectSnapshot {
  const s = new EntityStore(db);
  return db.transaction(() => ({
    schemaVersion: currentVersion(db),
    halls: s.all('hall'),
    rows: s.all('row'),
    racks: s.all('rack'),
    devices: s.all('device'),
    ports: s.all('port'),
    cables: s.all('cable'),
    trays: s.all('tray'),
    feeds: s.all('feed'),
    deviceTypes: readDeviceTypes(db),
    media: readMedia(db),
    settings: readSettings(db),
  }))();
}
