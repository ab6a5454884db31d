import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'crypto';

/** A new session id: 256 random bits, what the cookie carries. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this is stored, so a copy of the table cannot be replayed as cookies. */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

function keyFor(sessionId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionId, 'cs-web-session', 'api-token', 32));
}

/** Seals the session's API token with a key only the cookie's session id gives (AES-256-GCM). */
export function seal(secret: string, sessionId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(sessionId), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unseal(sealed: string, sessionId: string): string | undefined {
  try {
    const [iv, tag, body] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', keyFor(sessionId), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** An HMAC of `purpose:value` under the service's session secret, for cookies and CSRF tokens. */
export function sign(secret: string, purpose: string, value: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${value}`).digest('base64url');
}

/** Constant-time comparison of a presented signature with the expected one. */
export function sameSignature(presented: unknown, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
