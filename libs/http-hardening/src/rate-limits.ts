import { DynamicModule, ExecutionContext, Injectable, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { normalizeIp, ThrottlerException, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModule, ThrottlerOptions } from '@nestjs/throttler';
import { createHash } from 'crypto';
import type { Env } from '@cs/config';
import { isCostly, RateLimitedRequest } from './request-cost';

export type RateLimitSettings = Pick<
  Env,
  | 'RATE_LIMIT_WINDOW_MS'
  | 'RATE_LIMIT_READS_PER_TOKEN'
  | 'RATE_LIMIT_READS_PER_ADDRESS'
  | 'RATE_LIMIT_COSTLY_PER_TOKEN'
  | 'RATE_LIMIT_COSTLY_PER_ADDRESS'
>;

/** Who a request comes from for the per-caller limits: a hash of its credential, or undefined. */
export type CallerOf = (req: RateLimitedRequest) => string | undefined;

/** The API's caller: its bearer token, hashed (the limiter never holds a token). */
export const bearerCaller: CallerOf = (req) => {
  const header = req.headers.authorization;
  const match = /^Bearer\s+(\S{1,200})\s*$/i.exec(typeof header === 'string' ? header : '');
  return match ? createHash('sha256').update(match[1]).digest('hex') : undefined;
};

const SEPARATOR = '|';

/** What each limit counts, in the words of its 429. */
const described: Record<string, string> = {
  'reads-per-token': 'requests per token',
  'reads-per-address': 'requests per address',
  'costly-per-token': 'commands, other POSTs and asOf reads per token',
  'costly-per-address': 'commands, other POSTs and asOf reads per address',
};

/**
 * The four limits: every request against the read limits, costly ones (isCostly) against the
 * tighter ones too; each per caller and per address. A limit of 0 is off. The key is the limit's
 * name and the tracker, so one caller's count spans every route (the library's default counts
 * per route).
 */
export function rateLimitThrottlers(settings: RateLimitSettings, callerOf: CallerOf = bearerCaller): ThrottlerOptions[] {
  const ttl = settings.RATE_LIMIT_WINDOW_MS;
  const request = (ctx: ExecutionContext) => ctx.switchToHttp().getRequest<RateLimitedRequest>();
  const byCaller = (req: RateLimitedRequest) => callerOf(req) ?? '';
  const byAddress = (req: RateLimitedRequest) => (req.ip ? normalizeIp(req.ip) : 'unknown');
  const limits: [string, number, (req: RateLimitedRequest) => string, boolean][] = [
    ['reads-per-token', settings.RATE_LIMIT_READS_PER_TOKEN, byCaller, false],
    ['reads-per-address', settings.RATE_LIMIT_READS_PER_ADDRESS, byAddress, false],
    ['costly-per-token', settings.RATE_LIMIT_COSTLY_PER_TOKEN, byCaller, true],
    ['costly-per-address', settings.RATE_LIMIT_COSTLY_PER_ADDRESS, byAddress, true],
  ];
  return limits
    .filter(([, limit]) => limit > 0)
    .map(([name, limit, tracker, costlyOnly]) => ({
      name,
      limit,
      ttl,
      setHeaders: false, // the library would name it Retry-After-<name>; RateLimitGuard sends Retry-After
      skipIf: (ctx: ExecutionContext) => {
        const req = request(ctx);
        return (costlyOnly && !isCostly(req)) || tracker(req) === '';
      },
      getTracker: (req: Record<string, unknown>) => tracker(req as unknown as RateLimitedRequest),
      generateKey: (_ctx: ExecutionContext, trackerKey: string, throttlerName: string) => `${throttlerName}${SEPARATOR}${trackerKey}`,
    }));
}

/** The limiter's refusal: 429 with Retry-After in seconds and a message naming the limit. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>().setHeader('Retry-After', String(retryAfter));
    const name = detail.key.split(SEPARATOR)[0];
    throw new ThrottlerException(
      `too many requests: at most ${detail.limit} ${described[name] ?? 'requests'} in ${detail.ttl / 1000} s; retry after ${retryAfter} s`,
    );
  }
}

/**
 * The limits as a module: import it before the authentication guard's module, so a flood of
 * forged tokens is refused before any of them costs a database look-up.
 */
@Module({})
export class RateLimitModule {
  static forRoot(settings: RateLimitSettings, callerOf?: CallerOf): DynamicModule {
    return {
      module: RateLimitModule,
      imports: [ThrottlerModule.forRoot({ throttlers: rateLimitThrottlers(settings, callerOf) })],
      providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
    };
  }
}
