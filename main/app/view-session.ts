// The check session the inspector's views read (one cable's route, the channels through a cable or
// at a port): the kept one when it is current, else one over the piece of the project around the
// cable or port (db/local-hall.ts), grown panel by panel along the links through it until they
// close. Building the whole project's session for one view took ~3 s at 32k GPUs, on every first
// click of a project whose checks are not running.
import { CheckSession } from '../../core/checks/session.js';
import { linksAt } from '../../core/checks/channel-view.js';
import { ApiError } from '../../core/model/errors.js';
import type { Id } from '../../core/model/entities.js';
import { LocalHall } from '../../db/local-hall.js';
import { keptCurrentSession } from './checks.js';
import type { ProjectDb } from './project.js';

/** More panels in a row than any channel the tracer follows (core/routing/channel.ts MAX_HOPS). */
const MAX_ROUNDS = 26;

export function viewSession(db: ProjectDb, ref: { cableId?: Id; portId?: Id }): CheckSession {
  return keptCurrentSession(db) ?? localSession(db, ref);
}

/** A session over the cable or port, the panels its links pass and their cables' far ends. */
export function localSession(db: ProjectDb, ref: { cableId?: Id; portId?: Id }): CheckSession {
  const hall = new LocalHall(db);
  const start: Id[] = [];
  if (ref.cableId != null) {
    if (!hall.addCable(ref.cableId)) throw new ApiError('not-found', `cable ${ref.cableId} does not exist`, 'cableId');
    const c = hall.cable(ref.cableId)!;
    start.push(c.aPortId, c.bPortId);
  }
  if (ref.portId != null) {
    if (!hall.addPort(ref.portId)) throw new ApiError('not-found', `port ${ref.portId} does not exist`, 'portId');
    hall.addCablesOn(ref.portId);
    start.push(ref.portId);
  }
  let frontier = start;
  let s: CheckSession | null = null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let grew = false;
    for (const p of frontier) {
      const d = hall.panelToRead(p);
      if (d === null) continue;
      hall.completeDevice(d);
      grew = true;
    }
    if (s && !grew) return s;
    s = new CheckSession(hall.snapshot());
    // every port the links through the cable or port touch: a panel among them is read next
    frontier = [];
    for (const l of linksAt(s, ref)) {
      frontier.push(l.a, ...(l.b === null ? [] : [l.b]));
      for (const c of l.cables) {
        const cable = s.world.cables.get(c);
        if (cable) frontier.push(cable.aPortId, cable.bPortId);
      }
    }
  }
  return s!;
}
