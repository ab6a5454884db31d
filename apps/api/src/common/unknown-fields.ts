/**
 * Fields a body carried that its schema does not know, found by comparing what was sent with what
 * zod kept (it drops unknown keys): a mistyped optional field (`summry`) would otherwise vanish
 * from a statutory record without a word. Paths as zod names them (`payload.chair.name`, `facts.0.x`).
 */
export function unknownFields(sent: unknown, kept: unknown, at: string[] = []): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) return sent.flatMap((v, i) => unknownFields(v, kept[i], [...at, String(i)]));
  if (!isRecord(sent) || !isRecord(kept)) return [];
  return Object.keys(sent).flatMap((key) => (key in kept ? unknownFields(sent[key], kept[key], [...at, key]) : [[...at, key].join('.')]));
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
