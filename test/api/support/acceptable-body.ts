import { z } from 'zod';

/**
 * What the API must accept as a body, decided here without the API's own helpers: its schema parses
 * it, nothing it sent was dropped by the parse (every key path sent is still there), and every
 * string and key survives storage (no NUL, and valid Unicode: it round-trips through UTF-8).
 */
export function acceptableBody(schema: z.core.$ZodType, value: unknown): boolean {
  const parsed = z.safeParse(schema, value);
  if (!parsed.success) return false;
  const kept = new Set(keyPaths(parsed.data));
  return keyPaths(value).every((p) => kept.has(p)) && textsOf(value).every(storable);
}

/** Every key path in a JSON value ("payload.chair.name", "facts.0.type"), walked without recursion. */
function keyPaths(value: unknown): string[] {
  const paths: string[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [node, at] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const [key, child] of Object.entries(node)) {
      const path = at ? `${at}.${key}` : key;
      paths.push(path);
      stack.push([child, path]);
    }
  }
  return paths;
}

/** Every string in a JSON value, keys included. */
function textsOf(value: unknown): string[] {
  const texts: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node === 'string') texts.push(node);
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        texts.push(key);
        stack.push(child);
      }
    }
  }
  return texts;
}

function storable(text: string): boolean {
  return !text.includes('\u0000') && Buffer.from(text, 'utf8').toString('utf8') === text;
}
