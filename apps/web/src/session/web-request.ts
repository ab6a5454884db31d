import type { Request } from 'express';
import type { SignedIn } from './session.store';

/** A request as the web service's middleware leaves it: who is signed in, and the form token to expect. */
export interface WebRequest extends Request {
  person?: SignedIn;
  /** The CSRF token every form of this request's pages carries, and every POST must bring back. */
  csrfToken: string;
}
