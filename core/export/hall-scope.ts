// One hall of a project, for the exports of the hall on screen: the hall, its rows, feeds, CDUs,
// trays and racks, the devices and ports in those racks, and the cables with both ends in it
// (a cable between two halls is in neither hall's export; the whole-project export has it).
import type { Id, ProjectSnapshot } from '../model/entities.js';

export function hallSnapshot(snap: ProjectSnapshot, hallId: Id): ProjectSnapshot {
  const mine = <T extends { hallId: Id }>(list: readonly T[]) => list.filter((x) => x.hallId === hallId);
  const racks = mine(snap.racks);
  const rackIds = new Set(racks.map((r) => r.id));
  const devices = snap.devices.filter((d) => rackIds.has(d.rackId));
  const deviceIds = new Set(devices.map((d) => d.id));
  const ports = snap.ports.filter((p) => deviceIds.has(p.deviceId));
  const portIds = new Set(ports.map((p) => p.id));
  return {
    ...snap,
    halls: snap.halls.filter((h) => h.id === hallId),
    rows: mine(snap.rows),
    racks,
    devices,
    ports,
    cables: snap.cables.filter((c) => portIds.has(c.aPortId) && portIds.has(c.bPortId)),
    trays: mine(snap.trays),
    feeds: mine(snap.feeds),
    cdus: mine(snap.cdus ?? []),
  };
}
