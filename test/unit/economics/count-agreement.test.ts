// One count rule: the comparison's preview, the generated fabric's summary and the BOM of the
// written hall give the same transceiver modules and media cost (they disagreed before: the
// preview's lengths left out the routing engine's service loops, and the BOM counted one module
// per cable end where a twin-port module serves two ports).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBom } from '../../../core/export/bom.js';
import { ProjectIndex } from '../../../core/export/project-index.js';
import type { FabricInputsIn } from '../../../core/fabric/inputs.js';
import { planFabric } from '../../../core/fabric/plan.js';
import { openProject } from '../../../db/open.js';
import { seedCatalog } from '../../../db/seed-catalog.js';
import { loadSnapshot } from '../../../db/snapshot.js';
import { fabricCatalog, generateFabric } from '../../../main/app/fabric.js';

const CASES: FabricInputsIn[] = [
  { arch: 'rail-optimized', gpus: 1024 },
  { arch: 'dragonfly', gpus: 512 },
  { arch: 'rail-only', gpus: 512, switch: 'nvidia-sn5600' },
];

for (const inputs of CASES) {
  test(`${inputs.arch} ${inputs.gpus} GPUs${inputs.switch ? ` on ${inputs.switch}` : ''}: preview, generated summary and BOM agree`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trayline-count-'));
    const db = openProject(join(dir, 'p.trayline'), { create: true });
    try {
      seedCatalog(db);
      const preview = planFabric(inputs, fabricCatalog(db)).summary;
      const r = await generateFabric(db, inputs, { route: true });
      const bom = buildBom(new ProjectIndex(loadSnapshot(db)));
      const bomModules = bom.transceivers.reduce((s, l) => s + l.count, 0);
      assert.equal(r.routing!.mediaChosen, 0, 'the media chosen on the estimate holds on the routed lengths');
      assert.equal(r.summary.transceivers, preview.transceivers);
      assert.equal(bomModules, r.summary.transceivers);
      assert.deepEqual(Object.fromEntries(bom.transceivers.map((l) => [l.mediaId, l.count])), r.summary.optics);
      // Optics plus cables in the BOM are the comparison's optics and cables (whole dollars).
      assert.equal(Math.round(bom.totals.costUsd), r.summary.cost.opticsUsd + r.summary.cost.cablesUsd);
      assert.equal(bom.totals.linesWithoutCost, 0);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
