// The logical fabric: which devices exist and which port of which device is cabled to which.
// Ports here are ordinals: a server's rail number (its r-th compute NIC) or a switch's n-th
// fabric port at the NIC speed. The assignment scheme is deterministic and documented in
// docs/fabrics.md; the tier sizes follow the published designs (see clos-tiers.ts).

export type Role = 'server' | 'leaf' | 'spine' | 'core' | 'router';

export interface TopoDevice {
  name: string;
  role: Role;
  /** Placement group: a scalable unit, a Dragonfly group, a leaf group; -1 for spine/core rows. */
  unit: number;
}

/** Links stored column-wise: a 32k-GPU fabric has about 100,000 of them. */
export class Topology {
  readonly devices: TopoDevice[] = [];
  readonly a: number[] = [];
  readonly pa: number[] = [];
  readonly b: number[] = [];
  readonly pb: number[] = [];
  readonly tier: number[] = [];
  /** Highest port ordinal used per device, for the "port used at most once" guarantee. */
  constructor(readonly tierNames: string[]) {}

  add(name: string, role: Role, unit: number): number {
    this.devices.push({ name, role, unit });
    return this.devices.length - 1;
  }

  link(a: number, pa: number, b: number, pb: number, tier: number): void {
    this.a.push(a);
    this.pa.push(pa);
    this.b.push(b);
    this.pb.push(pb);
    this.tier.push(tier);
  }

  /** Whether link i leaves its scalable unit or pod (or touches a device in none: spine, core),
   * the links `--cabling auto` runs through panels, as published practice does. */
  leavesUnit(i: number): boolean {
    const ua = this.devices[this.a[i]!]!.unit;
    return ua < 0 || ua !== this.devices[this.b[i]!]!.unit;
  }

  get linkCount(): number {
    return this.a.length;
  }

  count(role: Role): number {
    let n = 0;
    for (const d of this.devices) if (d.role === role) n++;
    return n;
  }

  linksByTier(): Record<string, number> {
    // counted by tier index, then named (a keyed update per link cost more than the count)
    const n = new Float64Array(this.tierNames.length);
    for (let i = 0; i < this.tier.length; i++) n[this.tier[i]!]!++;
    const out: Record<string, number> = {};
    this.tierNames.forEach((name, i) => (out[name] = (out[name] ?? 0) + n[i]!));
    return out;
  }
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function digits(n: number): number {
  return Math.max(2, String(n).length);
}
