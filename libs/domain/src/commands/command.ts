import { z } from 'zod/mini';
import { DatePrecision, IsoDate } from '../dates';
import { factPayloads, FactType, typeLiterals } from '../facts';

/**
 * What a person asks for: a fact type, the date it happened and its payload. The actor is not part
 * of the body: the API takes it from the caller's token. Accepted, a command becomes a Fact whose
 * id is the update id (the Idempotency-Key), so a retried request has one effect.
 */
const noOtherField = z.never();
const variants = (Object.keys(factPayloads) as FactType[]).map((type) => {
  // precision: absent means the day is stated; month or year when the record gives no more.
  const shape = { type: typeLiterals[type], effectiveOn: IsoDate, precision: z.optional(DatePrecision), payload: factPayloads[type] };
  // z.strictObject(shape), with one `never` for every variant rather than one each (each cached
  // workflow builds all of them: docs/benchmarks.md, "workflow-footprint").
  return new z.ZodMiniObject({ type: 'object', shape, catchall: noOtherField }) as z.ZodMiniObject<typeof shape, z.core.$strict>;
});
export const Command = z.discriminatedUnion('type', variants as unknown as [(typeof variants)[0], ...typeof variants]);
export type Command = z.infer<typeof Command>;
