import { BadRequestException, PipeTransform } from '@nestjs/common';
import type { ZodType } from 'zod';
import { zodIssues } from './error.filter';

/** Validates a body, query or param with a zod schema from libs/domain; 400 names each field. */
export class ZodPipe<T> implements PipeTransform<unknown, T> {
  constructor(private readonly schema: ZodType<T>) {}

  transform(value: unknown): T {
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid input', issues: zodIssues(parsed.error) });
  }
}
