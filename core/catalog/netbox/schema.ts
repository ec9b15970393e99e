// zod schema for one devicetype-library YAML file (netbox-community/devicetype-library,
// schema/devicetype.json and components.json). Strict on what Trayline maps, lenient on the
// rest: unknown keys are ignored, and component lists are checked entry by entry in convert.ts
// so that one bad port is reported instead of failing the whole file.
import { z } from 'zod';
import { LIMITS } from '../../model/limits.js';

// Bounded (core/model/limits.ts): a YAML file cannot ask for a billion ports or positions.
const componentList = z.array(z.unknown()).max(LIMITS.devicePorts).nullish();
const position = z.number().int().positive().max(LIMITS.portPositions);
const name = z.union([z.string().max(LIMITS.nameChars), z.number()]).transform(String);

export const netboxDeviceTypeSchema = z.object({
  manufacturer: z.string().trim().min(1, 'must not be empty'),
  model: z.string().trim().min(1, 'must not be empty'),
  slug: z
    .string()
    .max(100)
    .regex(/^[-a-z0-9_]+$/, 'must contain only lower-case letters, digits, "-" and "_"'),
  part_number: z.union([z.string(), z.number()]).nullish(),
  u_height: z
    .number({ error: 'must be a number' })
    .min(0)
    .max(LIMITS.deviceHeightU)
    .refine((n) => Number.isInteger(n * 2), 'must be a multiple of 0.5'),
  is_full_depth: z.boolean().nullish(),
  airflow: z.string().nullish(),
  // In any weight_unit (grams included), so the bound is in grams.
  weight: z.number().nonnegative().max(LIMITS.deviceWeightKg * 1000).nullish(),
  weight_unit: z.enum(['kg', 'g', 'lb', 'oz']).nullish(),
  is_powered: z.boolean().nullish(),
  comments: z.string().nullish(),
  description: z.string().nullish(),
  'power-ports': componentList,
  'power-outlets': componentList,
  interfaces: componentList,
  'front-ports': componentList,
  'rear-ports': componentList,
  'module-bays': componentList,
  'device-bays': componentList,
  'console-ports': componentList,
  /** NetBox 4.5+ / devicetype-library after PRs #4194, #4527, #4552: front/rear mapping as a list. */
  'port-mappings': componentList,
});
export type NetboxDeviceType = z.infer<typeof netboxDeviceTypeSchema>;

export const netboxInterfaceSchema = z.object({
  name,
  type: z.string().nullish(),
  mgmt_only: z.boolean().nullish(),
  description: z.string().nullish(),
});

export const netboxPassivePortSchema = z.object({
  name,
  type: z.string().nullish(),
  positions: position.nullish(),
  rear_port: z.union([z.string(), z.number()]).transform(String).nullish(),
  rear_port_position: position.nullish(),
});

export const netboxPortMappingSchema = z.object({
  front_port: z.union([z.string(), z.number()]).transform(String),
  rear_port: z.union([z.string(), z.number()]).transform(String),
  front_port_position: position.nullish(),
  rear_port_position: position.nullish(),
});

export const netboxPowerPortSchema = z.object({
  name,
  type: z.string().nullish(),
  maximum_draw: z.number().nonnegative().max(LIMITS.devicePowerW).nullish(),
  allocated_draw: z.number().nonnegative().max(LIMITS.devicePowerW).nullish(),
});

export const netboxModuleBaySchema = z.object({
  name,
  position: z.union([z.string(), z.number()]).nullish(),
});
