// What a channel may lose and how long it may be, per optic family. IEEE 802.3 gives each PMD a
// maximum channel insertion loss (fibre + connections + splices between the two transceivers);
// NVIDIA states channel lengths for its NDR/XDR and 400/800G optics. An optic whose family has no
// sourced budget here gets no channel-loss check (it is never guessed).
import type { FiberType, Media } from '../../model/entities.js';

export interface ChannelBudget {
  db: number;
  source: string;
}

const TIA_SR8 = 'IEEE 802.3 Clause 138 (400GBASE-SR8): channel insertion loss max OM3 1.8 dB, OM4 1.9 dB; https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/400gbase-sr8/';
const TIA_SR42 = 'IEEE 802.3 Clause 150 (400GBASE-SR4.2): channel insertion loss max OM3 1.7 dB, OM4 1.8 dB, OM5 2.0 dB; https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/multimode-standards-update/400gbase-sr4-2/';
const TIA_DR8 = 'IEEE 802.3 Clause 124 (400GBASE-DR4; 800GBASE-DR8 added by 802.3df): channel insertion loss max 3.0 dB (2.75 dB connection and splice allocation); https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/800gbase-dr8/';
const TIA_LR8 = 'IEEE 802.3 Clause 122 (400GBASE-LR8): channel insertion loss max 6.3 dB; https://www.tiafotc.org/ieee-802-3-ethernet-standards-update/singlemode-standards-update/400gbase-lr8/';

interface Family {
  /** Matches the optic's `standard` (the clause) and, where one clause has several reaches, its id. */
  standard: RegExp;
  id?: RegExp;
  byFibre: Partial<Record<FiberType, number>>;
  source: string;
}

const FAMILIES: Family[] = [
  { standard: /Clause 138\b/, byFibre: { OM3: 1.8, OM4: 1.9 }, source: TIA_SR8 },
  { standard: /Clause 150\b/, byFibre: { OM3: 1.7, OM4: 1.8, OM5: 2.0 }, source: TIA_SR42 },
  // the 2 km DR4-2/DR8-2 variants share the clause but not the budget
  { standard: /Clause 124\b/, id: /^(400GBASE-DR4|800GBASE-DR8)$/, byFibre: { OS2: 3.0 }, source: TIA_DR8 },
  { standard: /Clause 122\b/, id: /^400GBASE-LR8$/, byFibre: { OS2: 6.3 }, source: TIA_LR8 },
];

const cache = new WeakMap<Media, ChannelBudget | null>();

/** The optic's channel insertion-loss budget on its own fibre, or null when none is sourced. */
export function channelBudget(optic: Media): ChannelBudget | null {
  let b = cache.get(optic);
  if (b === undefined) {
    b = null;
    for (const f of FAMILIES) {
      if (!optic.standard || !f.standard.test(optic.standard) || (f.id && !f.id.test(optic.id))) continue;
      const db = optic.fiber ? f.byFibre[optic.fiber] : undefined;
      if (db !== undefined) b = { db, source: f.source };
      break;
    }
    cache.set(optic, b);
  }
  return b;
}

export const NVIDIA_CHANNELS =
  'NVIDIA interconnect cabling requirements, NDR/400G Ethernet (https://docs.nvidia.com/networking/display/intrcnctcabreqndr400eth): reach assumes two junctions (four mated pairs); MPO single-mode straight up to 500 m in total, MPO single-mode splitter up to 50 m, multimode MPO straight and splitter up to 50 m';

/**
 * NVIDIA's channel length limit for its own optics (panels, trunk and cords together), m, or null
 * for optics NVIDIA's statement does not cover. `splitter`: the channel breaks out (harness legs).
 */
const nvidiaMpo = new WeakMap<Media, boolean>();

export function nvidiaChannelLimitM(optic: Media, splitter: boolean): number | null {
  let mpo = nvidiaMpo.get(optic);
  if (mpo === undefined) nvidiaMpo.set(optic, (mpo = optic.id.startsWith('NVIDIA-') && /MPO/i.test(optic.connector)));
  if (!mpo) return null;
  if (optic.fiber === 'OS2') return splitter ? 50 : 500;
  return 50;
}
