/* global process, console */
// A real OpenID Connect provider for the single sign-on test (oidc-provider, an ES module, so it
// runs in its own Node process): one client, the web service; anyone signing in at its development
// login page is vouched for with their login as a verified e-mail address.
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: 'cs-web',
      client_secret: 'cs-web-test-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  claims: { openid: ['sub'], email: ['email', 'email_verified'] },
  async findAccount(_ctx, id) {
    return { accountId: id, claims: async () => ({ sub: id, email: id, email_verified: true }) };
  },
  cookies: { keys: ['cs-oidc-test-key'] },
  pkce: { required: () => true },
});
provider.listen(Number(port), '127.0.0.1', () => console.log(`oidc provider listening on ${port}`));
