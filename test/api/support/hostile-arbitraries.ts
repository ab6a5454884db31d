import fc from 'fast-check';

/**
 * Arbitraries for hostile requests: what a careless or malicious client sends. Long values are
 * markers that serialise in full but print as their length, so a counterexample stays readable.
 */

/** Every hostile property runs with this seed, so a failure replays exactly; HOSTILE_SEED=<n> explores others. */
export const HOSTILE_SEED = Number(process.env.HOSTILE_SEED ?? 20261123);

/** HOSTILE_SCALE=<n> multiplies the run counts, for a longer hunt than the normal test run affords. */
const SCALE = Number(process.env.HOSTILE_SCALE ?? 1);

export function hostileRuns<T>(numRuns: number, examples: T[] = []): fc.Parameters<T> {
  return { seed: HOSTILE_SEED, numRuns: Math.round(numRuns * SCALE), examples };
}

/** A long string: sent in full, printed as its length. */
export class LongText {
  constructor(
    readonly char: string,
    readonly length: number,
  ) {}
  toJSON(): string {
    return this.char.repeat(this.length);
  }
  [fc.toStringMethod](): string {
    return `LongText(${JSON.stringify(this.char)} x ${this.length})`;
  }
}

/** Over the Text limit (4000) but inside the 100 kB body limit; and 1-2 MB, over it. */
export const longText = fc.integer({ min: 4001, max: 90_000 }).map((n) => new LongText('x', n));
export const hugeText = fc.integer({ min: 1_000_000, max: 2_000_000 }).map((n) => new LongText('y', n));

/** Calendar dates that are not, or not acceptable: impossible, out of range, with a time, padded. */
export const badDate = fc.constantFrom(
  '2019-02-30', '99999-01-01', '', '2019-05-23T10:00:00Z', '2019-05-23T00:00', '2019-5-23', '23/05/2019', '0000-00-00',
  '2019-13-01', '1900-01-01', '9999-12-31', '2999-01-01', ' 2019-05-23', '2019-05-23\n', '２０１９-０５-２３', '0099-01-01', 'yesterday',
);

/** Numbers as query text: negative, fractional, NaN-like, exponent, hex, padded, huge, other digits. */
export const badNumberText = fc.constantFrom(
  '-1', '0', '1.5', 'NaN', 'Infinity', '-Infinity', '1e3', '0x10', '+5', ' 5', '5 ', '99999999999999999999', '', '1,000', '٣', '00001',
);

/** Numbers as JSON: negative, fractional, extreme; NaN and Infinity serialise as null. */
export const badNumber = fc.oneof(
  fc.constantFrom(-1, 0, 0.5, -0, 1e308, -1e308, 2 ** 53 + 2, Number.NaN, Number.POSITIVE_INFINITY),
  fc.double(),
  fc.integer(),
);

/** Text no database column can hold: NUL, and halves of surrogate pairs. */
export const unstorableString = fc.constantFrom('\u0000', 'A\u0000B', '\ud800', 'x\udc00', '\udbff\udbff');

/** Text that breaks naive handling: control and NUL characters, half surrogate pairs, injections, any code point. */
export const oddText = fc.oneof(
  { arbitrary: unstorableString, weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '\u202eevil', '\u0007\u001b[31m', '🙂', 'Zoë', ' ', '\t\n', '<script>alert(1)</script>', "'; DROP TABLE audit_log; --",
      '../../etc/passwd', '%00', '${jndi:ldap://x}', '{{7*7}}', '__proto__', 'constructor', '\ufeff',
    ),
    weight: 2,
  },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
);

/** Keys that attack prototypes or smuggle fields the server sets itself. */
export const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'actor', 'id', 'recordedAt', 'type', 'colour', ''),
  fc.string({ maxLength: 12 }),
);

/** Sets a key as an own, enumerable property, so even `__proto__` is serialised as a key. */
export function withKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Any value of another type than the one expected. */
const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
  fc.string({ maxLength: 10 }),
);

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => pathsOf(v, [...at, k]))];
}

export type Corruption =
  | { how: 'replace'; path: Path; value: unknown }
  | { how: 'remove'; path: Path }
  | { how: 'add-field'; path: Path; key: string; value: unknown };

const isoDateLike = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function leafPaths(value: unknown, keep: (leaf: unknown) => boolean): Path[] {
  const at = (p: Path) => p.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], value);
  return pathsOf(value).filter((p) => keep(at(p)));
}

/**
 * One corruption of a valid value: a field of the wrong type, too long, a bad date, odd text,
 * removed, or an extra key. Text fields get odd text and date fields bad dates more often than
 * chance would give them, since that is where a valid-looking request hides its harm.
 */
export function corruptionOf(valid: unknown): fc.Arbitrary<Corruption> {
  const path = fc.constantFrom(...pathsOf(valid));
  const texts = leafPaths(valid, (v) => typeof v === 'string' && !isoDateLike(v));
  const dates = leafPaths(valid, isoDateLike);
  const replace = (paths: Path[], value: fc.Arbitrary<unknown>) =>
    fc.record({ how: fc.constant('replace' as const), path: fc.constantFrom(...paths), value });
  const targeted: { arbitrary: fc.Arbitrary<Corruption>; weight: number }[] = [];
  if (texts.length) targeted.push({ arbitrary: replace(texts, oddText), weight: 3 });
  if (dates.length) targeted.push({ arbitrary: replace(dates, badDate), weight: 2 });
  const replacement = fc.oneof(
    { arbitrary: wrongType, weight: 4 },
    { arbitrary: badDate, weight: 3 },
    { arbitrary: badNumber, weight: 2 },
    { arbitrary: oddText, weight: 4 },
    { arbitrary: longText, weight: 1 },
    { arbitrary: hugeText, weight: 1 },
  );
  return fc.oneof(
    { arbitrary: replace(pathsOf(valid), replacement), weight: 6 },
    { arbitrary: fc.record({ how: fc.constant('remove' as const), path }), weight: 1 },
    { arbitrary: fc.record({ how: fc.constant('add-field' as const), path, key: hostileKey, value: fc.jsonValue({ maxDepth: 2 }) }), weight: 2 },
    ...targeted,
  );
}

/** The valid value with the corruption applied (the valid value is left as it was). */
export function corrupt(valid: unknown, c: Corruption): unknown {
  const root = { value: structuredClone(valid) as unknown };
  const full: Path = ['value', ...c.path];
  const parent = full.slice(0, -1).reduce<Record<string | number, unknown>>((node, k) => node[k] as Record<string | number, unknown>, root);
  const last = full[full.length - 1];
  if (c.how === 'replace') withKey(parent, String(last), c.value);
  else if (c.how === 'remove') delete parent[last];
  else {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) withKey(target as Record<string, unknown>, c.key, c.value);
    else withKey(parent, String(last), { [c.key]: c.value });
  }
  return root.value;
}

/** A request body as sent: none, a JSON value, raw text (malformed, deeply nested), or raw bytes (not UTF-8). */
export type HostileBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'nested'; depth: number; open: string; close: string }
  | { kind: 'bytes'; bytes: Uint8Array };

export function bodyBytes(body: HostileBody): Buffer | undefined {
  switch (body.kind) {
    case 'none':
      return undefined;
    case 'json': {
      const text = JSON.stringify(body.value);
      return text === undefined ? undefined : Buffer.from(text, 'utf8');
    }
    case 'text':
      return Buffer.from(body.text, 'utf8');
    case 'nested':
      return Buffer.from(body.open.repeat(body.depth) + '1' + body.close.repeat(body.depth), 'utf8');
    case 'bytes':
      return Buffer.from(body.bytes);
  }
}

const malformedJson = fc.constantFrom(
  '{', '{"type": ', 'nul', '[1,2', '{"a":1}{"b":2}', '{"a":1,"a":2}', '\ufeff{}', ' ', 'undefined', 'NaN', "{'a':1}", '{"a":01}',
  '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', 'null', '"text"', '12', 'true', '[]',
);

/** Anything at all as a body; `valid` (when given) is also sent as it is, and with one corruption. */
export function hostileBody(valid?: unknown): fc.Arbitrary<HostileBody> {
  const options: { arbitrary: fc.Arbitrary<HostileBody>; weight: number }[] = [
    { arbitrary: fc.constant({ kind: 'none' as const }), weight: 1 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: 'json' as const, value })), weight: 3 },
    { arbitrary: fc.anything({ maxDepth: 2 }).map((value) => ({ kind: 'json' as const, value: jsonSafe(value) })), weight: 2 },
    { arbitrary: malformedJson.map((text) => ({ kind: 'text' as const, text })), weight: 2 },
    { arbitrary: nested('[', ']', 40_000), weight: 1 },
    { arbitrary: nested('{"a":', '}', 10_000), weight: 1 },
    { arbitrary: invalidUtf8.map((bytes) => ({ kind: 'bytes' as const, bytes })), weight: 2 },
    { arbitrary: hugeText.map((value) => ({ kind: 'json' as const, value: { text: value } })), weight: 1 },
  ];
  if (valid !== undefined) {
    options.push({ arbitrary: fc.constant({ kind: 'json' as const, value: valid }), weight: 2 });
    options.push({ arbitrary: corruptionOf(valid).map((c) => ({ kind: 'json' as const, value: corrupt(valid, c) })), weight: 4 });
  }
  return fc.oneof(...options);
}

/** Thousands of levels of arrays or objects: a parser or validator that recurses runs out of stack. */
function nested(open: string, close: string, maxDepth: number): fc.Arbitrary<HostileBody> {
  return fc.integer({ min: 1_000, max: maxDepth }).map((depth) => ({ kind: 'nested' as const, depth, open, close }));
}

/** fc.anything yields values JSON cannot carry (bigint is off by default; undefined means no body). */
function jsonSafe(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value) ?? 'null');
  } catch {
    return null;
  }
}

/** Bytes that are not UTF-8, alone or inside something JSON-shaped. */
export const invalidUtf8 = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => Uint8Array.from([0xff, ...b])),
  fc
    .uint8Array({ minLength: 1, maxLength: 32 })
    .map((b) => Uint8Array.from([...Buffer.from('{"type":"'), 0xc3, 0x28, 0xfe, ...b, ...Buffer.from('"}')])),
);

/** Percent-encodes every byte but the unreserved ones (half surrogates become U+FFFD's bytes, as a client would send). */
export function percentEncode(text: string): string {
  const byte = (b: number) => String.fromCharCode(b);
  const escaped = (b: number) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9._~-]/.test(byte(b)) ? byte(b) : escaped(b))).join('');
}

/** Escapes that are not, or not valid, percent-encoding. */
const brokenEscape = fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%C0%AF', '%FF', '%2', '%%');

/** A path segment instead of a valid one: traversal, NUL, broken escapes, wrong case, too long, unicode. */
export const hostileSegment = fc.oneof(
  fc.constantFrom(
    '..', '%2e%2e', '.', '%2F', 'a%2Fb', 'Trafford', '-x-', '%20', 'salford', '2001-01-01', '2019-02-30', '9999-12-31', 'memo',
    'direction', 'continuing-board', '%E2%80%AE',
  ),
  brokenEscape,
  fc.integer({ min: 61, max: 3000 }).map((n) => 'a'.repeat(n)),
  oddText.map(percentEncode),
);

// Plausible values include real dates before the seeded notice began (2019-05-23) and a forged page token.
const plausibleDate = fc.constantFrom('2019-06-01', '2019-05-23', '2019-05-22', '2001-01-01', '1970-01-01');
const plausibleNumber = fc.constantFrom('1', '20', '100', '1000');
const plausibleWord = fc.constantFrom('abcdef', 'true', 'false', 'notice', 'improvement-notice', 'under-improvement', 'trafford');
const plausible = fc.oneof(plausibleDate, plausibleNumber, plausibleWord);

/** A value for a query parameter: mostly of its own kind (dates for dates, numbers for paging), or anything hostile. */
function queryValue(name: string): fc.Arbitrary<string> {
  const anything = fc.oneof(
    { arbitrary: plausible, weight: 3 },
    { arbitrary: badDate, weight: 2 },
    { arbitrary: badNumberText, weight: 2 },
    { arbitrary: oddText, weight: 2 },
    { arbitrary: fc.integer({ min: 101, max: 6000 }).map((n) => 'z'.repeat(n)), weight: 1 },
  );
  const mostly = (own: fc.Arbitrary<string>) => fc.oneof({ arbitrary: own, weight: 3 }, { arbitrary: anything, weight: 1 });
  if (/^asOf$|On$/.test(name)) return mostly(fc.oneof(plausibleDate, badDate));
  if (/page|Size|Days/i.test(name)) return mostly(fc.oneof(plausibleNumber, badNumberText));
  return anything;
}

/** A query string: known names and hostile ones, repeated, with bad dates, numbers and text as values. */
export function hostileQuery(known: string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    ...(known.length ? [{ arbitrary: fc.constantFrom(...known), weight: 4 }] : []),
    { arbitrary: fc.constantFrom('__proto__', 'constructor', 'page[a]', 'a.b', 'toString', 'x'.repeat(300)), weight: 1 },
    { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  );
  const pair = fc.oneof(
    { arbitrary: key.chain((k) => queryValue(k).map((v) => `${percentEncode(k)}=${percentEncode(v)}`)), weight: 6 },
    { arbitrary: fc.tuple(key, brokenEscape).map(([k, v]) => `${percentEncode(k)}=${v}`), weight: 1 },
    { arbitrary: key.map((k) => percentEncode(k)), weight: 1 },
  );
  return fc.array(pair, { maxLength: 4 }).map((pairs) => (pairs.length ? `?${pairs.join('&')}` : ''));
}

/** Methods a route does not take (HEAD has no body to check). */
export const anyMethod = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE');

/** Content types a JSON API should refuse or handle: other types, other charsets, none, nonsense. */
export const hostileContentType = fc.constantFrom(
  'application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'application/json; charset=utf-16',
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/vnd.api+json',
  '*/*', 'application/json, text/plain', 'nonsense', undefined,
);

/** Mostly none; otherwise encodings the body does not have, or that nothing supports. */
export const hostileContentEncoding = fc.constantFrom(undefined, undefined, undefined, 'identity', 'gzip', 'deflate', 'br', 'compress', 'x-evil');

/** Idempotency-Key headers that must be refused (spaces, too long, traversal, latin1, empty). */
export const badIdempotencyKey = fc.constantFrom('', ' ', 'a b', 'x'.repeat(129), '../etc', '-leading-dash', 'k%00', 'clé', 'a/b', '{}');

const base64 = (min: number, max: number) =>
  fc.uint8Array({ minLength: min, maxLength: max }).map((b) => Buffer.from(b).toString('base64'));

/**
 * Authorization headers that must not get in: none, empty or other schemes, forged `csi_` tokens,
 * random base64, a real token damaged or wrapped, a revoked one. (Header values stay latin1, as HTTP allows.)
 */
export function forgedAuthorization(real: string, revoked: string): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    fc.constantFrom(
      undefined, '', 'Bearer', 'Bearer ', 'Bearer csi_', 'Digest username="ada"', `Basic ${Buffer.from('ada:pw').toString('base64')}`,
      `Token ${real}`, `Bearer ${real} extra`, `Bearer ${real.slice(0, -1)}`, `Bearer ${real}ÿ`, `Bearer ${revoked}`,
    ),
    fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => `Bearer csi_${Buffer.from(b).toString('base64url')}`),
    base64(0, 64).map((t) => `Bearer ${t}`),
    base64(1, 40).map((t) => `Basic ${t}`),
    fc.integer({ min: 201, max: 5000 }).map((n) => `Bearer ${'A'.repeat(n)}`),
  );
}
