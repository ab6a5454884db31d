import { BadRequestException, PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { zodIssues } from './error.filter';
import { unstorableText } from './storable-text';
import { unknownFields } from './unknown-fields';

/**
 * Validates a body, query, param or header with a zod schema from libs/domain; 400 names each
 * field, including text that could not be stored. `prefix` names where the value came from when
 * the schema checks a single value. A body (`ZodPipe.body`) is also refused for fields its schema
 * does not know, rather than losing them silently.
 */
export class ZodPipe<T> implements PipeTransform<unknown, T> {
  constructor(
    private readonly schema: z.core.$ZodType<T>,
    private readonly prefix?: string,
    private readonly refuseUnknown = false,
  ) {}

  /** For a JSON body: everything it carries must be known to the schema. */
  static body<T>(schema: z.core.$ZodType<T>): ZodPipe<T> {
    return new ZodPipe(schema, undefined, true);
  }

  transform(value: unknown): T {
    const unstorable = unstorableText(value);
    const parsed = z.safeParse(this.schema, value);
    const unknown = parsed.success && this.refuseUnknown ? unknownFields(value, parsed.data) : [];
    if (parsed.success && unstorable.length === 0 && unknown.length === 0) return parsed.data;
    const unknownIssues = unknown.map((field) => ({ field, message: 'unknown field: not part of this request (see /openapi.json); nothing was recorded' }));
    const issues = [...unstorable, ...unknownIssues, ...(parsed.success ? [] : zodIssues(parsed.error))].map((i) =>
      this.prefix ? { ...i, field: i.field === '(body)' ? this.prefix : `${this.prefix}.${i.field}` } : i,
    );
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid input', issues });
  }
}
