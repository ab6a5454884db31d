import { createHash, randomBytes } from 'crypto';

/** Tokens look like `csi_<43 url-safe characters>`: 256 random bits, recognisable in a leak scan. */
const PREFIX = 'csi_';

export function newToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

/** Only this hash is stored; the token itself is shown once, when it is issued. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S{1,200})\s*$/i.exec(header ?? '');
  return match?.[1];
}
