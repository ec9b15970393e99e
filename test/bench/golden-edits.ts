// The golden dump's edit script (docs/fabrics.md, model change step 1): on a copy of a project,
// the gestures a user makes on a structured hall, applied through main/app/edit.ts as the app's
// edit.apply / edit.undo / edit.redo handlers do, then every one undone and redone. After each
// step the snapshot JSON, the floor payload and the undo menu's state are hashed. The objects
// edited are found by query (through port_view/cable_view when they exist), never by a fixed id.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Edit } from '../../core/model/edits.js';
import type { Db } from '../../db/open.js';
import { applyProjectEdit, editHistory, redoEdit, undoEdit } from '../../main/app/edit.js';
import { closeProject, openProjectFile, saveProjectCopy } from '../../main/app/project.js';
import { floorPart, hashText, hasView, snapshotJsonPart, type Part } from './golden-parts.js';

interface JumperRow {
  id: number;
  label: string;
  a: number;
  b: number;
  aKind: string;
  mediaId: string | null;
  opticA: string | null;
  opticB: string | null;
}

const viewOr = (db: Db, view: string, table: string) => (hasView(db, view) ? view : table);

/** The first jumpers: cables whose label holds '/' with exactly one end a panel's front port, by id. */
function jumpers(db: Db, P: string, C: string, n: number): JumperRow[] {
  return db
    .prepare(
      `SELECT c.id, c.label, c.a_port_id AS a, c.b_port_id AS b, pa.kind AS aKind, c.media_id AS mediaId, c.optic_a AS opticA, c.optic_b AS opticB
       FROM ${C} c JOIN ${P} pa ON pa.id = c.a_port_id JOIN ${P} pb ON pb.id = c.b_port_id
       WHERE instr(c.label, '/') > 0 AND ((pa.kind = 'front-port') + (pb.kind = 'front-port')) = 1
       ORDER BY c.id LIMIT ?`,
    )
    .all(n) as JumperRow[];
}

const frontOf = (j: JumperRow) => (j.aKind === 'front-port' ? j.a : j.b);

/** The script's edits, each built from the project as it stands before it (ids by query). */
function script(db: Db): { name: string; edit: () => Edit | Edit[] }[] {
  const P = viewOr(db, 'port_view', 'ports');
  const C = viewOr(db, 'cable_view', 'cables');
  const js = jumpers(db, P, C, 200);
  if (js.length < 4) throw new Error(`golden edits: only ${js.length} jumpers; the edit script needs a structured hall`);
  const [j1, j2, j3] = js as [JumperRow, JumperRow, JumperRow];
  const j4 = js[Math.min(100, js.length - 1)]!;
  const port = (id: number) => db.prepare(`SELECT p.name, p.device_id AS deviceId, d.name AS device FROM ${P} p JOIN devices d ON d.id = p.device_id WHERE p.id = ?`).get(id) as { name: string; deviceId: number; device: string };
  const switches = db.prepare("SELECT d.id, d.name, d.u FROM devices d JOIN device_types t ON t.id = d.type_id WHERE t.role = 'switch' ORDER BY d.id").all() as { id: number; name: string; u: number }[];
  if (switches.length < 2) throw new Error('golden edits: the hall needs two switches');
  const move = (d: { id: number; u: number }, by: number): Edit => ({ label: 'Move device', ops: [{ op: 'update', kind: 'device', id: d.id, patch: { u: d.u + by } }] });
  return [
    { name: 'delete-jumper', edit: () => ({ label: 'Delete cable', ops: [{ op: 'delete', kind: 'cable', id: j1.id }] }) },
    {
      // The renderer's create-cable: its label "dev:port—dev:port" on the two freed ports.
      name: 'add-jumper',
      edit: () => {
        const a = port(j1.a);
        const b = port(j1.b);
        const label = `${a.device}:${a.name}—${b.device}:${b.name}`;
        const value = { label, aPortId: j1.a, bPortId: j1.b, mediaId: j1.mediaId, opticA: j1.opticA, opticB: j1.opticB, lengthMm: null, routedMm: null, orderedMm: null, route: null, status: 'planned' };
        return { label: `Cable ${label}`, ops: [{ op: 'create', kind: 'cable', value }] };
      },
    },
    {
      name: 'rename-front-port',
      edit: () => ({ label: 'Rename port', ops: [{ op: 'update', kind: 'port', id: frontOf(j2), patch: { name: `${port(frontOf(j2)).name}-R` } }] }),
    },
    {
      name: 'jumper-media',
      edit: () => {
        const other = db.prepare("SELECT id FROM media WHERE json_extract(assembly, '$.role') = 'jumper' AND id IS NOT ? ORDER BY id LIMIT 1").pluck().get(j3.mediaId) as string | undefined;
        return { label: 'Change media', ops: [{ op: 'update', kind: 'cable', id: j3.id, patch: { mediaId: other ?? null } }] };
      },
    },
    // Racks are packed: the first switch (by id) with room 2 U up, else down, is moved.
    { name: 'move-switch', edit: () => switches.flatMap((d) => [move(d, 2), ...(d.u > 2 ? [move(d, -2)] : [])]) },
    {
      name: 'delete-trunk',
      edit: () => {
        const id = db.prepare(`SELECT c.id FROM ${C} c JOIN ${P} pa ON pa.id = c.a_port_id JOIN ${P} pb ON pb.id = c.b_port_id WHERE pa.kind = 'rear-port' AND pb.kind = 'rear-port' ORDER BY c.id LIMIT 1`).pluck().get() as number;
        return { label: 'Delete cable', ops: [{ op: 'delete', kind: 'cable', id }] };
      },
    },
    { name: 'delete-panel', edit: () => ({ label: 'Delete device', ops: [{ op: 'delete', kind: 'device', id: port(frontOf(j4)).deviceId }] }) },
    { name: 'rename-switch', edit: () => ({ label: 'Rename device', ops: [{ op: 'update', kind: 'device', id: switches[1]!.id, patch: { name: `${switches[1]!.name}-renamed` } }] }) },
  ];
}

/** Applies `edit`; a refused one (a U collision) returns false unless it is the last candidate. */
function tryEdit(db: Db, edit: Edit, last: boolean): boolean {
  try {
    applyProjectEdit(db, edit);
    return true;
  } catch (e) {
    if (last || (e as { code?: string }).code !== 'refused') throw e;
    return false;
  }
}

function stateParts(db: Db, step: string): Part[] {
  const s = snapshotJsonPart(db);
  const f = floorPart(db);
  return [
    { ...s, name: `edit:${step}:snapshot-json` },
    { ...f, name: `edit:${step}:floor` },
    hashText(`edit:${step}:history`, JSON.stringify(editHistory(db))),
  ];
}

/** The edit script on a copy of `file`; the step's name says which edit, undo or redo it follows. */
export function editScriptParts(file: string): Part[] {
  const temp = mkdtempSync(join(tmpdir(), 'trayline-golden-edits-'));
  const copy = join(temp, 'hall.trayline');
  try {
    const src = openProjectFile(file, { readonly: true });
    try {
      saveProjectCopy(src, copy);
    } finally {
      closeProject(src);
    }
    const p = openProjectFile(copy);
    const parts: Part[] = [];
    try {
      const steps = script(p.db);
      steps.forEach((s, i) => {
        const edits = [s.edit()].flat();
        const done = edits.findIndex((e, k) => tryEdit(p.db, e, k === edits.length - 1));
        if (done < 0) throw new Error(`golden edits: ${s.name}: no candidate applies`);
        parts.push(...stateParts(p.db, `${i + 1}-${s.name}`));
      });
      for (let i = steps.length; i > 0; i--) {
        undoEdit(p.db);
        parts.push(...stateParts(p.db, `undo-${i}`));
      }
      for (let i = 1; i <= steps.length; i++) {
        redoEdit(p.db);
        parts.push(...stateParts(p.db, `redo-${i}`));
      }
    } finally {
      closeProject(p);
    }
    return parts;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
