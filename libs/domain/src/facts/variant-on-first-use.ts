import { z } from 'zod/mini';

/**
 * One option of a discriminated union on `type`, its object schema built only when a value of that
 * type is first parsed. Each cached workflow instantiates the domain's modules for itself, and the
 * Fact and Command unions' 34 variants each were ~300 KiB of every notice's heap, though a notice
 * parses only the few types it records (docs/benchmarks.md, "workflow-footprint").
 *
 * A plain `z.lazy` would not do: the union reads each option's discriminator values, and the
 * enclosing object its optionality, and `z.lazy` builds its schema to answer. So the lazy schema
 * states them itself: the discriminator's one value, and not optional, as the object it stands
 * for (an object schema has no pattern either). Parsing runs the built object: same data, same
 * issues; the JSON Schema conversion reads through `z.lazy` to the same object too.
 */
export function variantOnFirstUse<T extends z.ZodMiniObject>(type: string, build: () => T): T {
  const lazy = z.lazy(build);
  Object.defineProperties(lazy._zod, {
    propValues: { value: { type: new Set([type]) } },
    optin: { value: undefined },
    optout: { value: undefined },
    pattern: { value: undefined },
  });
  return lazy as unknown as T;
}
