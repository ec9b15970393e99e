// Empty lists that are already of the kind a list of objects ends up as (V8's "elements kind").
// An empty `[]` starts as a list of small integers and changes kind at its first object; code
// optimized on an earlier list of objects (the last check session's) does not expect the new
// empty one and is thrown away and compiled again at its first read. A structure made afresh per
// session (the tray graph, the router) starts its object lists with this instead.

/** An empty list of the kind a list of objects has (it stays a plain array). */
export function objectList<T extends object>(): T[] {
  const list: unknown[] = [null];
  list.length = 0;
  return list as T[];
}
