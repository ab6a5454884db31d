import { z } from 'zod/mini';

/** Bounded text fields, so a hostile payload cannot bloat workflow history. */
export const Id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'must be 1-80 letters, digits, . _ -'));
export const Name = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200));
export const Text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(4000));
