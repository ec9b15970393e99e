// lpo-host: linear optics (LPO, LRO) only on ports whose host SerDes can drive them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckSession } from '../../../core/checks/session.js';
import type { PortTemplate } from '../../../core/model/entities.js';
import { World } from '../routing/world.js';

const port = (name: string, lpoCapable?: boolean): PortTemplate => ({
  name, kind: 'interface', formFactor: 'OSFP', speedGbps: 800, lanes: 8, face: 'front', breakouts: [], ...(lpoCapable ? { lpoCapable } : {}),
});

function hall() {
  const w = new World();
  // A switch whose cages 1-2 are declared LPO-capable and 3-4 are not; a server with no LPO host.
  const sw = w.type({ ports: [port('swp1', true), port('swp2', true), port('swp3'), port('swp4')] });
  const srv = w.type({ role: 'server', ports: [port('nic1'), port('nic2')] });
  w.media({ id: 'LPO', kind: 'transceiver', fiber: 'OS2', maxReachM: 500, powerW: 9, connector: 'MPO-16 APC', linear: 'lpo' });
  w.media({ id: 'LRO', kind: 'transceiver', fiber: 'OS2', maxReachM: 500, powerW: 17, connector: 'MPO-16 APC', linear: 'lro' });
  w.media({ id: 'DSP', kind: 'transceiver', fiber: 'OS2', maxReachM: 500, powerW: 17, connector: 'MPO-16 APC' });
  const r = w.rack();
  const a = w.device(r, sw, 1).ports;
  const b = w.device(r, sw, 3).ports;
  const server = w.device(r, srv, 5);
  return { w, a, b, s: server.ports, server: server.device.name };
}

const lpoHost = (w: World) => new CheckSession(w.snap).violations().filter((v) => v.rule === 'lpo-host');

test('LPO between two LPO-capable ports, and DSP optics anywhere: no finding', () => {
  const { w, a, b, s } = hall();
  w.cable(a[0]!, b[0]!, { opticA: 'LPO', opticB: 'LPO' }); // swp1 - swp1, both capable
  w.cable(a[2]!, s[0]!, { opticA: 'DSP', opticB: 'DSP' }); // not capable, but no linear optic
  assert.deepEqual(lpoHost(w), []);
});

test('LPO into a port that is not LPO-capable: one error, naming that end only', () => {
  const { w, a, s, server } = hall();
  const c = w.cable(a[0]!, s[0]!, { opticA: 'LPO', opticB: 'LPO' }); // capable swp1 - server nic1
  const v = lpoHost(w);
  assert.equal(v.length, 1);
  assert.equal(v[0]!.severity, 'error');
  assert.deepEqual(v[0]!.objects.map((o) => o.kind), ['cable', 'port']);
  assert.equal(v[0]!.objects[0]!.id, c.id);
  assert.equal(v[0]!.objects[1]!.id, s[0]!.id);
  assert.equal(v[0]!.message, `Cable ${c.label} at ${server}:nic1: LPO is a linear pluggable optic (LPO, no DSP) but the port is not declared LPO-capable.`);
});

test('both ends linear and neither host capable: two findings; LRO is a warning', () => {
  const { w, a, b, s } = hall();
  w.cable(a[2]!, b[3]!, { opticA: 'LPO', opticB: 'LPO' }); // swp3 - swp4: 2 errors
  w.cable(a[3]!, s[1]!, { opticA: 'LRO', opticB: 'DSP' }); // LRO at swp4 (not capable), DSP at nic2: 1 warning
  const v = lpoHost(w);
  assert.equal(v.filter((x) => x.severity === 'error').length, 2);
  const warn = v.filter((x) => x.severity === 'warning');
  assert.equal(warn.length, 1);
  assert.equal(warn[0]!.objects[1]!.id, a[3]!.id);
  assert.match(warn[0]!.message, /LRO is linear on receive/);
});
