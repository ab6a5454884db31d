import type * as OpenIdClient from 'openid-client';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { SsoIdentityEntity } from '@cs/persistence';
import { sameSignature, sign } from '../session/seal';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

/** What the browser carries through the round trip to the provider: signed, so it cannot be forged. */
const RoundTrip = z.object({ state: z.string(), nonce: z.string(), verifier: z.string(), next: z.string() });
type RoundTrip = z.infer<typeof RoundTrip>;

/** Why a sign-on did not sign anyone in, in words for the person. */
export class SsoRefusal extends Error {}

/**
 * Single sign-on through an OpenID Connect provider (DfE Sign-in, a council's identity service):
 * authorization code with PKCE, state and nonce. The provider vouches for an e-mail address; an
 * admin's grant (sso_identity) says which of our users, with which role and council, that is.
 */
export class OidcService {
  private discovered?: Promise<OpenIdClient.Configuration>;

  constructor(
    private readonly settings: OidcSettings | undefined,
    private readonly redirectUri: string,
    private readonly secret: string,
    private readonly db: DataSource,
  ) {}

  get enabled(): boolean {
    return this.settings !== undefined;
  }

  get issuer(): string | undefined {
    return this.settings?.issuer;
  }

  /** The provider's sign-in address, and the signed cookie value that must come back with its answer. */
  async begin(next: string): Promise<{ url: string; cookie: string }> {
    const client = await openIdClient();
    const config = await this.configuration();
    const trip: RoundTrip = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier(), next };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email',
      state: trip.state,
      nonce: trip.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(trip.verifier),
      code_challenge_method: 'S256',
    });
    const value = Buffer.from(JSON.stringify(trip)).toString('base64url');
    return { url: url.href, cookie: `${value}.${sign(this.secret, 'sso', value)}` };
  }

  /** Checks the provider's answer and finds the user an admin granted this identity to. */
  async finish(callbackUrl: URL, cookie: string | undefined): Promise<{ userId: string; next: string }> {
    const [value, signature] = (cookie ?? '').split('.');
    if (!value || !sameSignature(signature, sign(this.secret, 'sso', value))) {
      throw new SsoRefusal('The sign-in took too long or was started in another browser. Start again.');
    }
    const trip = RoundTrip.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    const client = await openIdClient();
    let claims: Record<string, unknown> | undefined;
    try {
      const config = await this.configuration();
      const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: trip.verifier,
        expectedState: trip.state,
        expectedNonce: trip.nonce,
      });
      const idToken = tokens.claims();
      // Providers that keep the e-mail out of the ID token give it at the userinfo endpoint.
      claims = idToken?.email ? idToken : idToken && (await client.fetchUserInfo(config, tokens.access_token, idToken.sub));
    } catch (err) {
      throw new SsoRefusal(`The sign-on provider's answer could not be accepted (${(err as Error).message}). Start again.`);
    }
    const email = typeof claims?.email === 'string' ? claims.email.toLowerCase() : undefined;
    if (!email || claims?.email_verified === false) throw new SsoRefusal('The sign-on provider did not give a verified e-mail address.');
    const grant = await this.db.getRepository(SsoIdentityEntity).findOneBy({ issuer: this.settings!.issuer, email });
    if (!grant) throw new SsoRefusal(`${email} has not been given access to this service. Ask an admin to grant it.`);
    return { userId: grant.userId, next: trip.next };
  }

  private configuration(): Promise<OpenIdClient.Configuration> {
    if (!this.settings) throw new SsoRefusal('Single sign-on is not set up for this service.');
    const { issuer, clientId, clientSecret } = this.settings;
    const insecure = new URL(issuer).protocol === 'http:';
    this.discovered ??= openIdClient()
      .then((client) =>
        client.discovery(new URL(issuer), clientId, clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined),
      )
      .catch((err) => {
        this.discovered = undefined; // try again on the next sign-in
        throw new SsoRefusal(`The sign-on provider at ${issuer} is not answering (${(err as Error).message}).`);
      });
    return this.discovered;
  }
}

/** openid-client is an ES module: loaded when single sign-on is used (Node's require of ES modules). */
function openIdClient(): Promise<typeof OpenIdClient> {
  return import('openid-client');
}
