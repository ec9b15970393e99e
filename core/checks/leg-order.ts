// The legs of a made assembly (one cable row per leg sharing `assemblyId`, `leg` 1..n) must land
// where their lanes or connectors belong (docs/structured-cabling.md, "Leg order").
//
// Harness (breakout): leg k carries the k-th lane group of the wide end, lanes (k-1)l+1..kl with
// l = lanes / legs. Sources: NetBox's breakout-1cNp-Nc1p cable profile maps position k of the
// wide connector to connector (leg) k (netbox dcim/cable_profiles.py, v4.6.8); NVIDIA's splitters
// give each leg a fixed channel group: MCP7Y00 1:2 splits, 4 channels of 100G-PAM4 per leg,
// MCP7Y50 1:4 splits, 2 channels per leg (docs.nvidia.com/networking/display/MCP7Y00NXXX800pub,
// "Use Cases", 2023); a twin-port 800G OSFP has two engines of 4 channels, one per MPO-12
// (docs.nvidia.com/networking/display/400g100gpam4ovpub/transceivers-and-fiber-details-100g-pam4);
// an 800G port in 2 x 400G breakout is two groups of four of its eight lanes
// (aicplight.com, "800G to 400G breakout", 2025). The plan says which lanes serve a link when the
// port is a breakout sub-port: swp1 split n ways is swp1s0..swp1s(n-1) (Cumulus/SONiC naming, what
// the generator writes, core/fabric/hardware.ts), sub-port j on lanes jl+1..(j+1)l. So leg k
// plugged into sub-port j != k-1 is a miswire: its lanes reach the device the plan serves with
// other lanes.
//
// Multi-leg trunk (every leg between two panels' rear ports): leg k is connector k at both ends
// (NetBox trunk-KcNp: connector k of side A to connector k of side B). Trayline reads a panel's
// rear ports in the order of its device type (T1, T2, ...) as its connectors: on each panel the
// trunk lands on, its legs must take the rear ports it uses there in leg order, so that leg k
// joins the k-th at one end to the k-th at the other.
import type { Cable, Id, Port } from '../model/entities.js';
import { resolveLink } from '../routing/link.js';
import { NO_VIOLATIONS, type CheckContext, type CheckObject, type Rule } from './types.js';

interface SubPort {
  parent: string;
  /** 0-based, as in swp1s0. */
  index: number;
  /** Lanes of one sub-port (one lane group). */
  lanes: number;
}

/** A breakout sub-port: named `<parent>s<j>` on a device whose type has an interface port `<parent>`. */
export function subPortOf(ctx: CheckContext, p: Port): SubPort | null {
  const m = /^(.+)s(\d+)$/.exec(p.name);
  if (!m || p.kind !== 'interface') return null;
  const d = ctx.world.devices.get(p.deviceId);
  const t = d && ctx.world.types.get(d.typeId);
  const parent = t?.ports.find((x) => x.name === m[1] && x.kind === 'interface');
  if (!parent) return null;
  return { parent: m[1]!, index: Number(m[2]), lanes: Math.max(1, p.lanes) };
}

export function laneRange(from: number, to: number): string {
  return from === to ? `lane ${from}` : `lanes ${from}-${to}`;
}

/** A port's place among its panel's rear ports: its device type's port order, else its id. */
function panelOrder(ctx: CheckContext, p: Port): [number, number] {
  const d = ctx.world.devices.get(p.deviceId);
  const t = d && ctx.world.types.get(d.typeId);
  const i = t ? t.ports.findIndex((x) => x.name === p.name) : -1;
  return [i < 0 ? Number.MAX_SAFE_INTEGER : i, p.id];
}

const byOrder = (a: [number, number], b: [number, number]) => a[0] - b[0] || a[1] - b[1];

export const legOrderRule: Rule = {
  id: 'leg-order',
  owner: 'cable',
  // a held jumper is no assembly's leg
  recordsClean: true,
  check(ctx, id) {
    const c = ctx.world.cables.get(id);
    if (!c || c.assemblyId == null || c.leg == null) return NO_VIOLATIONS;
    const legs: Cable[] = [];
    for (const l of ctx.legsOf(c.assemblyId)) {
      const x = ctx.world.cables.get(l);
      if (x && x.leg != null) legs.push(x);
    }
    if (legs.length < 2) return NO_VIOLATIONS;
    const ports = ctx.world.ports;
    const kindOf = (x: Cable) => [ports.get(x.aPortId)?.kind, ports.get(x.bPortId)?.kind];
    const trunk = legs.every((x) => kindOf(x).every((k) => k === 'rear-port'));
    const problem = trunk ? trunkLeg(ctx, c, legs) : harnessLeg(ctx, c, legs);
    if (!problem) return NO_VIOLATIONS;
    const objects: CheckObject[] = [ctx.ref.cable(c)];
    for (const p of [c.aPortId, c.bPortId]) {
      const r = ctx.ref.port(p);
      if (r) objects.push(r);
    }
    return [{ rule: 'leg-order', severity: 'error', objects, message: problem.message, hint: problem.hint }];
  },
};

type Problem = { message: string; hint: string };

function duplicate(c: Cable, legs: readonly Cable[], what: string): Problem | null {
  const same = legs.filter((x) => x.leg === c.leg);
  if (same.length < 2) return null;
  return {
    message: `${what} ${c.assemblyId} has ${same.length} legs numbered ${c.leg} (${same.map((x) => x.label).join(', ')}).`,
    hint: 'Number the legs of one assembly 1..n, each once, as the legs are labelled.',
  };
}

function harnessLeg(ctx: CheckContext, c: Cable, legs: readonly Cable[]): Problem | null {
  const dup = duplicate(c, legs, 'Harness');
  if (dup) return dup;
  const k = c.leg!;
  const name = (p: Id) => ctx.ref.port(p)?.name ?? `port ${p}`;
  const media = resolveLink(c, ctx.world.media).cable?.assembly;
  // the wide end plugged in whole: every leg shares the one port
  const shared = [c.aPortId, c.bPortId].find((p) => legs.every((x) => x.aPortId === p || x.bPortId === p));
  if (shared !== undefined) {
    const n = media?.role === 'harness' ? media.legs : Math.max(...legs.map((x) => x.leg!));
    if (k >= 1 && k <= n) return null;
    return {
      message: `Harness ${c.assemblyId} leg ${k} (cable ${c.label}) on ${name(shared)}: the harness has legs 1-${n}.`,
      hint: 'Number the legs of one assembly 1..n, as the legs are labelled.',
    };
  }
  // the wide end on the sub-ports of one split port: the end of this leg on a sub-port of a
  // parent that another leg of the assembly also lands on (same device)
  const groupOf = (p: Port | undefined) => {
    const s = p && subPortOf(ctx, p);
    return s ? { port: p, sub: s, key: `${p.deviceId}/${s.parent}` } : null;
  };
  const keysOf = (x: Cable) => [groupOf(ports(ctx, x.aPortId)), groupOf(ports(ctx, x.bPortId))].filter((g) => g !== null).map((g) => g.key);
  const others = legs.filter((x) => x !== c).flatMap(keysOf);
  const wide = [groupOf(ports(ctx, c.aPortId)), groupOf(ports(ctx, c.bPortId))].find((g) => g !== null && others.includes(g.key));
  if (!wide) return null;
  const { sub, port } = wide;
  const l = sub.lanes;
  if (sub.index === k - 1) return null;
  const found = laneRange(sub.index * l + 1, (sub.index + 1) * l);
  const expected = laneRange((k - 1) * l + 1, k * l);
  const dev = ctx.ref.device(port.deviceId)?.name ?? '?';
  return {
    message:
      `Harness ${c.assemblyId} leg ${k} (cable ${c.label}) is plugged into ${dev}:${port.name}, which the plan serves with ${found} of ${sub.parent}; ` +
      `leg ${k} carries ${expected}, so it belongs on ${dev}:${sub.parent}s${k - 1}.`,
    hint: `Plug leg k of a breakout harness into sub-port s(k-1) of the split port (leg 1 on ${sub.parent}s0), or swap the links so each sub-port gets the leg carrying its lanes.`,
  };
}

function ports(ctx: CheckContext, id: Id): Port | undefined {
  return ctx.world.ports.get(id);
}

function trunkLeg(ctx: CheckContext, c: Cable, legs: readonly Cable[]): Problem | null {
  const dup = duplicate(c, legs, 'Trunk');
  if (dup) return dup;
  const wrong: string[] = [];
  for (const end of [c.aPortId, c.bPortId]) {
    const here = ports(ctx, end);
    if (!here) continue;
    // the legs landing on this panel and the rear ports they take there
    const onPanel: { leg: number; port: Port }[] = [];
    for (const x of legs) {
      for (const p of [x.aPortId, x.bPortId]) {
        const q = ports(ctx, p);
        if (q && q.deviceId === here.deviceId) onPanel.push({ leg: x.leg!, port: q });
      }
    }
    if (onPanel.length < 2) continue;
    const taken = onPanel.map((x) => x.port).sort((a, b) => byOrder(panelOrder(ctx, a), panelOrder(ctx, b)));
    const rank = onPanel.map((x) => x.leg).sort((a, b) => a - b).indexOf(c.leg!);
    const expected = taken[rank]!;
    if (expected.id === here.id) continue;
    const dev = ctx.ref.device(here.deviceId)?.name ?? '?';
    wrong.push(`on ${dev} it lands on ${here.name} where it belongs on ${expected.name} (the trunk takes ${taken.map((p) => p.name).join(', ')} there, legs ${onPanel.map((x) => x.leg).sort((a, b) => a - b).join(', ')} in order)`);
  }
  if (!wrong.length) return null;
  return {
    message: `Trunk ${c.assemblyId} leg ${c.leg} (cable ${c.label}): ${wrong.join('; ')}.`,
    hint: "Land a multi-leg trunk's legs in order on each panel (leg 1 on the first rear port it takes, leg 2 on the next), so leg k joins the same place at both ends.",
  };
}
