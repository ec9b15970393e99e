// For the incremental tests: a session's violations in a comparable form, and a patch applied to
// the plain snapshot the way a client would, so that a fresh session can be built to compare.
import type { CheckSession } from '../../../core/checks/session.js';
import type { Patch } from '../../../core/model/edits.js';
import type { World } from '../routing/world.js';

export function canon(s: CheckSession): string[] {
  return s.violations().map((v) => JSON.stringify(v)).sort();
}

export function applyToSnapshot(w: World, patch: Patch): void {
  const snap = w.snap as unknown as Record<string, { id: number }[]>;
  const list: Record<string, string> = { hall: 'halls', rack: 'racks', device: 'devices', port: 'ports', cable: 'cables', tray: 'trays', feed: 'feeds', cdu: 'cdus' };
  snap.cdus ??= [];
  for (const [kind, items] of Object.entries(patch.put)) {
    const key = list[kind]!;
    for (const it of items as { id: number }[]) snap[key] = [...snap[key]!.filter((x) => x.id !== it.id), it];
  }
  for (const [kind, ids] of Object.entries(patch.del)) snap[list[kind]!] = snap[list[kind]!]!.filter((x) => !(ids as number[]).includes(x.id));
}
