import { parse, serialize, type SerializeOptions } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'cs_session';
/** Before sign-in: the value the sign-in form's CSRF token is bound to (double submit). */
export const SIGN_IN_COOKIE = 'cs_signin';
/** During a single sign-on round trip: its state, nonce and PKCE verifier, signed. */
export const SSO_COOKIE = 'cs_sso';

export function readCookie(req: Request, name: string): string | undefined {
  return parse(req.headers.cookie ?? '')[name];
}

/** httpOnly, SameSite=Lax (a top-level return from the sign-on provider still carries it), Secure over https. */
export function setCookie(res: Response, name: string, value: string, secure: boolean, maxAgeSeconds?: number): void {
  const options: SerializeOptions = { httpOnly: true, sameSite: 'lax', secure, path: '/' };
  if (maxAgeSeconds !== undefined) options.maxAge = maxAgeSeconds;
  res.append('Set-Cookie', serialize(name, value, options));
}

export function clearCookie(res: Response, name: string, secure: boolean): void {
  setCookie(res, name, '', secure, 0);
}
