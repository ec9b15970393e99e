// The audit: parse every as-built source, resolve what it names against the plan, pair planned
// and found links (diff.ts), then judge media and length of the matched ones.
import type { Media, ProjectSnapshot } from '../model/entities.js';
import { pairLinks, type DiffLink } from './diff.js';
import { lengthVerdict, mediaVerdict } from './media.js';
import { normHost } from './names.js';
import { parseSource } from './parsers/index.js';
import { indexPlan, planEndKey, planEndView, resolveEnd, type PlanIndex, type PlannedCable } from './plan.js';
import type { AuditFormat, AuditItem, AuditResult, AuditSource, EndView, FoundLink, FoundView, PlannedView } from './types.js';

export interface AuditPlan {
  snapshot: Pick<ProjectSnapshot, 'devices' | 'ports' | 'media'> & { cables: PlannedCable[] };
}

export function runAudit(snapshot: AuditPlan['snapshot'], sources: AuditSource[], format: AuditFormat | 'auto' = 'auto'): AuditResult {
  const found: FoundLink[] = [];
  const warnings: string[] = [];
  const summary: AuditResult['sources'] = [];
  let scope: Set<string> | null = new Set();
  for (const src of sources) {
    const { format: f, parsed } = parseSource(src, format);
    summary.push({ name: src.name, format: f, links: parsed.links.length });
    for (const l of parsed.links) found.push(l);
    warnings.push(...parsed.warnings);
    if (parsed.surveyed === null) scope = null;
    else if (scope) for (const h of parsed.surveyed) scope.add(normHost(h));
  }
  return { ...diffAgainstPlan(snapshot, found, scope), sources: summary, warnings };
}

/** Pairs found links with the plan's cables; exported for the bench and for callers with links in hand. */
export function diffAgainstPlan(
  snapshot: AuditPlan['snapshot'],
  foundLinks: FoundLink[],
  scope: ReadonlySet<string> | null,
): Omit<AuditResult, 'sources' | 'warnings'> {
  const idx = indexPlan(snapshot);
  const media = new Map<string, Media>(snapshot.media.map((m) => [m.id, m]));
  const cables = snapshot.cables;
  const plan: DiffLink[] = cables.map((c) => {
    const a = planEndKey(idx, c.aPortId);
    const b = planEndKey(idx, c.bPortId);
    return { a: { ...a, unnamed: false }, b: { ...b, unnamed: false } };
  });

  // Resolve and de-duplicate: LLDP sees most links from both ends.
  const seen = new Map<string, number>();
  const found: FoundLink[] = [];
  const diffFound: DiffLink[] = [];
  const views: FoundView[] = [];
  for (const l of foundLinks) {
    const ra = resolveEnd(idx, l.a.host, l.a.port);
    const rb = resolveEnd(idx, l.b.host, l.b.port);
    const ka = l.a.unnamed ? `${ra.host}\t?` : `${ra.host}\t${ra.port}`;
    const kb = l.b.unnamed ? `${rb.host}\t?` : `${rb.host}\t${rb.port}`;
    const pair = ka < kb ? `${ka}\n${kb}` : `${kb}\n${ka}`;
    const prev = seen.get(pair);
    if (prev !== undefined) {
      // keep what the second report adds (a sheet's type or length)
      const v = views[prev]!;
      v.cableType ??= l.cableType;
      v.lengthMm ??= l.lengthMm;
      v.label ??= l.label;
      continue;
    }
    seen.set(pair, found.length);
    found.push(l);
    diffFound.push({ a: { key: ka, host: ra.host, unnamed: !!l.a.unnamed }, b: { key: kb, host: rb.host, unnamed: !!l.b.unnamed } });
    views.push({
      a: foundEnd(l.a.host, l.a.port, ra),
      b: foundEnd(l.b.host, l.b.port, rb),
      source: l.source,
      line: l.line,
      cableType: l.cableType,
      lengthMm: l.lengthMm,
      label: l.label,
    });
  }
  // A neighbour that named no port adds nothing when the other side's report names it.
  const named = new Set<string>();
  diffFound.forEach((d) => {
    if (!d.a.unnamed && !d.b.unnamed) {
      named.add(`${d.a.key}\n${d.b.host}`);
      named.add(`${d.b.key}\n${d.a.host}`);
    }
  });
  const keep = diffFound.map((d) => !((d.b.unnamed && named.has(`${d.a.key}\n${d.b.host}`)) || (d.a.unnamed && named.has(`${d.b.key}\n${d.a.host}`))));
  const fIdx = keep.flatMap((k, i) => (k ? [i] : []));

  const pairings = pairLinks(plan, fIdx.map((i) => diffFound[i]!), scope);
  const counts = { matched: 0, missing: 0, unexpected: 0, miswired: 0, swapped: 0, wrongMedia: 0, wrongLength: 0, unaudited: 0 };
  const items: AuditItem[] = [];
  const pv = (i: number) => plannedView(idx, cables[i]!);
  const fv = (i: number) => views[fIdx[i]!]!;
  for (const p of pairings) {
    switch (p.class) {
      case 'matched': {
        const c = cables[p.p]!;
        const f = fv(p.f);
        const mv = f.cableType ? mediaVerdict(f.cableType, c.mediaId, media) : 'unknown';
        const lv = f.lengthMm !== null ? lengthVerdict(f.lengthMm, c) : 'unknown';
        if (mv === 'wrong') {
          counts.wrongMedia++;
          items.push({ class: 'wrong-media', planned: [pv(p.p)], found: [f], detail: `${c.label}: planned ${c.mediaId}, found ${f.cableType}${lv === 'wrong' ? `; length ${mm(f.lengthMm)} where ${mm(refLength(c))} was planned` : ''}` });
        } else if (lv === 'wrong') {
          counts.wrongLength++;
          items.push({ class: 'wrong-length', planned: [pv(p.p)], found: [f], detail: `${c.label}: found ${mm(f.lengthMm)}, planned ${mm(refLength(c))}${c.orderedMm === null && c.lengthMm === null ? ' (routed; the cable is too short)' : ''}` });
        } else counts.matched++;
        break;
      }
      case 'miswired': {
        counts.miswired++;
        const plan1 = pv(p.p);
        const f = fv(p.f);
        items.push({ class: 'miswired', planned: [plan1], found: [f], detail: miswireDetail(plan1, f, diffFound[fIdx[p.f]!]!, plan[p.p]!) });
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
          detail: `${x.label} and ${y.label} swapped: ${end(x.a)} goes to ${end(x.b)} in the plan and ${end(y.b)} on the floor`,
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
        items.push({ class: 'missing', planned: [x], found: [], detail: `${x.label}: ${end(x.a)} - ${end(x.b)} not found` });
        break;
      }
      case 'unaudited':
        counts.unaudited++;
        break;
    }
  }
  return { ...counts, items };
}

function plannedView(idx: PlanIndex, c: PlannedCable): PlannedView {
  return { cableId: c.id, label: c.label, a: planEndView(idx, c.aPortId), b: planEndView(idx, c.bPortId), mediaId: c.mediaId, lengthMm: refLength(c) };
}

function foundEnd(host: string, port: string, r: ReturnType<typeof resolveEnd>): EndView {
  return { host, port, deviceId: r.device?.id ?? null, portId: r.portRec?.id ?? null };
}

function refLength(c: PlannedCable): number | null {
  return c.orderedMm ?? c.lengthMm ?? c.routedMm;
}

const end = (e: EndView) => `${e.host} ${e.port}`;
const mm = (v: number | null) => (v === null ? '?' : `${(v / 1000).toFixed(2)} m`);

function miswireDetail(p: PlannedView, f: FoundView, fd: DiffLink, pd: DiffLink): string {
  // Orient both so that the end they share comes first.
  const shared = fd.a.key === pd.a.key || fd.a.key === pd.b.key ? 'a' : 'b';
  const fixed = shared === 'a' ? f.a : f.b;
  const foundFar = shared === 'a' ? f.b : f.a;
  const sharedKey = shared === 'a' ? fd.a.key : fd.b.key;
  const plannedFar = pd.a.key === sharedKey ? p.b : p.a;
  return `${p.label}: ${end(fixed)} should go to ${end(plannedFar)}, goes to ${end(foundFar)}`;
}
