// The audit: parse every as-built source, resolve what it names against the plan, pair planned
// and found links (diff.ts), then judge media, length and link rate of the matched ones. The
// plan's side is its end-to-end links (plan.ts plannedLinks): through patch panels a link runs
// from switch port to server port whatever jumpers, panels and trunk it passes, and a difference
// names that channel.
import { ApiError } from '../model/errors.js';
import type { HcaMap } from '../ib/ports.js';
import { rateGbps } from '../ib/rates.js';
import type { DeviceType, Media, ProjectSnapshot } from '../model/entities.js';
import { formatM } from '../model/units.js';
import { A_UNNAMED, B_UNNAMED, REDUNDANT, linkTable, pairLinks, type LinkTable } from './diff.js';
import { nameNumberedEnds } from './ib-ends.js';
import { lengthVerdict, mediaVerdict, type Verdict } from './media.js';
import { normHost } from './names.js';
import { parseSource } from './parsers/index.js';
import { indexPlan, passViews, planEndView, plannedLinks, resolver, type PlanIndex, type PlannedCable, type Resolved } from './plan.js';
import { ibCableScope, waveFilter } from './scope.js';
import type { AuditFormat, AuditItem, AuditResult, AuditSource, EndView, FoundLink, FoundView, PlannedView } from './types.js';

export interface AuditPlan {
  snapshot: Pick<ProjectSnapshot, 'devices' | 'ports' | 'media'> & { cables: PlannedCable[]; deviceTypes?: DeviceType[] };
}

export interface AuditOptions {
  /** Host port -> RDMA device names from a UFM HCA mapping file; null: UFM's default. */
  hcaMap?: HcaMap;
  /** Audit only the planned cables (and the found links at their ports) of this bring-up wave. */
  wave?: number;
}

export function runAudit(snapshot: AuditPlan['snapshot'], sources: AuditSource[], format: AuditFormat | 'auto' = 'auto', opts: AuditOptions = {}): AuditResult {
  let found: FoundLink[] = [];
  const warnings: string[] = [];
  const summary: AuditResult['sources'] = [];
  const unreadable: AuditResult['unreadable'] = [];
  let firstError: ApiError | null = null;
  let hosts: Set<string> | null = new Set();
  let infiniband = false;
  for (const src of sources) {
    let result;
    try {
      result = parseSource(src, format);
    } catch (e) {
      // One file that cannot be read or parsed is listed; the others are still audited.
      if (!(e instanceof ApiError) || e.code !== 'bad-input') throw e;
      firstError ??= e;
      unreadable.push({ name: src.name, reason: e.message.startsWith(src.name) ? e.message.slice(src.name.length).replace(/^:(\d+):\s*/, 'line $1: ').replace(/^:\s*/, '') : e.message });
      continue;
    }
    const { format: f, parsed } = result;
    summary.push({ name: src.name, format: f, links: parsed.links.length });
    for (const l of parsed.links) found.push(l);
    warnings.push(...parsed.warnings);
    if (parsed.infinibandOnly) infiniband = true;
    else if (parsed.surveyed === null) hosts = null;
    else if (hosts) for (const h of parsed.surveyed) hosts.add(normHost(h));
  }
  // Nothing could be read at all: that is bad input, not an audit.
  if (summary.length === 0 && firstError) throw firstError;
  const idx = indexPlan(snapshot);
  warnings.push(...nameNumberedEnds(found, idx, opts.hcaMap ?? null));
  let plan = { ...snapshot, cables: plannedLinks(snapshot) };
  if (opts.wave !== undefined) {
    const w = waveFilter(snapshot, idx, opts.wave);
    plan = { ...snapshot, cables: w.cables };
    found = found.filter(w.keepsLink);
  }
  const cableInScope = infiniband && hosts !== null ? ibCableScope(plan, idx) : null;
  return { ...diffAgainstPlan(plan, found, hosts, { cableInScope, idx }), sources: summary, unreadable, wave: opts.wave ?? null, warnings };
}

/** Pairs found links with the plan's cables; exported for the bench and for callers with links in hand. */
export function diffAgainstPlan(
  snapshot: AuditPlan['snapshot'],
  foundLinks: FoundLink[],
  scope: ReadonlySet<string> | null,
  more: {
    /** Planned cables a source covers whatever their hosts (InfiniBand links under ibnetdiscover), by index. */
    cableInScope?: Uint8Array | null;
    /** The plan's index when the caller has built it already. */
    idx?: PlanIndex;
  } = {},
): Omit<AuditResult, 'sources' | 'warnings' | 'unreadable' | 'wave'> {
  const idx = more.idx ?? indexPlan(snapshot);
  const media = new Map<string, Media>(snapshot.media.map((m) => [m.id, m]));
  const cables = snapshot.cables;
  const plan = linkTable(cables.length);
  cables.forEach((c, i) => {
    plan.aKey[i] = c.aPortId;
    plan.bKey[i] = c.bPortId;
    plan.aHost[i] = idx.portHost[c.aPortId] ?? `#${c.aPortId}`;
    plan.bHost[i] = idx.portHost[c.bPortId] ?? `#${c.bPortId}`;
  });
  plan.length = cables.length;
  const R = resolver(idx);

  // Resolve and de-duplicate: LLDP sees most links from both ends. Views (what items show) are
  // built only for the links that end up in an item.
  // Ends outside the plan get negative numbers, one per distinct normalised name.
  const outside = new Map<string, number>();
  // A bare number the plan does not have as a port name is an ifIndex (Junos sends them as port
  // ids): as good as no name.
  let unnamedEnd = false;
  // A port name taken from a neighbour's description (its id was an ifIndex or MAC) that the plan
  // lacks is as good as no name too.
  let described = false;
  const keyOf = (host: string, port: string, unnamed: boolean | undefined): number => {
    unnamedEnd = !!unnamed;
    if (!unnamed) {
      const p = R.port(host, port);
      if (p) return p.id;
      unnamedEnd = described || /^\s*\d+\s*$/.test(port);
    }
    const name = `${R.host(host)}\t${unnamedEnd ? '?' : R.canon(port)}`;
    let k = outside.get(name);
    if (k === undefined) outside.set(name, (k = -1 - outside.size));
    return k;
  };
  // Duplicates are found by the lower end's key (a small integer for plan ports); the rare other
  // link at the same lower end is looked up by both keys.
  const byLo = new Map<number, number>();
  const byPair = new Map<string, number>();
  const keptLink: FoundLink[] = [];
  const extras = new Map<number, FoundLink[]>();
  const found = linkTable(foundLinks.length);
  let anyUnnamed = false;
  for (const l of foundLinks) {
    described = !!l.a.described;
    const ka = keyOf(l.a.host, l.a.port, l.a.unnamed);
    const aUnnamed = unnamedEnd;
    described = !!l.b.described;
    const kb = keyOf(l.b.host, l.b.port, l.b.unnamed);
    const bUnnamed = unnamedEnd;
    const lo = Math.min(ka, kb);
    const hi = Math.max(ka, kb);
    let prev = byLo.get(lo);
    if (prev !== undefined && Math.max(found.aKey[prev]!, found.bKey[prev]!) !== hi) prev = byPair.get(`${lo} ${hi}`);
    if (prev !== undefined) {
      let list = extras.get(prev);
      if (!list) extras.set(prev, (list = []));
      list.push(l);
      continue;
    }
    const i = found.length++;
    if (byLo.has(lo)) byPair.set(`${lo} ${hi}`, i);
    else byLo.set(lo, i);
    anyUnnamed ||= aUnnamed || bUnnamed;
    keptLink.push(l);
    found.aKey[i] = ka;
    found.bKey[i] = kb;
    found.aHost[i] = R.host(l.a.host);
    found.bHost[i] = R.host(l.b.host);
    found.flags[i] = (aUnnamed ? A_UNNAMED : 0) | (bUnnamed ? B_UNNAMED : 0);
  }
  const viewOf = (i: number): FoundView => {
    const l = keptLink[i]!;
    const extra = extras.get(i);
    const ra = R.full(l.a.host, l.a.port);
    const rb = R.full(l.b.host, l.b.port);
    // a second report of the same link may add what the first lacks (a sheet's type or length)
    const reports = [l, ...(extra ?? [])];
    const pickField = <K extends 'cableType' | 'lengthMm' | 'label'>(k: K) => reports.map((x) => x[k]).find((v) => v !== null) ?? null;
    const rate = reports.find((x) => x.rate)?.rate;
    // the source line named is the one that gives the type or length, when one does: the evidence
    const evidence = reports.find((x) => x.cableType !== null || x.lengthMm !== null) ?? l;
    return {
      a: foundEnd(l.a.host, l.a.port, ra),
      b: foundEnd(l.b.host, l.b.port, rb),
      source: evidence.source,
      line: evidence.line,
      cableType: pickField('cableType') as string | null,
      lengthMm: pickField('lengthMm') as number | null,
      label: pickField('label') as string | null,
      ...(rate ? { rate: rate.label } : {}),
    };
  };
  // A neighbour that named no port adds nothing when the other side's report names it.
  if (anyUnnamed) {
    const named = new Set<string>();
    for (let i = 0; i < found.length; i++) {
      if (found.flags[i] === 0) {
        named.add(`${found.aKey[i]}\n${found.bHost[i]}`);
        named.add(`${found.bKey[i]}\n${found.aHost[i]}`);
      }
    }
    for (let i = 0; i < found.length; i++) {
      const f = found.flags[i]!;
      if ((f & B_UNNAMED && named.has(`${found.aKey[i]}\n${found.bHost[i]}`)) || (f & A_UNNAMED && named.has(`${found.bKey[i]}\n${found.aHost[i]}`))) found.flags[i] = f | REDUNDANT;
    }
  }

  const pairings = pairLinks(plan, found, scope, more.cableInScope ?? null);
  const counts = { matched: 0, missing: 0, unexpected: 0, miswired: 0, swapped: 0, wrongMedia: 0, wrongLength: 0, wrongSpeed: 0, unaudited: 0 };
  const items: AuditItem[] = [];
  const pv = (i: number) => plannedView(idx, cables[i]!);
  // the same few types and media repeat over every link
  const verdicts = new Map<string, Map<string | null, Verdict>>();
  const verdictOf = (type: string, mediaId: string | null): Verdict => {
    let m = verdicts.get(type);
    if (!m) verdicts.set(type, (m = new Map()));
    let v = m.get(mediaId);
    if (v === undefined) m.set(mediaId, (v = mediaVerdict(type, mediaId, media)));
    return v;
  };
  const fv = viewOf;
  // Matched links: connected as planned; media and length judged where the source gives them.
  pairings.matchedFound.forEach((fi, pi) => {
    if (fi < 0) return;
    const c = cables[pi]!;
    const l = keptLink[fi]!;
    const extra = extras.get(fi);
    const type = l.cableType ?? extra?.find((x) => x.cableType !== null)?.cableType ?? null;
    const len = l.lengthMm ?? extra?.find((x) => x.lengthMm !== null)?.lengthMm ?? null;
    const mv = type ? verdictOf(type, c.mediaId) : 'unknown';
    const lv = len !== null ? lengthVerdict(len, c) : 'unknown';
    if (mv === 'wrong') {
      counts.wrongMedia++;
      const lengthToo = lv === 'wrong' ? `; length ${mm(len)} where ${mm(refLength(c))} was planned` : '';
      items.push({ class: 'wrong-media', planned: [pv(pi)], found: [fv(fi)], detail: `${c.label}: planned ${c.mediaId}, found ${type}${lengthToo}` });
    } else if (lv === 'wrong') {
      counts.wrongLength++;
      const routed = c.orderedMm === null && c.lengthMm === null ? ' (routed; the cable is too short)' : '';
      items.push({ class: 'wrong-length', planned: [pv(pi)], found: [fv(fi)], detail: `${c.label}: found ${mm(len)}, planned ${mm(refLength(c))}${routed}` });
    } else if (slowerThanPlanned(idx, c, l, extra)) {
      counts.wrongSpeed++;
      const r = [l, ...(extra ?? [])].find((x) => x.rate)!.rate!;
      items.push({ class: 'wrong-speed', planned: [pv(pi)], found: [fv(fi)], detail: `${c.label}: trained at ${r.label} (${rateGbps(r)} Gb/s), planned ${plannedGbps(idx, c)} Gb/s` });
    } else counts.matched++;
  });
  for (const p of pairings.differences) {
    switch (p.class) {
      case 'miswired': {
        counts.miswired++;
        const plan1 = pv(p.p);
        const f = fv(p.f);
        items.push({ class: 'miswired', planned: [plan1], found: [f], detail: miswireDetail(plan1, f, found, p.f, plan, p.p) + via(plan1) });
        break;
      }
      case 'swapped': {
        counts.miswired++;
        counts.swapped++;
        const [x, y] = [pv(p.p[0]), pv(p.p[1])];
        items.push({
          class: 'swapped',
          planned: [x, y],
          found: [fv(p.f[0]), fv(p.f[1])],
          detail: `${x.label} and ${y.label} swapped: ${end(x.a)} goes to ${end(x.b)} in the plan and ${end(y.b)} on the floor${via(x, y)}`,
        });
        break;
      }
      case 'unexpected': {
        counts.unexpected++;
        const f = fv(p.f);
        items.push({ class: 'unexpected', planned: [], found: [f], detail: `${end(f.a)} - ${end(f.b)} is not in the plan (${f.source}:${f.line})` });
        break;
      }
      case 'missing': {
        counts.missing++;
        const x = pv(p.p);
        items.push({ class: 'missing', planned: [x], found: [], detail: `${x.label}: ${end(x.a)} - ${end(x.b)} not found${via(x)}` });
        break;
      }
      case 'unaudited':
        counts.unaudited++;
        break;
    }
  }
  return { ...counts, items };
}

/** The rate a planned link should train at: the slower of its two ports. */
function plannedGbps(idx: PlanIndex, c: PlannedCable): number {
  return Math.min(idx.portById[c.aPortId]?.speedGbps ?? Infinity, idx.portById[c.bPortId]?.speedGbps ?? Infinity);
}

/** A 4x link at a lower rate, or fewer lanes than planned: the source's active rate is below the plan's. */
function slowerThanPlanned(idx: PlanIndex, c: PlannedCable, l: FoundLink, extra: FoundLink[] | undefined): boolean {
  const r = [l, ...(extra ?? [])].find((x) => x.rate)?.rate;
  const planned = plannedGbps(idx, c);
  return r !== undefined && Number.isFinite(planned) && rateGbps(r) < planned;
}

function plannedView(idx: PlanIndex, c: PlannedCable): PlannedView {
  const v: PlannedView = { cableId: c.channel?.cables[0]?.id ?? c.id, label: c.label, a: planEndView(idx, c.aPortId), b: planEndView(idx, c.bPortId), mediaId: c.mediaId, lengthMm: refLength(c) };
  if (c.channel) v.channel = { cables: c.channel.cables, panels: passViews(idx, c.channel.panels) };
  return v;
}

/** "; channel JA-01, panel-a01 F1 (T1:1), TRK-A01-B01, panel-b01 F1 (T1:1), JB-01": the cables and panel ports the planned link passes. */
function via(...planned: PlannedView[]): string {
  return planned
    .filter((p) => p.channel)
    .map((p) => {
      const parts: string[] = [];
      p.channel!.cables.forEach((c, i) => {
        parts.push(c.label);
        const pass = p.channel!.panels[i];
        if (pass) parts.push(`${pass.device} ${pass.front} (${pass.rear}:${pass.position})`);
      });
      return `; channel ${parts.join(', ')}`;
    })
    .join('');
}

function foundEnd(host: string, port: string, r: Resolved): EndView {
  return { host, port, deviceId: r.device?.id ?? null, portId: r.portRec?.id ?? null };
}

function refLength(c: PlannedCable): number | null {
  return c.orderedMm ?? c.lengthMm ?? c.routedMm;
}

const end = (e: EndView) => `${e.host} ${e.port}`;
const mm = (v: number | null) => (v === null ? '?' : formatM(v));

function miswireDetail(p: PlannedView, f: FoundView, found: LinkTable, fi: number, plan: LinkTable, pi: number): string {
  // Orient both so that the end they share comes first.
  const fa = found.aKey[fi]!;
  const shared = fa === plan.aKey[pi] || fa === plan.bKey[pi] ? 'a' : 'b';
  const fixed = shared === 'a' ? f.a : f.b;
  const foundFar = shared === 'a' ? f.b : f.a;
  const sharedKey = shared === 'a' ? fa : found.bKey[fi]!;
  const plannedFar = plan.aKey[pi] === sharedKey ? p.b : p.a;
  return `${p.label}: ${end(fixed)} should go to ${end(plannedFar)}, goes to ${end(foundFar)}`;
}
