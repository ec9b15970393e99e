// NetBox's cable termination types (CableImportForm side_x_type, NetBox 4.6
// dcim/forms/bulk_import.py; /work/shared reference netbox-formats.md): the data ports Trayline
// imports and audits; power and console ports and circuit terminations, which it skips with a
// note; anything else is an error naming the row and column, never skipped: a header shifted by
// one column puts names where the types belong, and skipping those would drop every cable.
export const TERMINATION_TYPES = [
  'dcim.interface',
  'dcim.frontport',
  'dcim.rearport',
  'dcim.consoleport',
  'dcim.consoleserverport',
  'dcim.powerport',
  'dcim.poweroutlet',
  'dcim.powerfeed',
  'circuits.circuittermination',
] as const;

export type TerminationKind = 'data' | 'power' | 'circuit';

/** Empty (a hand-made sheet without the column) counts as a data port. null: not a NetBox type. */
export function terminationKind(value: string): TerminationKind | null {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'dcim.interface' || v === 'dcim.frontport' || v === 'dcim.rearport') return 'data';
  if (v === 'circuits.circuittermination') return 'circuit';
  return (TERMINATION_TYPES as readonly string[]).includes(v) ? 'power' : null;
}

export function unknownTerminationMessage(value: string): string {
  return `"${value}" is not a NetBox termination type (${TERMINATION_TYPES.join(', ')})`;
}
