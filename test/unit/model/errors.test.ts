// A schema's refusal reads as Trayline's other errors do: the field's path, then what the value
// must be, in words (core/model/errors.ts issueMessage), not zod's "Too small: expected number to
// be >0"; a message the schema gives itself is kept as given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { describeZodError } from '../../../core/model/errors.js';

const schema = z.object({
  gpus: z.number().int().positive(),
  racksPerRow: z.number().int().min(2).max(60),
  share: z.number().lt(1),
  name: z.string().min(1).max(8),
  ports: z.array(z.string()).min(1),
  hall: z.object({ widthMm: z.number().max(2_000_000, 'at most 2,000 m') }),
});
const good = { gpus: 8, racksPerRow: 10, share: 0.5, name: 'a', ports: ['p'], hall: { widthMm: 1000 } };
const refusal = (patch: object) => {
  const r = schema.safeParse({ ...good, ...patch });
  assert.equal(r.success, false, JSON.stringify(patch));
  return describeZodError(r.error!, 'inputs').message;
};

test('bounds and whole numbers are said in words, with the field', () => {
  assert.equal(refusal({ gpus: -5 }), 'inputs.gpus: must be greater than 0');
  assert.equal(refusal({ gpus: 10.5 }), 'inputs.gpus: must be a whole number');
  assert.equal(refusal({ racksPerRow: 1 }), 'inputs.racksPerRow: must be at least 2');
  assert.equal(refusal({ racksPerRow: 61 }), 'inputs.racksPerRow: must be at most 60');
  assert.equal(refusal({ share: 1 }), 'inputs.share: must be less than 1');
  assert.equal(refusal({ name: '' }), 'inputs.name: must have at least 1 character');
  assert.equal(refusal({ name: 'a'.repeat(9) }), 'inputs.name: must have at most 8 characters');
  assert.equal(refusal({ ports: [] }), 'inputs.ports: must have at least 1 item');
});

test("a schema's own message is kept, and other issues read as zod words them", () => {
  assert.equal(refusal({ hall: { widthMm: 3_000_000 } }), 'inputs.hall.widthMm: at most 2,000 m');
  assert.match(refusal({ gpus: 'many' }), /^inputs\.gpus: Invalid input: expected number, received string$/);
});
