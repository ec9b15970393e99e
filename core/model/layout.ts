// The human-editable layout document (`trayline import` / `trayline export --format json`).
// Names are the keys, as in NetBox imports; lengths are metres.
import { z } from 'zod';
import { coolingKindSchema, faceSchema, fiberSchema, nameSchema, polaritySchema, rotationSchema, cableStatusSchema } from './schemas.js';

const metres = z.number().finite();
const positiveMetres = metres.positive('must be greater than 0');

export const layoutHallSchema = z.strictObject({
  name: nameSchema,
  widthM: positiveMetres,
  depthM: positiveMetres,
  tileM: positiveMetres.default(0.6),
  /** Floor load rating, kg/m2; absent: the project's setting. */
  floorRatingKgM2: z.number().positive().optional(),
});

export const layoutRowSchema = z.strictObject({
  name: nameSchema,
  hall: nameSchema,
  kind: z.enum(['row', 'pod']).default('row'),
});

export const layoutFeedSchema = z.strictObject({
  name: nameSchema,
  hall: nameSchema,
  voltageV: z.number().positive(),
  amps: z.number().positive(),
  phases: z.union([z.literal(1), z.literal(3)]),
  deratePct: z.number().positive().max(100).default(80),
});

export const layoutRackSchema = z.strictObject({
  name: nameSchema,
  hall: nameSchema,
  row: nameSchema.nullable().default(null),
  xM: metres,
  yM: metres,
  rotationDeg: rotationSchema.default(0),
  widthM: positiveMetres.default(0.6),
  depthM: positiveMetres.default(1.2),
  heightU: z.number().int().min(1).max(60).default(48),
  powerBudgetKw: z.number().nonnegative().default(0),
  feed: nameSchema.nullable().default(null),
  dropTray: nameSchema.nullable().default(null),
  /** The name follows the rack's floor tile when it moves (written only when true). */
  nameAuto: z.boolean().optional(),
  // Physical fields, written only when they differ from the defaults (docs/routing-and-checks.md).
  /** Height of the bottom of U1 above the floor, m (default 0.1). */
  plinthM: metres.nonnegative().max(2).optional(),
  /** Height of the rack's top above the floor, m (default: plinth + U space). */
  topM: positiveMetres.max(5).optional(),
  /** B feed of a rack with A/B supplies (`feed` is the A feed). */
  feedB: nameSchema.optional(),
  cooling: coolingKindSchema.optional(),
  /** Heat the rack's cooling removes, kW (default 0: not checked). */
  coolingKw: z.number().nonnegative().optional(),
  /** The CDU that serves the rack (a CDU in the same hall). */
  cdu: nameSchema.optional(),
  /** The empty cabinet's weight, kg (default 138). */
  weightKg: z.number().nonnegative().optional(),
});

export const layoutCduSchema = z.strictObject({
  name: nameSchema,
  hall: nameSchema,
  placement: z.enum(['in-row', 'in-rack']),
  capacityKw: z.number().positive(),
});

export const layoutDeviceSchema = z.strictObject({
  name: nameSchema,
  rack: nameSchema,
  type: z.string().min(1),
  u: z.number().int().min(1),
  face: faceSchema.default('front'),
});

export const layoutTraySchema = z.strictObject({
  name: nameSchema,
  hall: nameSchema,
  heightM: metres.nonnegative(),
  widthMm: z.number().int().positive(),
  depthMm: z.number().int().positive(),
  points: z.array(z.tuple([metres, metres])).min(2, 'a tray needs at least two points'),
  /** Cable load the tray is rated for, kg/m (default 74.4, NEMA VE 1 class A). */
  ratedLoadKgPerM: z.number().positive().optional(),
});

const layoutEndSchema = z.strictObject({ device: nameSchema, port: nameSchema });

export const layoutCableSchema = z.strictObject({
  label: nameSchema,
  a: layoutEndSchema,
  b: layoutEndSchema,
  media: z.string().min(1).nullable().default(null),
  lengthM: positiveMetres.nullable().default(null),
  opticA: z.string().min(1).nullable().optional(),
  opticB: z.string().min(1).nullable().optional(),
  status: cableStatusSchema.optional(),
  // version 2: structured cabling (docs/structured-cabling.md)
  /** TIA-568 polarity method the cable is made in; absent: its media's. */
  polarity: polaritySchema.optional(),
  /** The assembly (harness, multi-leg trunk) this cable is one leg of, and which leg. */
  assembly: nameSchema.optional(),
  leg: z.number().int().positive().optional(),
});

const endName = z.string().min(1);

/** Written by export for reading; derived from devices' types and the cables, ignored on import. */
export const layoutPanelSchema = z.strictObject({
  device: nameSchema,
  rack: nameSchema,
  type: z.string().min(1),
  /** Front ports onto rear ports and positions, in runs: "F1-F12 -> T1:1-12". */
  map: z.array(z.string()),
});

export const layoutTrunkSchema = z.strictObject({
  label: nameSchema,
  a: endName,
  b: endName,
  media: z.string().min(1).nullable(),
  fibres: z.number().int().nonnegative().nullable(),
  /** Links it carries / positions its ends have. */
  links: z.number().int().nonnegative(),
  positions: z.number().int().nonnegative(),
  polarity: polaritySchema,
});

export const layoutChannelSchema = z.strictObject({
  a: endName,
  b: endName.nullable(),
  via: z.array(nameSchema),
});

export const layoutSchema = z.strictObject({
  format: z.literal('trayline-layout'),
  /** 1: the first format (still read); 2: adds cable polarity/assembly/leg and the derived
   * panels, trunks and channels sections. */
  version: z.union([z.literal(1), z.literal(2)]),
  halls: z.array(layoutHallSchema).default([]),
  rows: z.array(layoutRowSchema).optional(),
  feeds: z.array(layoutFeedSchema).optional(),
  cdus: z.array(layoutCduSchema).optional(),
  racks: z.array(layoutRackSchema).default([]),
  devices: z.array(layoutDeviceSchema).default([]),
  trays: z.array(layoutTraySchema).default([]),
  cables: z.array(layoutCableSchema).default([]),
  panels: z.array(layoutPanelSchema).optional(),
  trunks: z.array(layoutTrunkSchema).optional(),
  channels: z.array(layoutChannelSchema).optional(),
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
