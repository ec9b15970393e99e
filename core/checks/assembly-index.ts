// The cables of each made assembly (the legs of a harness or multi-leg trunk share `assemblyId`),
// so that a check on one leg can read the others and an edit of one leg re-checks them all.
import type { Cable, Id } from '../model/entities.js';

const NONE: readonly Id[] = Object.freeze([]) as readonly Id[];

export class AssemblyIndex {
  private legs = new Map<string, Id[]>();

  add(c: Cable): void {
    if (c.assemblyId == null) return;
    const l = this.legs.get(c.assemblyId);
    if (!l) this.legs.set(c.assemblyId, [c.id]);
    else if (!l.includes(c.id)) l.push(c.id);
  }

  remove(c: Cable): void {
    if (c.assemblyId == null) return;
    const l = this.legs.get(c.assemblyId);
    const i = l ? l.indexOf(c.id) : -1;
    if (i < 0) return;
    l!.splice(i, 1);
    if (l!.length === 0) this.legs.delete(c.assemblyId);
  }

  of(assemblyId: string): readonly Id[] {
    return this.legs.get(assemblyId) ?? NONE;
  }
}
