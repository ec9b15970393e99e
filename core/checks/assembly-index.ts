// The cables of each made assembly (the legs of a harness or multi-leg trunk share `assemblyId`),
// so that a check on one leg can read the others and an edit of one leg re-checks them all.
import type { Cable, Id } from '../model/entities.js';
import { addTo, removeFrom } from './session-index.js';

const NONE: readonly Id[] = Object.freeze([]) as readonly Id[];

export class AssemblyIndex {
  private legs = new Map<string, Id[]>();

  add(c: Cable): void {
    addTo(this.legs, c.assemblyId ?? null, c.id);
  }

  remove(c: Cable): void {
    removeFrom(this.legs, c.assemblyId ?? null, c.id);
  }

  of(assemblyId: string): readonly Id[] {
    return this.legs.get(assemblyId) ?? NONE;
  }
}
