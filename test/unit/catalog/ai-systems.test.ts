// The AI systems of issue 14, checked against the figures their sources give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILTIN_DEVICE_TYPES, portTemplates, toDeviceType } from '../../../core/catalog/index.js';
import { transceiverAt } from '../../../core/catalog/ports.js';
import { deviceDrawW } from '../../../core/model/power.js';

const builtin = (slug: string) => BUILTIN_DEVICE_TYPES.find((t) => t.slug === slug)!;

test('DGX B300: 8 x 800G ConnectX-8 compute ports, 4 x 400G BlueField-3 ports, a BMC; 10U, air-cooled', () => {
  const t = builtin('nvidia-dgx-b300');
  const ports = portTemplates(t);
  const compute = ports.filter((p) => p.speedGbps === 800);
  assert.equal(compute.length, 8);
  assert.ok(compute.every((p) => p.formFactor === 'OSFP' && p.face === 'front'));
  assert.equal(ports.filter((p) => p.formFactor === 'QSFP112' && p.speedGbps === 400).length, 2 * 2);
  assert.deepEqual(ports.filter((p) => p.mgmtOnly).map((p) => p.name), ['bmc']);
  assert.equal(t.uHeight, 10);
  assert.equal(t.coolingKind, 'air');
  assert.equal(t.maxPowerW, 15000);
});

test('GB200 and GB300 NVL72: rack-scale systems of one 72-GPU NVLink domain, liquid-cooled, one compute port per GPU', () => {
  for (const [slug, nicGbps] of [['nvidia-gb200-nvl72', 400], ['nvidia-gb300-nvl72', 800]] as const) {
    const t = builtin(slug);
    assert.equal(t.rackScale, true, slug);
    assert.equal(t.nvlinkDomainGpus, 72, slug);
    assert.equal(t.coolingKind, 'liquid', slug);
    // 18 compute trays x 4 GPUs, one NIC port each
    assert.equal(portTemplates(t).filter((p) => p.speedGbps === nicGbps).length, 18 * 4, slug);
    assert.ok(t.weightKg! >= 1300 && t.weightKg! <= 1400, `${slug}: about 1.36 t`);
  }
  const gb300 = builtin('nvidia-gb300-nvl72');
  // 8 power shelves x 6 PSUs of 5.5 kW: the PSU capacity (264 kW) is a rating, the draw is up to 142 kW.
  assert.equal(gb300.psuCount, 8 * 6);
  assert.equal(gb300.psuRatingW, 5500);
  assert.equal(gb300.maxPowerW, 142000);
  assert.ok(gb300.psuCount! * gb300.psuRatingW! > gb300.maxPowerW!);
  assert.equal(gb300.parts!.find((p) => /power shelf/.test(p.name))!.count, 8);
});

test('Q3450-LD: 144 x 800G co-packaged-optics ports that take MPO fibre directly, 18 laser modules, 4U, liquid-cooled', () => {
  const t = builtin('nvidia-q3450-ld');
  const ports = portTemplates(t);
  assert.equal(ports.length, 144);
  assert.ok(ports.every((p) => p.cpo === true && p.formFactor === 'MPO-12' && p.speedGbps === 800));
  assert.equal(t.uHeight, 4);
  assert.equal(t.coolingKind, 'liquid');
  // 144 ports x 4 lanes = 576 transmit lanes; NVIDIA: one laser module feeds 32 of them -> 18 modules
  assert.equal(t.parts!.find((p) => /laser/.test(p.name))!.count, (144 * 4) / 32);
  // A built-in type carries its flags through toDeviceType unchanged; no transceiver goes in a CPO port.
  assert.ok(toDeviceType(t).ports.every((p) => p.cpo && !transceiverAt(p)));
  assert.ok(portTemplates(builtin('nvidia-q3400')).every((p) => transceiverAt(p)));
  // Lambda measured 3.95 kW against 7.0 kW for the pluggable switch, "3.05 kW savings per switch":
  // the rack power check draws the Q3450-LD's figure, and the saving is the Q3400's maximum less it.
  assert.equal(deviceDrawW(t), 3950);
  assert.equal(deviceDrawW(builtin('nvidia-q3400'))! - deviceDrawW(t)!, 3050);
  assert.match(t.sources.typicalPowerW!, /3\.95 kW/);
});

test('only management ports are flagged mgmtOnly; plain interface ports carry no flag keys', () => {
  for (const t of BUILTIN_DEVICE_TYPES) {
    for (const p of portTemplates(t)) {
      if (p.mgmtOnly) assert.ok(/mgmt|eth0|management|bmc|fnm/i.test(p.name), `${t.slug} ${p.name}`);
      // panel ports carry their front/rear mapping (structured cabling), not flags
      if (p.kind === 'interface' && !p.mgmtOnly && !p.cpo && !p.lpoCapable && !p.singlePort) assert.deepEqual(Object.keys(p).sort(), ['breakouts', 'face', 'formFactor', 'kind', 'lanes', 'name', 'speedGbps']);
    }
  }
});

test('single-port cages: the ConnectX-8 ports of DGX B300 and GB300 NVL72, not the twin-port switch cages', () => {
  const ports = (slug: string) => portTemplates(BUILTIN_DEVICE_TYPES.find((t) => t.slug === slug)!);
  assert.ok(ports('nvidia-dgx-b300').filter((p) => p.name.startsWith('osfp')).every((p) => p.singlePort));
  assert.ok(ports('nvidia-gb300-nvl72').every((p) => p.singlePort));
  for (const slug of ['nvidia-q3400', 'nvidia-qm9700', 'nvidia-dgx-h100']) assert.ok(ports(slug).every((p) => !p.singlePort), slug);
});
