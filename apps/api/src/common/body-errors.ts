/** A body the API could not read, as the caller should hear it. */
export interface BodyRefusal {
  status: 400 | 413 | 415;
  message: string;
}

/** What body-parser (through http-errors) attaches to the errors it raises before any route runs. */
interface ParserError {
  type?: unknown;
  status?: unknown;
  expose?: unknown;
  limit?: unknown;
  charset?: unknown;
  encoding?: unknown;
  message?: unknown;
}

/**
 * Reads express's body-parser errors: each is the caller's mistake, so each gets its own status
 * and says what to send instead. Anything else (including a parser error the server caused) is
 * not a body refusal.
 */
export function bodyRefusal(err: unknown): BodyRefusal | undefined {
  const e = err as ParserError | undefined;
  if (!e || typeof e !== 'object') return undefined;
  switch (e.type) {
    case 'entity.parse.failed':
      return { status: 400, message: 'the body is not valid JSON' };
    case 'entity.too.large':
      return { status: 413, message: `the body is larger than the ${typeof e.limit === 'number' ? `${e.limit}-byte ` : ''}limit` };
    case 'charset.unsupported':
      return { status: 415, message: `charset ${String(e.charset ?? '')} is not supported: send JSON in UTF-8` };
    case 'encoding.unsupported':
      return { status: 415, message: `Content-Encoding ${String(e.encoding ?? '')} is not supported: send identity, gzip, deflate or br` };
  }
  // Aborted or truncated uploads and bodies that do not decompress: http-errors marks them exposable 4xx.
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500 && e.expose === true) {
    return { status: 400, message: `the body could not be read: ${String(e.message ?? 'invalid')}` };
  }
  return undefined;
}
