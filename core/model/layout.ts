// The human-editable layout document (`trayline import` / `trayline export --format json`).
// Names are the keys, as in NetBox imports; lengths are metres.
import { z } from 'zod';
import { LIMITS } from './limits.js';
import { coolingKindSchema, faceSchema, fiberSchema, nameSchema, polaritySchema, rotationSchema, cableStatusSchema } from './schemas.js';

// Every number and list is bounded (core/model/limits.ts, docs/limits.md): a value beyond a bound
// is refused naming its JSON path, never stored as something else (1e308 m is no length).
const n = (x: number) => x.toLocaleString('en-US');
const metres = z.number().finite();
const upTo = (m: number) => metres.max(m, `must be at most ${n(m)} m`);
/** At least 1 mm: lengths are stored in whole millimetres. */
const positiveUpTo = (m: number) => upTo(m).min(0.001, 'must be at least 0.001 m (1 mm)');
const coord = upTo(LIMITS.coordM).min(-LIMITS.coordM, `must be at least -${n(LIMITS.coordM)} m`);
const text = z.string().min(1).max(LIMITS.nameChars);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.layoutItems, `at most ${n(LIMITS.layoutItems)} entries`);

export const layoutHallSchema = z.strictObject({
  name: nameSchema,
  widthM: positiveUpTo(LIMITS.hallSideM),
  depthM: positiveUpTo(LIMITS.hallSideM),
  tileM: upTo(LIMITS.tileMaxM).min(LIMITS.tileMinM, `must be at least ${LIMITS.tileMinM} m`).default(0.6),
  /** Floor load rating, kg/m2; absent: the project's setting. */
  floorRatingKgM2: z.number().positive().max(100_000).optional(),
});

export const layoutRowSchema = z.strictObject({
  name: nameSchema,
  hall: nameSchema,
  kind: z.enum(['row', 'pod']).default('row'),
});

export const layoutFeedSchema = z.strictObject({
  name: nameSchema,
  hall: nameSchema,
  voltageV: z.number().positive().max(LIMITS.feedVoltageV),
  amps: z.number().positive().max(LIMITS.feedAmps),
  phases: z.union([z.literal(1), z.literal(3)]),
  deratePct: z.number().positive().max(100).default(80),
});

export const layoutRackSchema = z.strictObject({
  name: nameSchema,
  hall: nameSchema,
  row: nameSchema.nullable().default(null),
  xM: coord,
  yM: coord,
  rotationDeg: rotationSchema.default(0),
  widthM: positiveUpTo(LIMITS.rackSideM).default(0.6),
  depthM: positiveUpTo(LIMITS.rackSideM).default(1.2),
  heightU: z.number().int().min(1).max(LIMITS.rackHeightU).default(48),
  powerBudgetKw: z.number().nonnegative().max(LIMITS.rackPowerKw, `must be at most ${n(LIMITS.rackPowerKw)} kW`).default(0),
  feed: nameSchema.nullable().default(null),
  dropTray: nameSchema.nullable().default(null),
  /** The name follows the rack's floor tile when it moves (written only when true). */
  nameAuto: z.boolean().optional(),
  // Physical fields, written only when they differ from the defaults (docs/routing-and-checks.md).
  /** Height of the bottom of U1 above the floor, m (default 0.1). */
  plinthM: metres.nonnegative().max(2).optional(),
  /** Height of the rack's top above the floor, m (default: plinth + U space). */
  topM: positiveUpTo(5).optional(),
  /** B feed of a rack with A/B supplies (`feed` is the A feed). */
  feedB: nameSchema.optional(),
  cooling: coolingKindSchema.optional(),
  /** Heat the rack's cooling removes, kW (default 0: not checked). */
  coolingKw: z.number().nonnegative().max(LIMITS.rackPowerKw, `must be at most ${n(LIMITS.rackPowerKw)} kW`).optional(),
  /** The CDU that serves the rack (a CDU in the same hall). */
  cdu: nameSchema.optional(),
  /** The empty cabinet's weight, kg (default 138). */
  weightKg: z.number().nonnegative().max(LIMITS.rackWeightKg).optional(),
});

export const layoutCduSchema = z.strictObject({
  name: nameSchema,
  hall: nameSchema,
  placement: z.enum(['in-row', 'in-rack']),
  capacityKw: z.number().positive().max(LIMITS.cduKw, `must be at most ${n(LIMITS.cduKw)} kW`),
  /** Where an in-row unit stands: its centre, m, as a rack's (both or neither: none, no place yet). */
  xM: coord.optional(),
  yM: coord.optional(),
  rotationDeg: rotationSchema.optional(),
  /** Its footprint, m (default 0.75 x 1.2, the default unit's). */
  widthM: positiveUpTo(LIMITS.rackSideM).optional(),
  depthM: positiveUpTo(LIMITS.rackSideM).optional(),
});

export const layoutDeviceSchema = z.strictObject({
  name: nameSchema,
  rack: nameSchema,
  type: text,
  u: z.number().int().min(1).max(LIMITS.rackHeightU),
  face: faceSchema.default('front'),
  /** Version 2: ports run split by a breakout, by name, with how many sub-ports (2 for an 800G
   * port as 2 x 400G: swp1s0, swp1s1), so a split port no cable uses is split too. */
  split: z.record(text, z.number().int().min(2).max(64)).optional(),
});

export const layoutTraySchema = z.strictObject({
  name: nameSchema,
  hall: nameSchema,
  heightM: upTo(LIMITS.trayHeightM).nonnegative(),
  widthMm: z.number().int().positive().max(LIMITS.trayWidthMm),
  depthMm: z.number().int().positive().max(LIMITS.trayDepthMm),
  points: z.array(z.tuple([coord, coord])).min(2, 'a tray needs at least two points').max(LIMITS.trayPoints),
  /** Cable load the tray is rated for, kg/m (default 74.4, NEMA VE 1 class A). */
  ratedLoadKgPerM: z.number().positive().max(10_000).optional(),
});

const layoutEndSchema = z.strictObject({ device: nameSchema, port: nameSchema });

export const layoutCableSchema = z.strictObject({
  label: nameSchema,
  a: layoutEndSchema,
  b: layoutEndSchema,
  media: text.nullable().default(null),
  lengthM: positiveUpTo(LIMITS.cableLengthM).nullable().default(null),
  opticA: text.nullable().optional(),
  opticB: text.nullable().optional(),
  status: cableStatusSchema.optional(),
  // version 2: structured cabling (docs/structured-cabling.md)
  /** TIA-568 polarity method the cable is made in; absent: its media's. */
  polarity: polaritySchema.optional(),
  /** The assembly (harness, multi-leg trunk) this cable is one leg of, and which leg. */
  assembly: nameSchema.optional(),
  leg: z.number().int().positive().max(LIMITS.portPositions).optional(),
});

const endName = text;

/** Written by export for reading; derived from devices' types and the cables, ignored on import. */
export const layoutPanelSchema = z.strictObject({
  device: nameSchema,
  rack: nameSchema,
  type: text,
  /** Front ports onto rear ports and positions, in runs: "F1-F12 -> T1:1-12". */
  map: z.array(z.string().max(LIMITS.textChars)).max(LIMITS.devicePorts),
});

export const layoutTrunkSchema = z.strictObject({
  label: nameSchema,
  a: endName,
  b: endName,
  media: text.nullable(),
  fibres: z.number().int().nonnegative().max(LIMITS.portPositions * 24).nullable(),
  /** Links it carries / positions its ends have. */
  links: z.number().int().nonnegative().max(LIMITS.portPositions),
  positions: z.number().int().nonnegative().max(LIMITS.portPositions),
  polarity: polaritySchema,
});

export const layoutChannelSchema = z.strictObject({
  a: endName,
  b: endName.nullable(),
  via: z.array(nameSchema).max(LIMITS.devicePorts),
});

export const layoutSchema = z.strictObject({
  format: z.literal('trayline-layout'),
  /** 1: the first format (still read); 2: adds cable polarity/assembly/leg and the derived
   * panels, trunks and channels sections. */
  version: z.union([z.literal(1), z.literal(2)]),
  halls: list(layoutHallSchema).default([]),
  rows: list(layoutRowSchema).optional(),
  feeds: list(layoutFeedSchema).optional(),
  cdus: list(layoutCduSchema).optional(),
  racks: list(layoutRackSchema).default([]),
  devices: list(layoutDeviceSchema).default([]),
  trays: list(layoutTraySchema).default([]),
  cables: list(layoutCableSchema).default([]),
  panels: list(layoutPanelSchema).optional(),
  trunks: list(layoutTrunkSchema).optional(),
  channels: list(layoutChannelSchema).optional(),
}).superRefine((doc, ctx) => {
  doc.cables.forEach((c, i) => {
    if ((c.assembly === undefined) !== (c.leg === undefined)) ctx.addIssue({ code: 'custom', path: ['cables', i, c.assembly === undefined ? 'assembly' : 'leg'], message: 'assembly and leg go together' });
  });
  if (doc.version !== 1) return;
  for (const k of ['panels', 'trunks', 'channels'] as const) {
    if (doc[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: `"${k}" is a version 2 section: set "version": 2` });
  }
  doc.cables.forEach((c, i) => {
    for (const k of ['polarity', 'assembly', 'leg'] as const) {
      if (c[k] !== undefined) ctx.addIssue({ code: 'custom', path: ['cables', i, k], message: `"${k}" is a version 2 field: set "version": 2` });
    }
  });
});

export type Layout = z.infer<typeof layoutSchema>;
export type LayoutInput = z.input<typeof layoutSchema>;
export { fiberSchema };
