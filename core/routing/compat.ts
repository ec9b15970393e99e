// Whether a port and a media (or two ports) fit together: form factor, speed, lanes, breakout.
// Catalog form factors may list alternatives ("QSFP112/OSFP") and details ("OSFP twin-port
// (2x400G)", "OSFP twin-port -> 2x OSFP" for splitters); the cage is the leading token of each.
import type { Breakout, FiberType, Media, Port, PortTemplate } from '../model/entities.js';

/** A port with the breakouts its device type allows, and its template's cage flags. */
export type PortSpec = Pick<Port, 'formFactor' | 'speedGbps' | 'lanes'> & { breakouts: readonly Breakout[] } & Pick<PortTemplate, 'lpoCapable' | 'cpo' | 'singlePort'>;

/** Every field of a spec as one string: two specs with the same key fit the same media (port
 * templates give each cage its own spec object, so keying by object splits equal ports). */
export function specKey(s: PortSpec): string {
  const breakouts = s.breakouts ? s.breakouts.map((b) => `${b.count}x${b.speedGbps}`).join(',') : '-';
  return `${s.formFactor}|${s.speedGbps}|${s.lanes}|${breakouts}|${s.lpoCapable ? 1 : 0}${s.cpo ? 1 : 0}${s.singlePort ? 1 : 0}`;
}

/** A port's spec: its own fields, with the breakouts and cage flags of its template (a cage's kind
 * does not change with the speed it runs at). The one reading of a port for the rules and lists. */
export function portSpecFrom(p: Pick<Port, 'formFactor' | 'speedGbps' | 'lanes'>, tpl: PortTemplate | null | undefined): PortSpec {
  return { formFactor: p.formFactor, speedGbps: p.speedGbps, lanes: p.lanes, breakouts: tpl?.breakouts ?? [], lpoCapable: tpl?.lpoCapable, cpo: tpl?.cpo, singlePort: tpl?.singlePort };
}

const tokenCache = new Map<string, string[]>();
export function formFactorTokens(ff: string): string[] {
  let t = tokenCache.get(ff);
  if (!t) {
    t = ff
      .split(/\/|->/)
      .map((s) => /[A-Za-z0-9-]+/.exec(s.trim().replace(/^\d+x\s*/i, ''))?.[0]?.toUpperCase() ?? '')
      .filter(Boolean);
    tokenCache.set(ff, t);
  }
  return t;
}

export function isSplitter(m: Media): boolean {
  return m.formFactor.includes('->');
}

/**
 * The share of a media one port uses: a twin-port OSFP module or cable (e.g. 2 x 400G in one
 * 800G cage) serves two ports of half its speed, each cable record being one of its two links.
 */
export function portShare(m: Pick<Media, 'formFactor' | 'speedGbps'>, port: Pick<PortSpec, 'speedGbps'>): number {
  return isTwinPort(m.formFactor) && port.speedGbps > 0 && m.speedGbps === 2 * port.speedGbps ? 0.5 : 1;
}

const twinCache = new Map<string, boolean>();
/** A twin-port OSFP module or cable (two ports' links in one cage), not a splitter. */
export function isTwinPort(ff: string): boolean {
  let t = twinCache.get(ff);
  if (t === undefined) twinCache.set(ff, (t = /twin-port/i.test(ff) && !ff.includes('->')));
  return t;
}

/** How many ports' links one media element carries at an end: 2 for twin-port, N for an "-> Nx" splitter. */
export function linksPerElement(m: Pick<Media, 'formFactor'>): number {
  if (m.formFactor.includes('->')) {
    const n = /->\s*(\d+)\s*x/i.exec(m.formFactor);
    return n ? Number(n[1]) : 2;
  }
  return isTwinPort(m.formFactor) ? 2 : 1;
}

/** Why a media does not fit a port, or null when it fits. `lanes` problems are minor. */
export function mediaPortProblem(m: Media, port: PortSpec): { what: 'form factor' | 'speed' | 'lanes'; text: string } | null {
  if (port.formFactor) {
    const p = formFactorTokens(port.formFactor)[0];
    if (p && !formFactorTokens(m.formFactor).includes(p)) {
      return { what: 'form factor', text: `${m.id} is ${m.formFactor}, the port is ${port.formFactor}` };
    }
  }
  if (port.singlePort && isTwinPort(m.formFactor)) {
    return { what: 'form factor', text: `${m.id} is a twin-port module, the port's cage holds one port` };
  }
  if (port.speedGbps > 0 && m.speedGbps > 0 && m.speedGbps !== port.speedGbps) {
    const viaBreakout = port.breakouts.some((b) => b.speedGbps === m.speedGbps) || portShare(m, port) < 1;
    const splitterEnd = isSplitter(m) && m.speedGbps % port.speedGbps === 0;
    if (!viaBreakout && !splitterEnd) return { what: 'speed', text: `${m.id} runs at ${m.speedGbps}G, the port at ${port.speedGbps}G` };
    return null;
  }
  if (port.lanes > 0 && m.lanes > 0 && m.lanes !== port.lanes && !isSplitter(m) && portShare(m, port) === 1) {
    return { what: 'lanes', text: `${m.id} uses ${m.lanes} lanes, the port has ${port.lanes}` };
  }
  return null;
}

/** Whether two ports can be linked at all: same speed, or one breaks out to the other's speed. */
export function portsSpeedProblem(a: PortSpec, b: PortSpec): string | null {
  if (a.speedGbps <= 0 || b.speedGbps <= 0 || a.speedGbps === b.speedGbps) return null;
  const [hi, lo] = a.speedGbps > b.speedGbps ? [a, b] : [b, a];
  if (hi.breakouts.some((x) => x.speedGbps === lo.speedGbps)) return null;
  return `ports run at ${a.speedGbps}G and ${b.speedGbps}G and neither breaks out to the other`;
}

const MM_GRADE: Record<string, number> = { OM3: 3, OM4: 4, OM5: 5 };
function fiberClass(f: FiberType | null): 'SM' | 'MM' | null {
  return f == null ? null : f === 'OS2' ? 'SM' : 'MM';
}

export function connectorFamily(c: string): string {
  if (/MPO|MTP/i.test(c)) return 'MPO';
  if (/\bLC\b/i.test(c)) return 'LC';
  if (/integrated|twinax/i.test(c)) return '';
  return c.trim().toUpperCase();
}

/** Why two transceivers cannot talk over fibre, or null. */
export function opticsPairProblem(ta: Media, tb: Media, a: PortSpec, b: PortSpec): string | null {
  const ca = fiberClass(ta.fiber);
  const cb = fiberClass(tb.fiber);
  if (ca && cb && ca !== cb) return `${ta.id} is ${ca === 'SM' ? 'single-mode' : 'multimode'}, ${tb.id} is ${cb === 'SM' ? 'single-mode' : 'multimode'}`;
  if (ta.speedGbps * portShare(ta, a) !== tb.speedGbps * portShare(tb, b)) {
    const [hi, lo, hp] = ta.speedGbps > tb.speedGbps ? [ta, tb, a] : [tb, ta, b];
    if (!(hi.lanes > lo.lanes && hp.breakouts.some((x) => x.speedGbps === lo.speedGbps))) {
      return `${ta.id} (${ta.speedGbps}G) and ${tb.id} (${tb.speedGbps}G) do not pair`;
    }
  }
  return null;
}

/** Why a fibre cannot carry a transceiver's signal, or null. */
export function fiberOpticProblem(fiber: Media, optic: Media): string | null {
  const need = fiberClass(optic.fiber);
  const have = fiberClass(fiber.fiber);
  if (need && have && need !== have) return `${optic.id} needs ${need === 'SM' ? 'single-mode (OS2)' : 'multimode'} fibre, ${fiber.id} is ${fiber.fiber}`;
  if (need === 'MM' && have === 'MM' && MM_GRADE[fiber.fiber!]! < MM_GRADE[optic.fiber!]!) {
    return `${optic.id} is specified on ${optic.fiber}, ${fiber.id} is only ${fiber.fiber}`;
  }
  const cf = connectorFamily(fiber.connector);
  const co = connectorFamily(optic.connector);
  if (cf && co && cf !== co) return `${optic.id} takes ${co}, ${fiber.id} is terminated ${cf}`;
  return null;
}

/**
 * Why a link does not suit a co-packaged-optics port at one end, or null. The port takes the fibre
 * directly (its connector is its form factor): no transceiver there; the fibre must have the
 * port's connector; the transceiver at the far end must have the port's optical lanes and
 * connector (an 800G CPO port is 4 x 200G lanes on MPO: a DR4-class optic, not a DR8); with
 * co-packaged optics at both ends the fibre is single-mode, the fibre of the DR optics the
 * co-packaged engines replace (docs/routing-and-checks.md).
 */
export function cpoEndProblem(port: PortSpec, optic: Media | null, fibre: Media | null, farOptic: Media | null, farIsCpo: boolean): string | null {
  if (!port.cpo) return null;
  if (optic) return `${optic.id} is a transceiver, but the port is co-packaged optics and takes the fibre directly`;
  const want = connectorFamily(port.formFactor);
  if (fibre?.kind === 'fiber' && want && connectorFamily(fibre.connector) && connectorFamily(fibre.connector) !== want) {
    return `${fibre.id} is terminated ${connectorFamily(fibre.connector)}, the co-packaged port takes ${want}`;
  }
  if (farOptic) {
    const lanes = farOptic.lanes / linksPerElement(farOptic);
    const far = connectorFamily(farOptic.connector);
    if ((port.lanes > 0 && lanes !== port.lanes) || (want && far && far !== want)) {
      return `${farOptic.id} (${lanes} lanes, ${far || farOptic.connector}) does not match the co-packaged port (${port.lanes} lanes, ${want})`;
    }
  } else if (farIsCpo && fibre?.kind === 'fiber' && fibre.fiber && fibre.fiber !== 'OS2') {
    return `${fibre.id} is ${fibre.fiber}; co-packaged optics at both ends take single-mode (OS2) fibre`;
  }
  return null;
}
