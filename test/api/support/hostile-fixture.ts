import fc from 'fast-check';
import type { Role } from '@cs/domain';
import { ApiHarness, startApi } from './api-harness';
import { documentedRoutes, type DocumentedRoute } from './openapi-routes';
import { registration, traffordFacts, TRAFFORD_ISSUED_ON } from './trafford';

/** Someone with a live token: a role, and for council users a council (their own, or another). */
export interface Caller {
  role: Role;
  council?: string;
  userId: string;
  token: string;
  /** e.g. "programme-office of other council": how a counterexample names the caller. */
  toString(): string;
  [fc.toStringMethod](): string;
}

/** A running API with a seeded notice, a caller of every kind, a revoked token and the documented routes. */
export interface HostileFixture {
  api: ApiHarness;
  /** The seeded notice's council (this run's own slug) and one that is not its own. */
  council: string;
  otherCouncil: string;
  /** The seeded notice's path parameters and path. */
  notice: { type: string; council: string; startedOn: string };
  path: string;
  callers: Caller[];
  revokedToken: string;
  routes: DocumentedRoute[];
}

/** Who calls: national roles, council users of the notice's council, and council users of another. */
function callerKinds(council: string, otherCouncil: string): { role: Role; council?: string }[] {
  return [
    { role: 'dfe-caselead' },
    { role: 'adviser' },
    { role: 'admin' },
    { role: 'viewer' },
    { role: 'programme-office', council },
    { role: 'board-chair', council },
    { role: 'viewer', council },
    { role: 'programme-office', council: otherCouncil },
    { role: 'board-chair', council: otherCouncil },
    { role: 'viewer', council: otherCouncil },
    { role: 'adviser', council: otherCouncil },
  ];
}

export async function startHostileFixture(name: string): Promise<HostileFixture> {
  const api = await startApi(name);
  const council = `trafford-${api.run}`;
  const otherCouncil = `salford-${api.run}`;
  const notice = { type: 'notice', council, startedOn: TRAFFORD_ISSUED_ON };
  const path = `/instruments/notice/${council}/${TRAFFORD_ISSUED_ON}`;
  const registered = await api.call('POST', '/notices', { token: await api.tokenFor('dfe-caselead'), body: registration(traffordFacts(council)[1]) });
  if (registered.status !== 201) throw new Error(`could not seed the notice: ${registered.status} ${JSON.stringify(registered.body)}`);
  const callers: Caller[] = [];
  for (const kind of callerKinds(council, otherCouncil)) {
    const issued = await api.tokens.issue({ name: `hostile ${kind.role} of ${kind.council ?? 'DfE'}`, ...kind });
    const label = `${kind.role}${kind.council ? ` of ${kind.council === council ? 'own council' : 'other council'}` : ''}`;
    callers.push({ ...kind, userId: issued.userId, token: issued.token, toString: () => label, [fc.toStringMethod]: () => label });
  }
  const leaver = await api.tokens.issue({ name: 'hostile leaver', role: 'admin' });
  await api.tokens.revoke(leaver.tokenId);
  return { api, council, otherCouncil, notice, path, callers, revokedToken: leaver.token, routes: await documentedRoutes(api.base) };
}

/** Whether the caller is a council user of another council than `council`. */
export function isOutsider(caller: Pick<Caller, 'council'>, council: string): boolean {
  return caller.council !== undefined && caller.council !== council;
}
