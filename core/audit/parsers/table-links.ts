// Point-to-point sheets (A node / A port / Z node / Z port, like NVIDIA's cable validation sheet
// or Arista AVD's p2p and topology CSVs) and NetBox cable exports, as links.
import { sourceError } from '../errors.js';
import { isIfIndex, isUnnamedPort } from '../names.js';
import { lengthToMm, normHeader, readTable, rowsTable, type Table } from '../table.js';
import type { End, FoundLink, ParsedSource, ReadSource } from '../types.js';
import { terminationKind, unknownTerminationMessage } from '../netbox-terminations.js';

const h = (...names: string[]) => names.map(normHeader);

/** Accepted header names for each field, normalised; the first present wins. */
export const COLUMN_ALIASES = {
  aHost: h('A-Node Name', 'A Node', 'A-Node', 'Node A', 'A Device', 'A Hostname', 'A Host', 'A Switch', 'A Name', 'Source Device', 'Source Node', 'Source Host', 'Local Device', 'Local Host', 'Local Node', 'Node', 'Device', 'Hostname', 'Side A Device', 'Device A', 'Endpoint A Device'),
  aPort: h('A Port', 'A Interface', 'A Intf', 'Port A', 'Interface A', 'A Port Name', 'Source Port', 'Source Interface', 'Local Port', 'Local Interface', 'Node Interface', 'Node Port', 'Interface', 'Port', 'Side A Name', 'Termination A', 'A Terminations', 'Endpoint A Port'),
  bHost: h('Z-Node Name', 'Z Node', 'Z-Node', 'Node Z', 'Z Device', 'Z Hostname', 'Z Host', 'Z Switch', 'Z Name', 'B Node', 'B Device', 'B Hostname', 'Node B', 'Destination Device', 'Destination Node', 'Destination Host', 'Dest Device', 'Remote Device', 'Remote Host', 'Remote Node', 'Peer Node', 'Peer Device', 'Peer', 'Neighbor', 'Neighbour', 'Side B Device', 'Device B', 'Endpoint B Device'),
  bPort: h('Z Port', 'Z Interface', 'Z Intf', 'Port Z', 'Interface Z', 'Z Port Name', 'B Port', 'B Interface', 'Port B', 'Interface B', 'Destination Port', 'Destination Interface', 'Dest Port', 'Remote Port', 'Remote Interface', 'Peer Interface', 'Peer Port', 'Neighbor Port', 'Neighbour Port', 'Side B Name', 'Termination B', 'B Terminations', 'Endpoint B Port'),
  cableType: h('Cable Type', 'Media', 'Media Type', 'Cable Media', 'Optic', 'Transceiver', 'Part Number', 'Cable Part Number'),
  length: h('Length', 'Cable Length', 'Length (m)', 'Length m', 'Length (mm)', 'Length (cm)', 'Length (ft)', 'Cable Length (m)'),
  lengthUnit: h('Length Unit', 'length_unit', 'Unit'),
  label: h('Label', 'Cable Label', 'Cable ID', 'Cable Id', 'Cable Name', 'Cable Number', 'ID Label'),
  status: h('Status', 'Cable Status'),
  aType: h('Side A Type'),
  bType: h('Side B Type'),
};

type Field = keyof typeof COLUMN_ALIASES;

function pick(columns: string[], field: Field): string | null {
  for (const a of COLUMN_ALIASES[field]) if (columns.includes(a)) return a;
  return null;
}

export function hasLinkColumns(cols: string[]): boolean {
  return pick(cols, 'aHost') !== null && pick(cols, 'aPort') !== null && pick(cols, 'bHost') !== null && pick(cols, 'bPort') !== null;
}

/** NetBox's "type" column is the cable type; a p2p sheet's "Type" is often the node's role (AVD). */
function cableTypeColumn(t: Table, netbox: boolean): string | null {
  const c = pick(t.columns, 'cableType');
  if (c) return c;
  return netbox && t.columns.includes('type') ? 'type' : null;
}

export function parseTableLinks(src: ReadSource, netbox: boolean): ParsedSource {
  const t = 'text' in src ? readTable(src.name, src.text, hasLinkColumns) : rowsTable(src.name, src.rows, hasLinkColumns);
  if (!hasLinkColumns(t.columns)) {
    throw sourceError(src.name, 1, `needs columns for both ends (e.g. "A Node, A Port, Z Node, Z Port" or NetBox's side_a_device, side_a_name, side_b_device, side_b_name); found: ${[...t.written.values()].join(', ')}`);
  }
  const col = (f: Field) => pick(t.columns, f);
  const [aHost, aPort, bHost, bPort] = [col('aHost')!, col('aPort')!, col('bHost')!, col('bPort')!];
  const typeCol = cableTypeColumn(t, netbox);
  const lenCol = col('length');
  const unitCol = col('lengthUnit');
  const headerUnit = lenCol ? (/\((mm|cm|m|ft|in)\)|(mm|cm|ft|in)$/.exec(t.written.get(lenCol)!.toLowerCase())?.slice(1).find(Boolean) ?? 'm') : 'm';
  const links: FoundLink[] = [];
  const warnings: string[] = [];
  let skippedPower = 0;
  let skippedPlanned = 0;
  for (const r of t.records) {
    const values = [r.get(aHost), r.get(aPort), r.get(bHost), r.get(bPort)];
    if (values.every((v) => v === '')) continue;
    if (netbox) {
      const ends = (['aType', 'bType'] as const).map((f) => {
        const v = r.get(col(f) ?? '');
        const kind = terminationKind(v);
        if (kind === null) throw sourceError(src.name, r.line, unknownTerminationMessage(v), t.written.get(col(f)!));
        return kind;
      });
      if (ends.some((k) => k !== 'data')) {
        skippedPower++;
        continue;
      }
      if (r.get(col('status') ?? '').toLowerCase() === 'planned') {
        skippedPlanned++;
        continue;
      }
    }
    const names = [t.written.get(aHost), t.written.get(aPort), t.written.get(bHost), t.written.get(bPort)];
    const empty = values.findIndex((v) => v === '');
    if (empty >= 0) throw sourceError(src.name, r.line, 'empty: every link needs both devices and both ports', names[empty]);
    let lengthMm: number | null = null;
    if (lenCol && r.get(lenCol) !== '') {
      const unit = unitCol ? r.get(unitCol) || headerUnit : headerUnit;
      lengthMm = lengthToMm(r.get(lenCol), unit);
      if (lengthMm === null) throw sourceError(src.name, r.line, `"${r.get(lenCol)}" is not a length (a number with an optional unit mm, cm, m, ft or in)`, t.written.get(lenCol));
    }
    links.push({
      a: sheetEnd(values[0]!, values[1]!),
      b: sheetEnd(values[2]!, values[3]!),
      source: src.name,
      line: r.line,
      cableType: typeCol ? r.get(typeCol) || null : null,
      lengthMm,
      label: r.get(col('label') ?? '') || null,
    });
  }
  if (skippedPower) warnings.push(`${src.name}: ${skippedPower} power or console cable(s) (or circuit terminations) skipped (not data links)`);
  if (skippedPlanned) warnings.push(`${src.name}: ${skippedPlanned} cable(s) with status "planned" skipped (not built yet)`);
  return { links, surveyed: null, warnings };
}

/**
 * A sheet names a port, or numbers it as UFM's P2P sheet does: a bare number is the device's
 * n-th InfiniBand port (a host's n-th adapter port, mlx5_(n-1) by default; core/ib/ports.ts).
 */
function sheetEnd(host: string, port: string): End {
  if (isUnnamedPort(port)) return { host, port, unnamed: true };
  return isIfIndex(port) ? { host, port, portNumber: Number(port) } : { host, port };
}
