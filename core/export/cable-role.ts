// What a cable is in structured cabling, from the kinds of the ports at its ends
// (docs/structured-cabling.md): a trunk joins two panels' rear ports, a jumper has a panel port
// at one end (or both: a cross-connect), a direct cable joins two active ports.
import type { Port } from '../model/entities.js';

export type CableRole = 'trunk' | 'jumper' | 'direct';

export function roleOfEnds(a: Port['kind'] | undefined, b: Port['kind'] | undefined): CableRole {
  if (a === 'rear-port' && b === 'rear-port') return 'trunk';
  if (a === 'interface' && b === 'interface') return 'direct';
  return 'jumper';
}
