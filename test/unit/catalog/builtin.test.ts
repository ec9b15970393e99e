import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_DEVICE_TYPES, BUILTIN_MEDIA, portTemplates, toDeviceType } from '../../../core/catalog/index.js';
import { mediaKindSchema } from '../../../core/model/schemas.js';

const AGREED_SLUGS = [
  'nvidia-dgx-h100', 'nvidia-dgx-h200', 'nvidia-dgx-b200', 'nvidia-gb200-nvl72', 'nvidia-qm9700', 'nvidia-q3400',
  'nvidia-sn5600', 'nvidia-sn5610', 'arista-7060x6-64pe', 'generic-mpo-patch-panel-1u', 'generic-lc-patch-panel-1u',
  'generic-pdu-3ph-415v-60a', 'nvidia-dgx-b300', 'nvidia-gb300-nvl72', 'nvidia-q3450-ld',
];

test('every agreed slug is built in, once', () => {
  const slugs = BUILTIN_DEVICE_TYPES.map((t) => t.slug);
  for (const s of AGREED_SLUGS) assert.ok(slugs.includes(s), `${s} missing`);
  assert.equal(new Set(slugs).size, slugs.length, 'duplicate slug');
});

test('every built-in device figure that has a value names its source; every null figure is explained', () => {
  for (const t of BUILTIN_DEVICE_TYPES) {
    assert.ok(toDeviceType(t).source.trim().length > 0, `${t.slug}: empty source`);
    assert.ok(t.sources.ports?.trim(), `${t.slug}: ports without source`);
    for (const k of ['maxPowerW', 'typicalPowerW', 'weightKg'] as const) {
      if (t[k] !== null) assert.ok(t.sources[k]?.trim(), `${t.slug}.${k} = ${t[k]} has no source`);
      else assert.ok(t.gaps.some((g) => g.includes(k)), `${t.slug}.${k} is null and no gap says why`);
    }
    if (t.coolingKind) assert.ok(t.sources.coolingKind?.trim(), `${t.slug}.coolingKind has no source`);
    if (t.psuCount != null || t.psuRatingW != null || t.psuRedundancy != null) assert.ok(t.sources.psu?.trim(), `${t.slug}: PSU figures without a source`);
    if (t.rackScale || t.nvlinkDomainGpus != null) assert.ok(t.sources.rackScale?.trim(), `${t.slug}: rack-scale figures without a source`);
    if (t.parts?.length) assert.ok(t.sources.parts?.trim(), `${t.slug}: parts without a source`);
    // Active equipment says how it is cooled and powered, or says why it cannot.
    if (t.role === 'server' || t.role === 'switch') {
      if (!t.coolingKind) assert.ok(t.gaps.some((g) => g.includes('coolingKind')), `${t.slug}.coolingKind is null and no gap says why`);
      if (t.psuCount == null) assert.ok(t.gaps.some((g) => g.includes('psuCount')), `${t.slug}.psuCount is null and no gap says why`);
    }
  }
});

test('port names are unique per device type and follow the vendors\' numbering', () => {
  for (const t of BUILTIN_DEVICE_TYPES) {
    const names = portTemplates(t).map((p) => p.name);
    assert.equal(new Set(names).size, names.length, `${t.slug}: duplicate port name`);
  }
  const qm = portTemplates(BUILTIN_DEVICE_TYPES.find((t) => t.slug === 'nvidia-qm9700')!);
  const ndr = qm.filter((p) => p.speedGbps === 400);
  // 32 twin-port OSFP cages x 2 NDR ports each
  assert.equal(ndr.length, 32 * 2);
  assert.deepEqual([ndr[0]!.name, ndr[1]!.name, ndr.at(-1)!.name], ['1/1', '1/2', '32/2']);
  assert.ok(ndr.every((p) => p.formFactor === 'OSFP'));

  const dgx = portTemplates(BUILTIN_DEVICE_TYPES.find((t) => t.slug === 'nvidia-dgx-h100')!);
  const compute = dgx.filter((p) => p.name.startsWith('osfp'));
  // 4 OSFP cages x 2 ConnectX-7 ports = one 400G port per GPU
  assert.equal(compute.length, 4 * 2);
  assert.ok(compute.every((p) => p.speedGbps === 400 && p.face === 'rear'));

  const sn = portTemplates(BUILTIN_DEVICE_TYPES.find((t) => t.slug === 'nvidia-sn5600')!);
  const p800 = sn.filter((p) => p.speedGbps === 800);
  assert.equal(p800.length, 64);
  assert.ok(p800[0]!.breakouts.some((b) => b.count * b.speedGbps === 800 && b.count === 2), 'an 800G cage breaks out as 2 x 400G');

  const q3400 = portTemplates(BUILTIN_DEVICE_TYPES.find((t) => t.slug === 'nvidia-q3400')!);
  // 72 twin-port cages x 2 XDR 800G fabric ports; the 800G FNM port is a management port
  assert.equal(q3400.filter((p) => p.speedGbps === 800 && !p.mgmtOnly).length, 72 * 2);
  assert.deepEqual(q3400.filter((p) => p.mgmtOnly).map((p) => p.name), ['fnm1', 'eth0']);
});

test('every built-in media entry has a source, a valid kind, a positive reach and unique id', () => {
  const ids = new Set<string>();
  for (const m of BUILTIN_MEDIA) {
    assert.ok(m.source.trim().length > 0, `${m.id}: empty source`);
    assert.ok(mediaKindSchema.safeParse(m.kind).success, `${m.id}: kind ${m.kind}`);
    assert.ok(m.maxReachM > 0, `${m.id}: reach ${m.maxReachM}`);
    assert.ok(!ids.has(m.id), `${m.id}: duplicate id`);
    ids.add(m.id);
    if (m.unitCostUsd !== null) assert.ok(m.costSource?.trim(), `${m.id}: price ${m.unitCostUsd} without its origin`);
    // Stock lengths never exceed what the media reaches.
    for (const l of m.lengthsM) assert.ok(l <= m.maxReachM, `${m.id}: stock length ${l} m beyond reach ${m.maxReachM} m`);
  }
});

test('the media library covers each kind, each fibre type, and 100G to 1.6T', () => {
  const kinds = new Set(BUILTIN_MEDIA.map((m) => m.kind));
  for (const k of ['dac', 'acc', 'aec', 'aoc', 'transceiver', 'fiber']) assert.ok(kinds.has(k as never), `no ${k}`);
  const fibres = new Set(BUILTIN_MEDIA.map((m) => m.fiber));
  for (const f of ['OM3', 'OM4', 'OM5', 'OS2']) assert.ok(fibres.has(f as never), `no ${f}`);
  const speeds = new Set(BUILTIN_MEDIA.map((m) => m.speedGbps));
  for (const s of [100, 200, 400, 800, 1600]) assert.ok(speeds.has(s), `no ${s}G media`);
});

test('where reach depends on the fibre there is one entry per fibre type, with the longer reach on the better fibre', () => {
  const sr4 = BUILTIN_MEDIA.filter((m) => m.id.startsWith('100GBASE-SR4'));
  const om3 = sr4.find((m) => m.fiber === 'OM3')!;
  const om4 = sr4.find((m) => m.fiber === 'OM4')!;
  assert.ok(om3 && om4, 'SR4 on OM3 and OM4');
  assert.ok(om4.maxReachM > om3.maxReachM);
});
