import { z } from 'zod';
import { DatePrecision, IsoDate } from '../dates';
import { factPayloads, FactType } from '../facts';

/**
 * What a person asks for: a fact type, the date it happened and its payload. The actor is not part
 * of the body: the API takes it from the caller's token. Accepted, a command becomes a Fact whose
 * id is the update id (the Idempotency-Key), so a retried request has one effect.
 */
const variants = (Object.keys(factPayloads) as FactType[]).map((type) =>
  // precision: absent means the day is stated; month or year when the record gives no more.
  z.object({ type: z.literal(type), effectiveOn: IsoDate, precision: DatePrecision.optional(), payload: factPayloads[type] }).strict(),
);
export const Command = z.discriminatedUnion('type', variants as unknown as [(typeof variants)[0], ...typeof variants]);
export type Command = z.infer<typeof Command>;
