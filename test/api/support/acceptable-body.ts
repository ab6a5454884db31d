import type { ZodType } from 'zod';
import { unstorableText } from '../../../apps/api/src/common/storable-text';
import { unknownFields } from '../../../apps/api/src/common/unknown-fields';

/** What the API must accept as a body: its schema parses it, every field is known, all text storable. */
export function acceptableBody(schema: ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value);
  return parsed.success && unknownFields(value, parsed.data).length === 0 && unstorableText(value).length === 0;
}
