// zod schemas for every entity field a user or a file can set. Entry points (IPC, the loopback
// bridge, the CLI, importers) validate with these before anything reaches the database.
// Every number and string is bounded (core/model/limits.ts, docs/limits.md).
import { z } from 'zod';
import { LIMITS } from './limits.js';

export const idSchema = z.number().int().positive();
export const nameSchema = z.string().trim().min(1, 'must not be empty').max(LIMITS.nameChars);
/** A short text field (a form factor, a media id). */
export const textSchema = z.string().max(LIMITS.nameChars);
const mm = z.number().int('must be a whole number of millimetres');
const positiveMm = mm.positive('must be greater than 0');
const atMostM = (m: number) => [m * 1000, `must be at most ${m.toLocaleString('en-US')} m`] as const;
/** A position in a hall, mm. */
const coordMm = mm.min(-LIMITS.coordM * 1000, `must be at least -${LIMITS.coordM.toLocaleString('en-US')} m`).max(LIMITS.coordM * 1000, `must be at most ${LIMITS.coordM.toLocaleString('en-US')} m`);
const lengthMm = mm.nonnegative().max(LIMITS.cableLengthM * 1000, `must be at most ${LIMITS.cableLengthM.toLocaleString('en-US')} m`);

export const faceSchema = z.enum(['front', 'rear']);
export const rotationSchema = z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]);
export const fiberSchema = z.enum(['OM3', 'OM4', 'OM5', 'OS2']);
export const mediaKindSchema = z.enum(['dac', 'acc', 'aec', 'aoc', 'transceiver', 'fiber']);
export const cableStatusSchema = z.enum(['planned', 'installed', 'connected', 'decommissioning']);
export const portKindSchema = z.enum(['interface', 'front-port', 'rear-port']);
export const polaritySchema = z.enum(['A', 'B', 'C']);
export const pointSchema = z.tuple([coordMm, coordMm]);

export const coolingKindSchema = z.enum(['air', 'liquid']);
/** A floor load rating, kg/m2 (a hall's, the project's, a generated hall's). */
export const kgM2 = z.number().positive('must be greater than 0').max(100_000);

export const hallFields = z.object({
  name: nameSchema,
  widthMm: positiveMm.max(LIMITS.hallSideM * 1000, `must be at most ${LIMITS.hallSideM.toLocaleString('en-US')} m`),
  depthMm: positiveMm.max(LIMITS.hallSideM * 1000, `must be at most ${LIMITS.hallSideM.toLocaleString('en-US')} m`),
  tileMm: mm.min(LIMITS.tileMinM * 1000, `must be at least ${LIMITS.tileMinM} m`).max(LIMITS.tileMaxM * 1000, `must be at most ${LIMITS.tileMaxM} m`),
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
  xMm: coordMm,
  yMm: coordMm,
  rotationDeg: rotationSchema,
  widthMm: positiveMm.max(...atMostM(LIMITS.rackSideM)),
  depthMm: positiveMm.max(...atMostM(LIMITS.rackSideM)),
  heightU: z.number().int().min(1).max(LIMITS.rackHeightU),
  powerBudgetW: z.number().int().nonnegative().max(LIMITS.rackPowerKw * 1000),
  feedId: idSchema.nullable(),
  dropTrayId: idSchema.nullable(),
  plinthMm: mm.nonnegative().max(2000).optional(),
  topMm: positiveMm.max(5000).nullable().optional(),
  feedBId: idSchema.nullable().optional(),
  coolingKind: coolingKindSchema.optional(),
  coolingCapacityW: z.number().int().nonnegative().max(LIMITS.rackPowerKw * 1000).optional(),
  cduId: idSchema.nullable().optional(),
  weightKg: z.number().nonnegative().max(LIMITS.rackWeightKg).optional(),
});

export const deviceFields = z.object({
  rackId: idSchema,
  name: nameSchema,
  typeId: idSchema,
  u: z.number().int().min(1).max(LIMITS.rackHeightU),
  face: faceSchema,
});

export const portFields = z.object({
  deviceId: idSchema,
  name: nameSchema,
  kind: portKindSchema,
  formFactor: textSchema,
  speedGbps: z.number().nonnegative().max(LIMITS.portSpeedGbps),
  lanes: z.number().int().nonnegative().max(LIMITS.portLanes),
  face: faceSchema,
  rearPort: nameSchema.nullable().optional(),
  rearPosition: z.number().int().positive().max(LIMITS.portPositions).nullable().optional(),
  positions: z.number().int().positive().max(LIMITS.portPositions).nullable().optional(),
});

export const routeStepSchema = z.object({ trayId: idSchema, seg: z.number().int().nonnegative() });

export const cableFields = z.object({
  label: nameSchema,
  aPortId: idSchema,
  bPortId: idSchema,
  mediaId: textSchema.min(1).nullable(),
  opticA: textSchema.min(1).nullable(),
  opticB: textSchema.min(1).nullable(),
  lengthMm: lengthMm.positive('must be greater than 0').nullable(),
  routedMm: lengthMm.nullable(),
  orderedMm: lengthMm.nullable(),
  route: z.array(routeStepSchema).max(100_000).nullable(),
  status: cableStatusSchema,
  polarity: polaritySchema.nullable().optional(),
  assemblyId: nameSchema.nullable().optional(),
  leg: z.number().int().positive().max(LIMITS.portPositions).nullable().optional(),
});

export const trayFields = z.object({
  hallId: idSchema,
  name: nameSchema,
  heightMm: mm.nonnegative().max(...atMostM(LIMITS.trayHeightM)),
  widthMm: positiveMm.max(LIMITS.trayWidthMm),
  depthMm: positiveMm.max(LIMITS.trayDepthMm),
  points: z.array(pointSchema).min(2, 'a tray needs at least two points').max(LIMITS.trayPoints),
  ratedLoadKgPerM: z.number().positive('must be greater than 0').max(10_000).optional(),
});

export const feedFields = z.object({
  hallId: idSchema,
  name: nameSchema,
  voltageV: z.number().positive().max(LIMITS.feedVoltageV),
  amps: z.number().positive().max(LIMITS.feedAmps),
  phases: z.union([z.literal(1), z.literal(3)]),
  deratePct: z.number().positive().max(100),
});

export const cduFields = z.object({
  hallId: idSchema,
  name: nameSchema,
  placement: z.enum(['in-row', 'in-rack']),
  capacityW: z.number().int().positive('must be greater than 0').max(LIMITS.cduKw * 1000),
  // (null: no place on the floor yet; an in-rack unit never has one)
  xMm: coordMm.nullable().optional(),
  yMm: coordMm.nullable().optional(),
  rotationDeg: rotationSchema.optional(),
  widthMm: positiveMm.max(...atMostM(LIMITS.rackSideM)).optional(),
  depthMm: positiveMm.max(...atMostM(LIMITS.rackSideM)).optional(),
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
  slackMm: mm.nonnegative().max(LIMITS.settingMm),
  serviceLoopMm: mm.nonnegative().max(LIMITS.settingMm),
  faceCrossingMm: mm.nonnegative().max(LIMITS.settingMm),
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
