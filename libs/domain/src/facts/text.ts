import { z } from 'zod';

/** Bounded text fields, so a hostile payload cannot bloat workflow history. */
export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'must be 1-80 letters, digits, . _ -');
export const Name = z.string().trim().min(1, 'must not be empty').max(200);
export const Text = z.string().trim().min(1, 'must not be empty').max(4000);
