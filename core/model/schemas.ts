// zod schemas for every entity field a user or a file can set. Entry points (IPC, the loopback
// bridge, the CLI, importers) validate with these before anything reaches the database.
import { z } from 'zod';

export const idSchema = z.number().int().positive();
export const nameSchema = z.string().trim().min(1, 'must not be empty').max(200);
const mm = z.number().int('must be a whole number of millimetres');
const positiveMm = mm.positive('must be greater than 0');

export const faceSchema = z.enum(['front', 'rear']);
export const rotationSchema = z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]);
export const fiberSchema = z.enum(['OM3', 'OM4', 'OM5', 'OS2']);
export const mediaKindSchema = z.enum(['dac', 'acc', 'aec', 'aoc', 'transceiver', 'fiber']);
export const cableStatusSchema = z.enum(['planned', 'installed', 'connected', 'decommissioning']);
export const portKindSchema = z.enum(['interface', 'front-port', 'rear-port']);
export const polaritySchema = z.enum(['A', 'B', 'C']);
export const pointSchema = z.tuple([mm, mm]);

export const coolingKindSchema = z.enum(['air', 'liquid']);
const kgM2 = z.number().positive('must be greater than 0').max(100_000);

export const hallFields = z.object({
  name: nameSchema,
  widthMm: positiveMm,
  depthMm: positiveMm,
  tileMm: positiveMm,
  floorRatingKgM2: kgM2.nullable().optional(),
});

export const rowFields = z.object({
  hallId: idSchema,
  name: nameSchema,
  kind: z.enum(['row', 'pod']),
});

export const rackFields = z.object({
  hallId: idSchema,
  rowId: idSchema.nullable(),
  name: nameSchema,
  nameAuto: z.boolean(),
  xMm: mm,
  yMm: mm,
  rotationDeg: rotationSchema,
  widthMm: positiveMm,
  depthMm: positiveMm,
  heightU: z.number().int().min(1).max(60),
  powerBudgetW: z.number().int().nonnegative(),
  feedId: idSchema.nullable(),
  dropTrayId: idSchema.nullable(),
  plinthMm: mm.nonnegative().max(2000).optional(),
  topMm: positiveMm.max(5000).nullable().optional(),
  feedBId: idSchema.nullable().optional(),
  coolingKind: coolingKindSchema.optional(),
  coolingCapacityW: z.number().int().nonnegative().optional(),
  cduId: idSchema.nullable().optional(),
  weightKg: z.number().nonnegative().max(10_000).optional(),
});

export const deviceFields = z.object({
  rackId: idSchema,
  name: nameSchema,
  typeId: idSchema,
  u: z.number().int().min(1),
  face: faceSchema,
});

export const portFields = z.object({
  deviceId: idSchema,
  name: nameSchema,
  kind: portKindSchema,
  formFactor: z.string(),
  speedGbps: z.number().nonnegative(),
  lanes: z.number().int().nonnegative(),
  face: faceSchema,
  rearPort: nameSchema.nullable().optional(),
  rearPosition: z.number().int().positive().nullable().optional(),
  positions: z.number().int().positive().nullable().optional(),
});

export const routeStepSchema = z.object({ trayId: idSchema, seg: z.number().int().nonnegative() });

export const cableFields = z.object({
  label: nameSchema,
  aPortId: idSchema,
  bPortId: idSchema,
  mediaId: z.string().min(1).nullable(),
  opticA: z.string().min(1).nullable(),
  opticB: z.string().min(1).nullable(),
  lengthMm: positiveMm.nullable(),
  routedMm: mm.nonnegative().nullable(),
  orderedMm: mm.nonnegative().nullable(),
  route: z.array(routeStepSchema).nullable(),
  status: cableStatusSchema,
  polarity: polaritySchema.nullable().optional(),
  assemblyId: nameSchema.nullable().optional(),
  leg: z.number().int().positive().nullable().optional(),
});

export const trayFields = z.object({
  hallId: idSchema,
  name: nameSchema,
  heightMm: mm.nonnegative(),
  widthMm: positiveMm,
  depthMm: positiveMm,
  points: z.array(pointSchema).min(2, 'a tray needs at least two points'),
  ratedLoadKgPerM: z.number().positive('must be greater than 0').max(10_000).optional(),
});

export const feedFields = z.object({
  hallId: idSchema,
  name: nameSchema,
  voltageV: z.number().positive(),
  amps: z.number().positive(),
  phases: z.union([z.literal(1), z.literal(3)]),
  deratePct: z.number().positive().max(100),
});

export const cduFields = z.object({
  hallId: idSchema,
  name: nameSchema,
  placement: z.enum(['in-row', 'in-rack']),
  capacityW: z.number().int().positive('must be greater than 0'),
});

/** Field schemas by entity kind, for generic create/update validation. */
export const entityFieldSchemas = {
  hall: hallFields,
  row: rowFields,
  rack: rackFields,
  device: deviceFields,
  port: portFields,
  cable: cableFields,
  tray: trayFields,
  feed: feedFields,
  cdu: cduFields,
} as const;

export const settingsSchema = z.object({
  slackMm: mm.nonnegative(),
  serviceLoopMm: mm.nonnegative(),
  faceCrossingMm: mm.nonnegative(),
  lengthContingencyPct: z.number().nonnegative().max(100),
  floorRatingKgM2: kgM2,
  trayFillPct: z.number().positive().max(100),
  feedDeratePct: z.number().positive().max(100),
  mediaPolicy: z.enum(['cheapest', 'power']),
  matedPairLossDb: z.number().nonnegative().max(5),
  spliceLossDb: z.number().nonnegative().max(5),
  mmLossDbPerKm: z.number().nonnegative().max(20),
  smLossDbPerKm: z.number().nonnegative().max(20),
  maxJunctions: z.number().int().nonnegative().max(20),
  maxMatedPairs: z.number().int().nonnegative().max(40),
  linkFailurePctPerMonth: z.number().nonnegative().max(100),
  opticFailurePctPerMonth: z.number().nonnegative().max(100),
  switchFailurePctPerMonth: z.number().nonnegative().max(100),
});
