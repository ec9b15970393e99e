// One rule for counting what is ordered, used by the fabric summary, the comparison and the BOM:
// each cable end takes the share of a module that its port uses (a twin-port 2 x 400G module in a
// switch cage serves two 400G links, so each end takes half, see routing/compat.portShare), and a
// twin-port assembly (a 2 x 400G DAC) serving two links is one assembly for the two; the pieces to
// order of one item are the sum of its shares, rounded up.
import type { Media } from '../model/entities.js';
import { portShare, type PortSpec } from '../routing/compat.js';

type Piece = Pick<Media, 'formFactor' | 'speedGbps'>;

/** The share of one assembly a link takes: half for a twin-port assembly joining two pairs of ports. */
export function assemblyShare(m: Piece, a: Pick<PortSpec, 'speedGbps'>, b: Pick<PortSpec, 'speedGbps'>): number {
  return Math.max(portShare(m, a), portShare(m, b));
}

export class ModuleCount {
  private readonly shares = new Map<string, number>();

  /** One cable end: optic `m` in a port of `port.speedGbps`. */
  addEnd(m: Pick<Media, 'id'> & Piece, port: Pick<PortSpec, 'speedGbps'>): void {
    this.add(m.id, portShare(m, port));
  }

  /** A share of the item `key` (a media id, or a media id and length). */
  add(key: string, share: number): void {
    this.shares.set(key, (this.shares.get(key) ?? 0) + share);
  }

  /** Modules per optic id, ids in order. */
  byId(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const id of [...this.shares.keys()].sort()) out[id] = Math.ceil(this.shares.get(id)! - 1e-9);
    return out;
  }

  total(): number {
    return Object.values(this.byId()).reduce((s, n) => s + n, 0);
  }
}
