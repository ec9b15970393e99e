import { step } from './hint-steps.js';
import { cpoEndProblem, fiberOpticProblem, mediaPortProblem, opticsPairProblem, portsSpeedProblem, type PortSpec } from '../routing/compat.js';
import { isAssembly, resolveLink, type LinkParts } from '../routing/link.js';
import type { Cable } from '../model/entities.js';
import { NO_VIOLATIONS, type CheckContext, type CheckObject, type Rule, type Violation } from './types.js';

/** A problem found for a combination of port kinds and media, before it is worded for one cable. */
interface Finding {
  severity: Violation['severity'];
  /** Which objects besides the cable: the a-end port, the b-end port, both, or none. */
  ports: 'a' | 'b' | 'ab' | '';
  /** The message after "Cable LABEL"; `@` stands for the port's name. */
  text: string;
  hint: string;
}

/** Findings depend on the port specs' fields alone, and a device type's ports mostly share them (64
 * ports, one template each, alike): each spec stands for the first one seen with the same
 * fields, so the findings are computed once per combination of kinds of port and media, not per
 * pair of template ports (4,096 for two 64-port switches). The stand-in is a copy of those fields,
 * so that no project's objects are kept by this module. */
const alike = new WeakMap<PortSpec, PortSpec>();
const firstByFields = new Map<string, PortSpec>();
function canonical(s: PortSpec): PortSpec {
  let c = alike.get(s);
  if (!c) {
    const key = JSON.stringify([s.formFactor, s.speedGbps, s.lanes, s.breakouts, s.lpoCapable ?? null, s.cpo ?? null, s.singlePort ?? null]);
    c = firstByFields.get(key);
    if (!c) firstByFields.set(key, (c = { formFactor: s.formFactor, speedGbps: s.speedGbps, lanes: s.lanes, breakouts: s.breakouts.map((x) => ({ ...x })), lpoCapable: s.lpoCapable, cpo: s.cpo, singlePort: s.singlePort }));
    alike.set(s, c);
  }
  return c;
}

const cache = new WeakMap<PortSpec, WeakMap<PortSpec, WeakMap<LinkParts, Finding[]>>>();

/** The combination asked for last: a hall's cables come in runs of one kind (GPU to leaf, leaf to
 * spine), so most cables are answered without the three weak-map lookups. One object, updated in
 * place. */
const last: { rawA: PortSpec | null; rawB: PortSpec | null; a: PortSpec | null; b: PortSpec | null; parts: LinkParts | null; found: Finding[] } = {
  rawA: null, rawB: null, a: null, b: null, parts: null, found: [],
};

function findingsFor(specA: PortSpec, specB: PortSpec, parts: LinkParts): Finding[] {
  const l = last;
  // the same spec objects as last time (a port's template is its spec): not even canonical's
  // two weak-map lookups
  if (l.rawA === specA && l.rawB === specB && l.parts === parts) return l.found;
  const a = canonical(specA);
  const b = canonical(specB);
  l.rawA = specA;
  l.rawB = specB;
  if (l.a === a && l.b === b && l.parts === parts) return l.found;
  const found = findingsCached(a, b, parts);
  l.a = a;
  l.b = b;
  l.parts = parts;
  l.found = found;
  return found;
}

function findingsCached(a: PortSpec, b: PortSpec, parts: LinkParts): Finding[] {
  let byB = cache.get(a);
  if (!byB) cache.set(a, (byB = new WeakMap()));
  let byParts = byB.get(b);
  if (!byParts) byB.set(b, (byParts = new WeakMap()));
  let f = byParts.get(parts);
  if (!f) byParts.set(parts, (f = findings(a, b, parts)));
  return f;
}

function findings(a: PortSpec, b: PortSpec, parts: LinkParts): Finding[] {
  const out: Finding[] = [];
  const speed = portsSpeedProblem(a, b);
  if (speed) out.push({ severity: 'error', ports: 'ab', text: `: ${speed}.`, hint: 'Connect ports of the same speed, or a port that breaks out to the other\'s speed.' });
  const ends = [
    [parts.opticA ?? (isAssembly(parts.cable) ? parts.cable : null), a, 'a'],
    [parts.opticB ?? (isAssembly(parts.cable) ? parts.cable : null), b, 'b'],
  ] as const;
  for (const [m, spec, end] of ends) {
    // a transceiver at a co-packaged port is reported below, once
    const p = m && !(spec.cpo && m.kind === 'transceiver') && mediaPortProblem(m, spec);
    if (!p) continue;
    out.push({
      severity: p.what === 'lanes' ? 'warning' : 'error',
      ports: end,
      text: ` at @: ${p.what} mismatch, ${p.text}.`,
      hint: p.what === 'form factor' ? `Choose media with the port's connector, or ${step('reconsider-media')}.` : 'Choose media of the port\'s speed and lane count.',
    });
  }
  // co-packaged optics: the fibre plugs into the port; nothing else may (the co-packaged engine
  // stands in for the transceiver, so no transceiver pair is checked at such a link)
  for (const [port, optic, far, farPort, end] of [[a, parts.opticA, parts.opticB, b, 'a'], [b, parts.opticB, parts.opticA, a, 'b']] as const) {
    const p = cpoEndProblem(port, optic, parts.cable, far, !!farPort.cpo);
    if (p) out.push({ severity: 'error', ports: end, text: ` at @: ${p}.`, hint: `At a co-packaged port: no transceiver, the fibre straight in (MPO, single-mode), a DR4-class optic at the far end (or ${step('reconsider-media')}).` });
  }
  if (parts.opticA && parts.opticB) {
    const p = opticsPairProblem(parts.opticA, parts.opticB, a, b);
    if (p) out.push({ severity: 'error', ports: '', text: `: the two transceivers do not pair: ${p}.`, hint: 'Use matching transceivers at both ends.' });
  }
  if (parts.cable?.kind === 'fiber') {
    for (const o of [parts.opticA, parts.opticB]) {
      const p = o && fiberOpticProblem(parts.cable, o);
      if (p) out.push({ severity: 'error', ports: '', text: `: ${p}.`, hint: 'Choose a fibre of the type and connector the transceivers need.' });
    }
  }
  return out;
}

function word(ctx: CheckContext, c: Cable, f: Finding): Violation {
  const pa = f.ports.includes('a') ? ctx.ref.port(c.aPortId) : null;
  const pb = f.ports.includes('b') ? ctx.ref.port(c.bPortId) : null;
  const objects = [ctx.ref.cable(c), pa, pb].filter((o): o is CheckObject => !!o);
  const portName = (pa ?? pb)?.name ?? 'its port';
  return { rule: 'port-compat', severity: f.severity, objects, message: `Cable ${c.label}${f.text.replace('@', portName)}`, hint: f.hint };
}

export const portCompatRule: Rule = {
  id: 'port-compat',
  owner: 'cable',
  whileRouting: true,
  // its findings are a function of the two port specs and the media combination (findingsFor)
  classPure: 'cable',
  check(ctx, id) {
    const c = ctx.world.cables.get(id);
    if (!c) return NO_VIOLATIONS;
    const a = ctx.portSpec(c.aPortId);
    const b = ctx.portSpec(c.bPortId);
    if (!a || !b) return NO_VIOLATIONS;
    const found = findingsFor(a, b, resolveLink(c, ctx.world.media));
    return found.length === 0 ? NO_VIOLATIONS : found.map((f) => word(ctx, c, f));
  },
};
