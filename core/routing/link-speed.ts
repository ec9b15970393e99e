// The speed a link runs at, written once for the media chooser and the checks: the speed both
// ports share natively; when they differ, the slower one, if the faster port breaks out to it (the
// user asked for that breakout by linking the two). A transceiver or cable end must deliver that
// speed to its port: an 800G switch-to-switch link never gets a 400G optic through a 2 x 400G
// breakout it does not need, and an 800G port never gets a 2 x 800G module unless its cage holds
// two such ports.
import type { Media } from '../model/entities.js';
import { linksPerElement, type PortSpec } from './compat.js';

/** The link's speed, Gb/s; 0 when neither port states one (passive panel ports); null when they cannot be linked. */
export function linkSpeedGbps(a: Pick<PortSpec, 'speedGbps' | 'breakouts'>, b: Pick<PortSpec, 'speedGbps' | 'breakouts'>): number | null {
  if (a.speedGbps <= 0 || b.speedGbps <= 0) return Math.max(a.speedGbps, b.speedGbps, 0);
  if (a.speedGbps === b.speedGbps) return a.speedGbps;
  const [hi, lo] = a.speedGbps > b.speedGbps ? [a, b] : [b, a];
  return hi.breakouts.some((x) => x.speedGbps === lo.speedGbps) ? lo.speedGbps : null;
}

/** The speed one port's link gets from a media element: its speed over the links it carries. */
export function perPortSpeedGbps(m: Pick<Media, 'formFactor' | 'speedGbps'>): number {
  return m.speedGbps / linksPerElement(m);
}

/** The optical lanes one port's link gets from a media element. */
export function perPortLanes(m: Pick<Media, 'formFactor' | 'lanes'>): number {
  return m.lanes / linksPerElement(m);
}

/** Whether a media element at a port delivers the link's speed (media or links without a speed: yes). */
export function deliversLinkSpeed(m: Pick<Media, 'formFactor' | 'speedGbps'>, linkGbps: number): boolean {
  return linkGbps <= 0 || m.speedGbps <= 0 || perPortSpeedGbps(m) === linkGbps;
}
