import { BadRequestException, PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import { zodIssues } from './error.filter';
import { unstorableText } from './storable-text';

/**
 * Validates a body, query, param or header with a zod schema from libs/domain; 400 names each
 * field, including text that could not be stored. `prefix` names where the value came from when
 * the schema checks a single value.
 */
export class ZodPipe<T> implements PipeTransform<unknown, T> {
  constructor(
    private readonly schema: ZodType<T>,
    private readonly prefix?: string,
  ) {}

  transform(value: unknown): T {
    const unstorable = unstorableText(value);
    const parsed = this.schema.safeParse(value);
    if (parsed.success && unstorable.length === 0) return parsed.data;
    const issues = [...unstorable, ...(parsed.success ? [] : zodIssues(parsed.error))].map((i) =>
      this.prefix ? { ...i, field: i.field === '(body)' ? this.prefix : `${this.prefix}.${i.field}` } : i,
    );
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid input', issues });
  }
}
