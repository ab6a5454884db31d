import { z } from 'zod';

/** A calendar feed token: `csf_` and 43 URL-safe characters. It only reads calendars. */
export const FeedToken = z.string().regex(/^csf_[A-Za-z0-9_-]{43}$/, 'must be a calendar feed token (csf_…) from POST /calendar/feed-tokens');

/** A feed's query: the token a calendar client sends in the URL, since it cannot send a header. */
export const FeedQuery = z.object({ token: FeedToken }).strict();
export type FeedQuery = z.infer<typeof FeedQuery>;

export const FeedTokenBody = z.object({ label: z.string().trim().min(1).max(100).optional() }).strict();
export type FeedTokenBody = z.infer<typeof FeedTokenBody>;

export const FeedTokenParams = z.object({ id: z.string().regex(/^feed-[0-9a-f-]{36}$/, 'must be a feed token id such as feed-<uuid>') }).strict();

export const FeedTokenSummary = z.object({ id: z.string(), label: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() });
export type FeedTokenSummary = z.infer<typeof FeedTokenSummary>;

/** A new feed token, shown once, with the caseload feed's URL path (add the instrument feeds' yourself). */
export const FeedTokenIssued = FeedTokenSummary.extend({ token: FeedToken, caseloadFeed: z.string() });
export type FeedTokenIssued = z.infer<typeof FeedTokenIssued>;

export const calendarMediaType = 'text/calendar';
