// Linear optics only on ports whose host can drive them. An LPO module has no DSP: the host
// SerDes equalises and retimes both directions (LPO MSA, https://www.lpo-msa.org/home/faqs.html);
// an LRO module keeps its transmit DSP and leaves the receive path linear, so the host still has
// to equalise what it receives. Whether a host port can is a property of the port (its device
// type's port template, flag `lpoCapable`), not of the optic.
import { isAssembly, resolveLink } from '../routing/link.js';
import type { DeviceType, Id, Media, PortTemplate } from '../model/entities.js';
import { NO_VIOLATIONS, type CheckContext, type CheckObject, type Rule, type Violation } from './types.js';

const templatesByType = new WeakMap<DeviceType, Map<string, PortTemplate>>();

/** The port template a project port was made from, or undefined (e.g. a type edited since). */
function templateOf(ctx: CheckContext, portId: Id): PortTemplate | undefined {
  const port = ctx.world.ports.get(portId);
  const device = port && ctx.world.devices.get(port.deviceId);
  const type = device && ctx.world.types.get(device.typeId);
  if (!port || !type) return undefined;
  let byName = templatesByType.get(type);
  if (!byName) templatesByType.set(type, (byName = new Map(type.ports.map((p) => [p.name, p]))));
  return byName.get(port.name);
}

function violation(ctx: CheckContext, label: string, cable: CheckObject, portId: Id, m: Media): Violation {
  const port = ctx.ref.port(portId);
  const lpo = m.linear === 'lpo';
  return {
    rule: 'lpo-host',
    severity: lpo ? 'error' : 'warning',
    objects: [cable, ...(port ? [port] : [])],
    message: lpo
      ? `Cable ${label} at ${port?.name ?? 'its port'}: ${m.id} is a linear pluggable optic (LPO, no DSP) but the port is not declared LPO-capable.`
      : `Cable ${label} at ${port?.name ?? 'its port'}: ${m.id} is linear on receive (LRO) but the port is not declared able to equalise linear optics.`,
    hint: 'Use a retimed (DSP) optic on this port, or a port whose host SerDes supports linear optics (lpoCapable on its device type).',
  };
}

export const lpoHostRule: Rule = {
  id: 'lpo-host',
  owner: 'cable',
  // the media combination and each end's template's lpoCapable, which the port's spec carries
  // (PortSpecs gives the template, or the port's fields with the template's flags)
  classPure: 'cable',
  check(ctx, id) {
    const c = ctx.world.cables.get(id);
    if (!c) return NO_VIOLATIONS;
    const parts = resolveLink(c, ctx.world.media);
    const assembly = isAssembly(parts.cable) ? parts.cable : null;
    const atA = parts.opticA ?? assembly;
    const atB = parts.opticB ?? assembly;
    if (!atA?.linear && !atB?.linear) return NO_VIOLATIONS;
    const out: Violation[] = [];
    for (const [m, portId] of [
      [atA, c.aPortId],
      [atB, c.bPortId],
    ] as const) {
      if (m?.linear && !templateOf(ctx, portId)?.lpoCapable) out.push(violation(ctx, c.label, ctx.ref.cable(c), portId, m));
    }
    return out.length ? out : NO_VIOLATIONS;
  },
};
