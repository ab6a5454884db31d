/**
 * Users and API tokens, from the command line. The token is printed once and never stored.
 *
 *   npx ts-node -r tsconfig-paths/register --transpile-only apps/api/src/cli/tokens.ts create-admin --name "Ada"
 *   npx ts-node -r tsconfig-paths/register --transpile-only apps/api/src/cli/tokens.ts issue --name Pat --role programme-office --council trafford --email pat@trafford.gov.uk
 *   npx ts-node -r tsconfig-paths/register --transpile-only apps/api/src/cli/tokens.ts revoke --token-id token-...
 *   npx ts-node -r tsconfig-paths/register --transpile-only apps/api/src/cli/tokens.ts list [--status live|expired|revoked]
 *
 * Uses DATABASE_URL (the app's role is enough); with the embedded default of `bash tools/start.sh`
 * that is postgres://cs_app:cs_app@127.0.0.1:5433/cs_intervention. Tokens live
 * TOKEN_LIFETIME_DAYS (90 by default).
 */
import { loadEnv } from '@cs/config';
import { openDatabase } from '@cs/persistence';
import { TokenStore } from '@cs/persistence';
import { parseTokensArgs } from './tokens-args';

async function main(argv: string[]): Promise<number> {
  const args = parseTokensArgs(argv);
  const env = loadEnv();
  const url = env.DATABASE_URL ?? `postgres://cs_app:cs_app@127.0.0.1:${env.EMBEDDED_PG_PORT}/cs_intervention`;
  const db = await openDatabase(url);
  try {
    const store = new TokenStore(db, env.TOKEN_LIFETIME_DAYS);
    if (args.command === 'list') {
      const tokens = (await store.list()).filter((t) => !args.status || t.status === args.status);
      for (const t of tokens) {
        const who = `${t.user.name} (${t.user.role}${t.user.council ? ` of ${t.user.council}` : ''})`;
        console.log(`${t.tokenId}  ${t.status.padEnd(7)}  ${who}  expires ${t.expiresAt}  last used ${t.lastUsedAt ?? 'never'}`);
      }
      console.log(`${tokens.length} token(s)`);
      return 0;
    }
    if (args.command === 'revoke') {
      const id = args['token-id'];
      const outcome = await store.revoke(id);
      if (outcome === 'unknown') {
        console.error(`no token ${id}: \`list\` shows them`);
        return 1;
      }
      console.log(outcome === 'revoked' ? `revoked ${id}` : `${id} was already revoked at ${(await store.find(id))?.revokedAt}`);
      return 0;
    }
    if (args.command === 'create-admin' && (await store.hasAdmin())) {
      console.error('an admin already exists; an admin issues further tokens with `issue --role admin`');
      return 1;
    }
    const user = args.command === 'create-admin' ? { name: args.name, role: 'admin' as const, email: args.email } : { name: args.name, role: args.role, council: args.council, email: args.email };
    const issued = await store.issue(user);
    console.log(`user ${issued.userId} (${user.role}${'council' in user && user.council ? ` of ${user.council}` : ''})`);
    console.log(`token id ${issued.tokenId}, expires ${issued.expiresAt.toISOString()}`);
    console.log(`token ${issued.token}`);
    console.log('Keep the token: it is shown only this once. Send it as: Authorization: Bearer <token>');
    return 0;
  } finally {
    await db.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(String(err?.message ?? err));
    process.exit(2);
  },
);
