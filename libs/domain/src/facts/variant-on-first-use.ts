import type { z } from 'zod/mini';

/**
 * One option of a discriminated union on `type`, its object schema built only when a value of that
 * type is first parsed. Each cached workflow instantiates the domain's modules for itself, and the
 * Fact and Command unions' 68 variants were ~270 KiB of every notice's heap (each zod instance,
 * even a `z.lazy`, carries a dozen closures), though a notice parses only the few types it records
 * (docs/benchmarks.md, "workflow-footprint").
 *
 * So the option is the least zod reads of a union's option, not a zod instance: the discriminator's
 * one value and "not optional", as the object it stands for states them; `run` parses with the
 * built object (same data, same issues); and for the JSON Schema conversion it reads as a `z.lazy`
 * of that object (the same output: compared byte for byte on the OpenAPI document).
 */
export function variantOnFirstUse<T extends z.ZodMiniObject>(type: string, build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  const option = {
    _zod: {
      def: { type: 'lazy', getter: schema },
      traits: new Set(['$ZodType', '$ZodLazy']),
      propValues: { type: new Set([type]) },
      optin: undefined,
      optout: undefined,
      pattern: undefined,
      values: undefined,
      get innerType() {
        return schema();
      },
      run: (payload: z.core.ParsePayload, ctx: z.core.ParseContextInternal) => schema()._zod.run(payload, ctx),
    },
  };
  return option as unknown as T;
}
