// An index from one id to the ids it holds, stored as one id (the usual case: one cable on a port)
// or an array when there are more, so hundreds of thousands of keys cost no array each.
import type { Id } from './entities.js';

export function addOne(index: Map<Id, Id | Id[]>, key: Id, id: Id): void {
  const c = index.get(key);
  if (c === undefined) index.set(key, id);
  else if (typeof c === 'number') {
    if (c !== id) index.set(key, [c, id]);
  } else if (!c.includes(id)) c.push(id);
}

export function removeOne(index: Map<Id, Id | Id[]>, key: Id, id: Id): void {
  const c = index.get(key);
  if (c === undefined) return;
  if (typeof c === 'number') {
    if (c === id) index.delete(key);
    return;
  }
  const rest = c.filter((x) => x !== id);
  if (rest.length === 0) index.delete(key);
  else index.set(key, rest.length === 1 ? rest[0]! : rest);
}
