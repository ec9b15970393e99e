// What the engineer asks the fabric generator for. Every entry point (CLI flags, the API, the
// wizard) validates with this schema; defaults follow the DGX SuperPOD H100 reference design.
import { z } from 'zod';
import { LIMITS } from '../model/limits.js';
import { kgM2 } from '../model/schemas.js';

export const ARCHES = ['clos', 'rail-optimized', 'rail-only', 'dragonfly'] as const;
/** direct: one cable per link; structured: every link between racks through panels and a trunk;
 * auto: structured where a link leaves its scalable unit or pod, direct inside it. */
export const CABLING = ['direct', 'structured', 'auto'] as const;
export type Cabling = (typeof CABLING)[number];
export type Arch = (typeof ARCHES)[number];

// Bounded (core/model/limits.ts): `--gpus 1e9` is a one-line refusal, not hours of planning.
// The bound first: 1e308 is reported as over the bound, not as "not a safe integer".
const count = z.number().max(LIMITS.fabricCount, `at most ${LIMITS.fabricCount.toLocaleString('en-US')}`).int().positive();
const gpus = z.number().max(LIMITS.gpus, `at most ${LIMITS.gpus.toLocaleString('en-US')} GPUs`).int().positive();
const hallMm = z.number().max(LIMITS.hallSideM * 1000, `at most ${LIMITS.hallSideM.toLocaleString('en-US')} m`).int().positive();

export const rowLayoutSchema = z.strictObject({
  /** Where a group's first-tier switches stand: in their own rack at the end of the group or in its middle. */
  networkRacks: z.enum(['row-end', 'middle']).default('middle'),
  /** At most this many racks in one row (TIA-942 circulation guidance: 20). */
  maxRacksPerRow: z.number().int().min(2).max(60).default(20),
  /** Aisle between rows, mm (two 600 mm floor tiles by default). */
  aisleMm: z.number().int().min(600).max(100_000).default(1200),
  rackWidthMm: z.number().int().min(300).max(LIMITS.rackSideM * 1000).default(600),
  rackDepthMm: z.number().int().min(600).max(LIMITS.rackSideM * 1000).default(1200),
  rackHeightU: z.number().int().min(20).max(60).default(48),
  /** Clearance around the rows to the hall walls, mm. */
  marginMm: z.number().int().min(0).max(100_000).default(1200),
});

const fabricInputsObject = z.strictObject({
    arch: z.enum(ARCHES),
    /** GPUs to connect; or give scalableUnits (rail-optimized) instead. */
    gpus: gpus.optional(),
    scalableUnits: count.optional(),
    server: z.string().min(1).max(LIMITS.nameChars).default('nvidia-dgx-h100'),
    switch: z.string().min(1).max(LIMITS.nameChars).default('nvidia-qm9700'),
    /** GPUs per server; default: one per compute NIC (the DGX design). */
    gpusPerServer: count.optional(),
    /** Compute NIC port names on the server; default: the largest group of its fastest interface ports. */
    nicPorts: z.array(z.string().min(1).max(LIMITS.nameChars)).min(1).max(LIMITS.devicePorts).optional(),
    /** Switch ports at the NIC speed to use; default: every fabric port (with breakouts where needed). */
    radix: z.number().int().min(4).max(LIMITS.radix).optional(),
    tiers: z.union([z.literal(2), z.literal(3), z.literal('auto')]).default('auto'),
    /** Leaf oversubscription r:1 (downlink to uplink bandwidth); 1 is non-blocking. */
    oversubscription: z.number().min(1).max(16).default(1),
    /** Rails (NICs per server used); default: every compute NIC. */
    rails: count.optional(),
    /** Servers per scalable unit (rail-optimized); default: one leaf's downlinks (32 on a 64-port leaf). */
    suServers: count.optional(),
    p: count.optional(),
    a: count.optional(),
    h: count.optional(),
    serversPerRack: count.default(4),
    /** Rack power budget, W; servers per rack are reduced to fit it. Default: the servers' maximum draw. */
    rackPowerBudgetW: z.number().int().positive().max(LIMITS.rackPowerKw * 1000).optional(),
    hall: z
      .strictObject({
        name: z.string().min(1).max(LIMITS.nameChars).optional(),
        widthMm: hallMm.optional(),
        depthMm: hallMm.optional(),
        tileMm: z.number().int().min(LIMITS.tileMinM * 1000).max(LIMITS.tileMaxM * 1000).default(600),
        /** The new hall's floor load rating, kg/m2 (the structural engineer's figure); default: the project's. */
        floorRatingKgM2: kgM2.optional(),
      })
      .default({ tileMm: 600 }),
    layout: rowLayoutSchema.default(rowLayoutSchema.parse({})),
    mediaPolicy: z.enum(['cheapest', 'power']).optional(),
    /** Capacity of the in-row CDUs placed for liquid-cooled racks, kW; default a 2 MW unit (core/fabric/cdus.ts). */
    cduKw: z.number().positive().max(LIMITS.cduKw).optional(),
    /** Standby CDUs per row that has CDUs (N+1: 1), serving no rack until a duty unit fails. */
    cduSpares: z.number().int('must be a whole number').min(0, 'must be 0 or more').max(8, 'must be at most 8 per row').optional(),
    /** Links between racks: direct cables, or jumper -> panel -> trunk -> panel -> jumper (docs/fabrics.md). */
    cabling: z.enum(CABLING).default('direct'),
    /** A switch price, USD, for this plan: overrides the catalog's (see docs/economics.md). */
    switchPriceUsd: z.number().nonnegative().max(LIMITS.priceUsd).optional(),
    /** Failure rates for this plan, percent per month; each one not given: the project's setting. */
    failureRates: z
      .strictObject({
        linkPctPerMonth: z.number().nonnegative().max(100).optional(),
        opticPctPerMonth: z.number().nonnegative().max(100).optional(),
        switchPctPerMonth: z.number().nonnegative().max(100).optional(),
      })
      .optional(),
  });

const sized = (v: { gpus?: number; scalableUnits?: number }) => v.gpus !== undefined || v.scalableUnits !== undefined;
const sizeIssue = { message: 'give gpus or scalableUnits', path: ['gpus'] };

export const fabricInputsSchema = fabricInputsObject.refine(sized, sizeIssue);

/** The comparison takes the same inputs; the architecture is every one in turn. */
export const compareInputsSchema = fabricInputsObject.extend({ arch: z.enum(ARCHES).optional() }).refine(sized, sizeIssue);
export type CompareInputsIn = z.input<typeof compareInputsSchema>;

export type FabricInputs = z.output<typeof fabricInputsSchema>;
export type FabricInputsIn = z.input<typeof fabricInputsSchema>;
export type RowLayout = z.output<typeof rowLayoutSchema>;
