export interface TextIssue {
  field: string;
  message: string;
}

// Half of a UTF-16 surrogate pair: not Unicode text, and PostgreSQL's jsonb refuses its escape.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function problemIn(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000), which cannot be stored';
  if (loneSurrogate.test(text)) return 'contains half of a surrogate pair, which is not valid Unicode';
  return undefined;
}

/**
 * Each string (or object key) in a request that PostgreSQL could not store in text or jsonb, and why.
 * Checked before anything is recorded, so such input is a 400 naming the field rather than a
 * failure halfway through (the audit line). Walks without recursion: a body may nest deeply.
 */
export function unstorableText(value: unknown, limit = 20): TextIssue[] {
  const issues: TextIssue[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length && issues.length < limit) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      const problem = problemIn(node);
      if (problem) issues.push({ field: path || '(body)', message: problem });
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const field = path ? `${path}.${key}` : key;
        const problem = problemIn(key);
        if (problem) issues.push({ field: path || '(body)', message: `has a key that ${problem}` });
        stack.push([child, field]);
      }
    }
  }
  return issues;
}
