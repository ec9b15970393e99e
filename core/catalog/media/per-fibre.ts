// Multimode optics reach further on better fibre. The research list gives one fibre per entry;
// these are the same optics on the other fibre types their standard specifies, each a separate
// entry (one reach per fibre) so that a reach check never has to guess the fibre.
import type { BuiltinMedia } from '../types.js';
import { CABLES_AND_OPTICS } from './cables-and-optics.js';
import type { FiberType } from '../../model/entities.js';

function variant(baseId: string, fiber: FiberType, maxReachM: number, why: string): BuiltinMedia {
  const base = CABLES_AND_OPTICS.find((m) => m.id === baseId);
  if (!base) throw new Error(`per-fibre variant of unknown media ${baseId}`);
  return {
    ...base,
    id: `${baseId.replace(/-OM[345]$/, '')}-${fiber}`,
    name: base.name.replace(/, OM[345] \(/, `, ${fiber} (`).replace(/\(([^)]*)\)$/, `(${baseId.replace(/-OM[345]$/, '')}-${fiber})`),
    fiber,
    maxReachM,
    source: `${why} ; entry derived from ${baseId}: ${base.source}`,
  };
}

const TIA_SR8 = 'https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/400gbase-sr8/ (OM3 0.5-70 m, OM4 0.5-100 m)';
const TIA_SR42 = 'https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/400gbase-sr4-2/ (OM3 70 m, OM4 100 m, OM5 150 m)';
const DB_167 = 'IEEE 802.3db-2022 Clause 167, Table 167-6 (SR: 100 m OM4/OM5, 60 m OM3)';
const DF_167 = 'IEEE 802.3df-2024: 800GBASE-SR8 in Clause 167 (SR 100 m OM4, 60 m OM3)';

export const PER_FIBRE: BuiltinMedia[] = [
  variant('400GBASE-SR8', 'OM3', 70, TIA_SR8),
  variant('400GBASE-SR4.2-OM5', 'OM3', 70, TIA_SR42),
  variant('400GBASE-SR4.2-OM5', 'OM4', 100, TIA_SR42),
  variant('400GBASE-SR4', 'OM3', 60, DB_167),
  variant('400GBASE-SR4', 'OM5', 100, DB_167),
  variant('800GBASE-SR8', 'OM3', 60, DF_167),
];
