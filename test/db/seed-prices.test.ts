// Re-seeding the built-in catalog (on import-netbox) keeps a user's price, and for a made
// assembly its base and price per metre too: the assembly spec is what the tools price it by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readMedia, setMediaPrice } from '../../db/catalog.js';
import { openProject } from '../../db/open.js';
import { seedCatalog } from '../../db/seed-catalog.js';
import { cli, tempDir } from '../cli/run-cli.js';

test("a user's trunk price survives re-seeding; untouched trunks keep the built-in base and per metre", () => {
  const file = join(tempDir(), 'p.trayline');
  assert.equal(cli('new', file).code, 0);
  const db = openProject(file);
  try {
    assert.equal(setMediaPrice(db, 'TRUNK-MPO12-96F-OM4-B', 700, undefined, 3), true);
    assert.throws(() => setMediaPrice(db, '400GBASE-DR4', 500, undefined, 2), /400GBASE-DR4: a price per metre is only for a made assembly/);
    seedCatalog(db);
    const m = new Map(readMedia(db).map((x) => [x.id, x]));
    const mine = m.get('TRUNK-MPO12-96F-OM4-B')!;
    assert.deepEqual([mine.unitCostUsd, mine.assembly!.costBaseUsd, mine.assembly!.costPerMUsd, mine.costEstimate], [700, 700, 3, false]);
    // 96F OM4 built in: 16 connectors x 45 = 720, 96 x 0.10 = 9.60 per metre.
    const other = m.get('TRUNK-MPO12-96F-OS2-B')!;
    assert.deepEqual([other.unitCostUsd, other.assembly!.costBaseUsd, other.assembly!.costPerMUsd, other.costEstimate], [720, 720, 4.8, true]);
    assert.equal(m.get('400GBASE-DR4')!.costEstimate, true, 'the refused price was not written');
  } finally {
    db.close();
  }
});
