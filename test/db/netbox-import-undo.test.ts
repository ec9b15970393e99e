// A NetBox import is one undo step either way it is recorded: into new halls as the id ranges it
// added (compact, like a layout import), into a hall the project has (which may grow) row by row.
// Undo takes every row away, redo brings the same rows back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openProject } from '../../db/open.js';
import { EntityStore } from '../../db/store.js';
import { createProject } from '../../main/app/create-project.js';
import { redoEdit, undoEdit } from '../../main/app/edit.js';
import { importNetboxHall } from '../../main/app/imports.js';
import { FIXTURES } from '../unit/audit/fabric.js';

const nb = (f: string) => ({ name: f, text: readFileSync(join(FIXTURES, 'netbox-import', f), 'utf8') });
const types = ['acme-gpu8.yaml', 'acme-sw64.yaml'].map((f) => nb(`device-types/${f}`));
const KINDS = ['hall', 'row', 'cdu', 'rack', 'device', 'port', 'cable'] as const;

function rows(file: string): string {
  const db = openProject(file, { readonly: true });
  const out = rowsOf(db);
  db.close();
  return out;
}
const count = (file: string, kind: (typeof KINDS)[number]) => {
  const db = openProject(file, { readonly: true });
  const n = new EntityStore(db).all(kind).length;
  db.close();
  return n;
};

test('into new halls, then into a hall the project has: each import undone and redone exactly', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-nb-undo-')), 'p.trayline');
  createProject(file);
  const empty = rows(file);
  importNetboxHall(file, { racks: nb('racks.csv'), devices: nb('devices.csv'), cables: nb('cables.csv'), deviceTypes: types });
  const first = rows(file);
  assert.ok(count(file, 'cable') > 0 && count(file, 'cdu') === 1);
  // more racks into Hall 1 (it grows): the row-by-row step
  const racks2 = { name: 'racks2.csv', text: readFileSync(join(FIXTURES, 'netbox-import', 'racks.csv'), 'utf8').replace(/,(A0|A1|B0)(\d),/g, ',X$1$2,').replace(/,H2-01,/, ',H2-02,') };
  importNetboxHall(file, { racks: racks2 });
  const second = rows(file);
  assert.equal(count(file, 'rack'), 12);

  const db = openProject(file);
  try {
    for (const [want, what] of [[first, 'the second import undone'], [empty, 'the first undone']] as const) {
      undoEdit(db, { confirm: true });
      assert.equal(rowsOf(db), want, what);
    }
    for (const [want, what] of [[first, 'the first redone'], [second, 'the second redone']] as const) {
      redoEdit(db, { confirm: true });
      assert.equal(rowsOf(db), want, what);
    }
  } finally {
    db.close();
  }
});

function rowsOf(db: ReturnType<typeof openProject>): string {
  const store = new EntityStore(db);
  return JSON.stringify(KINDS.map((k) => store.all(k)));
}
