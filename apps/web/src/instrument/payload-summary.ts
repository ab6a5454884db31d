/** A fact's payload in one readable line: its plain values by name, nested ones flattened, cut short. */
export function payloadSummary(payload: unknown, max = 240): string {
  const parts: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      if (value.every((v) => typeof v !== 'object')) parts.push(`${path}: ${value.join(', ') || 'none'}`);
      else parts.push(`${path}: ${value.length} item${value.length === 1 ? '' : 's'}`);
    } else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path} ${k}` : k);
    } else {
      parts.push(`${path}: ${typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value)}`);
    }
  };
  walk(payload, '');
  const text = parts.join('; ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
