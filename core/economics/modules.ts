// One rule for counting transceiver modules, used by the fabric summary, the comparison and the
// BOM: each cable end takes the share of a module that its port uses (a twin-port 2 x 400G module
// in a switch cage serves two 400G links, so each end takes half, see routing/compat.portShare);
// the modules to order of one optic id are the sum of its shares, rounded up.
import type { Media } from '../model/entities.js';
import { portShare, type PortSpec } from '../routing/compat.js';

export class ModuleCount {
  private readonly shares = new Map<string, number>();

  /** One cable end: optic `m` in a port of `port.speedGbps`. */
  addEnd(m: Pick<Media, 'id' | 'formFactor' | 'speedGbps'>, port: Pick<PortSpec, 'speedGbps'>): void {
    this.shares.set(m.id, (this.shares.get(m.id) ?? 0) + portShare(m, port));
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
