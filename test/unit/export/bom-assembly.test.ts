// The BOM prices a made assembly per assembly of its ordered length (base + per metre), like media
// choice and compare; never its base times metres. Other made-to-length fibre stays per metre.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_MEDIA, toMedia } from '../../../core/catalog/index.js';
import { buildBom } from '../../../core/export/bom.js';
import { ProjectIndex } from '../../../core/export/project-index.js';
import type { Cable, Media, ProjectSnapshot } from '../../../core/model/entities.js';

const media = (id: string): Media => toMedia(BUILTIN_MEDIA.find((m) => m.id === id)!);

let next = 1;
function cable(mediaId: string, orderedMm: number): Cable {
  const id = next++;
  return { id, label: `C${id}`, aPortId: 1000 + id, bPortId: 2000 + id, mediaId, opticA: null, opticB: null, lengthMm: null, routedMm: orderedMm - 500, orderedMm, route: null, status: 'planned' };
}

function bomOf(cables: Cable[], catalog: Media[]) {
  const snap = { halls: [], rows: [], racks: [], devices: [], ports: [], cables, trays: [], feeds: [], deviceTypes: [], media: catalog } as unknown as ProjectSnapshot;
  return buildBom(new ProjectIndex(snap));
}

test('a trunk line is priced per assembly of its ordered length; a harness per piece; an older per-metre trunk per metre', () => {
  const catalog = ['TRUNK-MPO12-144F-OS2-B', 'HARNESS-MPO16-8xLC-OS2', 'TRUNK-MPO12-24F-OS2'].map(media);
  const bom = bomOf(
    [cable('TRUNK-MPO12-144F-OS2-B', 30_000), cable('TRUNK-MPO12-144F-OS2-B', 30_000), cable('TRUNK-MPO12-144F-OS2-B', 12_000), cable('HARNESS-MPO16-8xLC-OS2', 3000), cable('TRUNK-MPO12-24F-OS2', 10_000)],
    catalog,
  );
  const line = (id: string, m: number) => bom.cables.find((l) => l.mediaId === id && l.lengthM === m)!;
  // 144F OS2: 24 connectors x USD 45 = 1,080 + 144 fibres x 0.05 = 7.20 per metre.
  assert.equal(line('TRUNK-MPO12-144F-OS2-B', 30).unitCostUsd, 1080 + 7.2 * 30);
  assert.equal(line('TRUNK-MPO12-144F-OS2-B', 30).extendedCostUsd, 2 * 1296);
  assert.equal(line('TRUNK-MPO12-144F-OS2-B', 12).extendedCostUsd, 1080 + 86.4);
  assert.equal(line('TRUNK-MPO12-144F-OS2-B', 30).priceBasis, 'estimate');
  assert.equal(line('HARNESS-MPO16-8xLC-OS2', 3).extendedCostUsd, 160);
  // The older 24F trunk has no assembly spec: USD 19.69 per metre x 10 m.
  assert.equal(line('TRUNK-MPO12-24F-OS2', 10).extendedCostUsd, 196.9);
  assert.equal(bom.totals.costUsd, 2592 + 1166.4 + 160 + 196.9);
});

test('a user price for a trunk (flat, no per metre) is the price of one assembly at any length', () => {
  const t = media('TRUNK-MPO12-48F-OM4-B');
  const mine: Media = { ...t, unitCostUsd: 400, costSource: 'user price list', costEstimate: false, assembly: { ...t.assembly!, costBaseUsd: 400, costPerMUsd: null } };
  const bom = bomOf([cable(t.id, 25_000)], [mine]);
  assert.equal(bom.cables[0]!.extendedCostUsd, 400);
  assert.equal(bom.cables[0]!.priceBasis, 'price list');
});
