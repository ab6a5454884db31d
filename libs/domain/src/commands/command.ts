import { z } from 'zod/mini';
import { DatePrecision, IsoDate } from '../dates';
import { factPayloads, FactType, typeLiteral } from '../facts';
import { variantOnFirstUse } from '../facts/variant-on-first-use';

/**
 * What a person asks for: a fact type, the date it happened and its payload. The actor is not part
 * of the body: the API takes it from the caller's token. Accepted, a command becomes a Fact whose
 * id is the update id (the Idempotency-Key), so a retried request has one effect.
 */
// One instance of each shared by every variant (each cached workflow builds all of them:
// docs/benchmarks.md, "workflow-footprint").
const noOtherField = z.never();
/** Absent: the day is stated; month or year when the record gives no more. */
const precision = z.optional(DatePrecision);
const variants = (Object.keys(factPayloads) as FactType[]).map((type) =>
  // z.strictObject(shape), with the shared `never`, built when a command of this type first comes.
  variantOnFirstUse(type, () => {
    const shape = { type: typeLiteral(type), effectiveOn: IsoDate, precision, payload: factPayloads[type] };
    return new z.ZodMiniObject({ type: 'object', shape, catchall: noOtherField }) as z.ZodMiniObject<typeof shape, z.core.$strict>;
  }),
);
export const Command = z.discriminatedUnion('type', variants as unknown as [(typeof variants)[0], ...typeof variants]);
export type Command = z.infer<typeof Command>;
