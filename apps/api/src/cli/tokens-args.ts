import { z } from 'zod';
import { CouncilSlug, Role, TokenListing } from '@cs/domain';

/** Where a user's reminders go. */
const Email = z.email('must be an email address such as pat@trafford.gov.uk');

/** `create-admin --name Ada [--email a@x]` | `issue --name X --role programme-office --council trafford [--email x@y]` | `revoke --token-id ID` | `list [--status live]`. */
export const TokensCommand = z.discriminatedUnion('command', [
  z.object({ command: z.literal('create-admin'), name: z.string().trim().min(1, 'give --name'), email: Email.optional() }),
  z.object({ command: z.literal('issue'), name: z.string().trim().min(1, 'give --name'), role: Role, council: CouncilSlug.optional(), email: Email.optional() }),
  z.object({ command: z.literal('revoke'), 'token-id': z.string().min(1, 'give --token-id') }),
  z.object({ command: z.literal('list'), status: TokenListing.shape.status.optional() }),
]);
export type TokensCommand = z.infer<typeof TokensCommand>;

export function parseTokensArgs(argv: string[]): TokensCommand {
  const [command, ...rest] = argv;
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i];
    if (!key?.startsWith('--') || rest[i + 1] === undefined) throw new Error(`expected --option value, got ${key ?? 'nothing'}`);
    options[key.slice(2)] = rest[i + 1];
  }
  const parsed = TokensCommand.safeParse({ command, ...options });
  if (parsed.success) return parsed.data;
  throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'command'}: ${i.message}`).join('\n'));
}
