import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');
const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

/**
 * Every setting the product reads from the environment, validated once at start-up.
 * Leaving TEMPORAL_ADDRESS and DATABASE_URL unset means "run on the embedded defaults": the start
 * script provisions a Temporal dev server and an embedded PostgreSQL under DATA_DIR.
 */
export const EnvSchema = z.object({
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),

  TEMPORAL_ADDRESS: optionalText.pipe(
    z.string().regex(/^[^\s:]+:\d+$/, 'must be host:port, e.g. localhost:7233').optional(),
  ),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('cs-intervention'),
  TEMPORAL_TLS: bool,
  TEMPORAL_API_KEY: optionalText,
  TEMPORAL_TLS_CERT_PATH: optionalText,
  TEMPORAL_TLS_KEY_PATH: optionalText,
  /** Where admins see a run in the Temporal Web UI; derived for the dev server. */
  TEMPORAL_UI_URL: optionalText.pipe(z.string().url('must be a URL').optional()),
  TEMPORAL_DEV_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  /** A `temporal` binary to use instead of building one (else PATH, else the Go build). */
  TEMPORAL_BIN: optionalText,

  DATABASE_URL: optionalText.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  ),
  /**
   * The schema owner's URL, for migrations only: the app's own role (DATABASE_URL) may not alter
   * the schema or change the audit log. Unset: migrations run through DATABASE_URL.
   */
  DATABASE_MIGRATION_URL: optionalText.pipe(
    z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  ),
  EMBEDDED_PG_PORT: port.default(5433),

  /** 0 picks a free port (tests). */
  API_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /**
   * How long the API waits on one Temporal call before answering 503: a command whose worker is
   * down must not hold the caller's request open for ever (it may still apply; a retry with the
   * same Idempotency-Key tells).
   */
  TEMPORAL_CALL_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  /**
   * How long a workflow task waits on a worker's own (sticky) queue before any worker may take it.
   * The SDK's default (10 s) is each worker crash's pause per instrument; lower it where workers
   * restart often.
   */
  WORKER_STICKY_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  /**
   * How long a workflow task may run before Temporal hands it to another worker; also how long an
   * instrument waits after its worker dies mid-task. Temporal's default is 10 s.
   */
  WORKFLOW_TASK_TIMEOUT_MS: z.coerce.number().int().min(1000).max(60_000).default(10_000),
  /**
   * Instruments a worker keeps in memory between their workflow tasks; one evicted replays its
   * history on its next event. Each costs ~4 MB of the worker's heap (docs/benchmarks.md), and the
   * SDK's default (from the heap limit, ~2,300 on a 4 GB heap) can outgrow the heap: size it here.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(2).max(100_000).optional(),
  /** A workflow bundle built by `apps/worker/src/build-bundle.ts`: the worker starts without webpack. */
  WORKFLOW_BUNDLE_PATH: optionalText,

  /**
   * How long the API and the worker wait at start for a PostgreSQL that is not accepting
   * connections yet (retrying, with a line for each try) before giving up.
   */
  DATABASE_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(60_000),
  /**
   * How long one query may wait for PostgreSQL's answer before it fails (the API answers 503 with
   * Retry-After): a server paused or cut off keeps connections open and answers nothing, which
   * would otherwise hold a request for ever. Not for the migrate step.
   */
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),

  /** Days an API token lives from its issue; after that the API refuses it (401) and an admin issues another. */
  TOKEN_LIFETIME_DAYS: z.coerce.number().int().min(1).max(3650).default(90),

  /**
   * Rate limits (requests per RATE_LIMIT_WINDOW_MS), each counted per token and per address: a
   * refused request is answered 429 with Retry-After. "Costly" requests are commands and other
   * POSTs (each may start a workflow or write the audit log) and `asOf` reads (each replays the
   * rules); every request counts against the read limits too. 0 turns a limit off.
   */
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  RATE_LIMIT_READS_PER_TOKEN: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_READS_PER_ADDRESS: z.coerce.number().int().min(0).default(1200),
  RATE_LIMIT_COSTLY_PER_TOKEN: z.coerce.number().int().min(0).default(120),
  RATE_LIMIT_COSTLY_PER_ADDRESS: z.coerce.number().int().min(0).default(300),

  /** The web service (apps/web): its port; 0 picks a free one (tests). */
  WEB_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  /** The API the web service calls as the signed-in person; default the API on API_PORT here. */
  WEB_API_URL: optionalText.pipe(z.string().url('must be a URL').optional()),
  /** The web service's address as people reach it (OIDC redirect, Secure cookies when https). */
  WEB_BASE_URL: optionalText.pipe(z.string().url('must be a URL').optional()),
  /**
   * Signs session cookies and CSRF tokens. Unset, the web service keeps a random one in
   * DATA_DIR/web-session-secret, so sessions and open forms survive a restart.
   */
  SESSION_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  /** A signed-in session ends after this long without a request. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(60),
  /** Single sign-on: the OpenID Connect issuer (e.g. DfE Sign-in); all three or none. */
  OIDC_ISSUER: optionalText.pipe(z.string().url('must be the issuer URL').optional()),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  /** Days before a due date that a reminder goes to the outbox. */
  REMINDER_LEAD_DAYS: z.coerce.number().int().min(0).max(90).default(14),

  /**
   * Where reminders are sent: an SMTP relay as smtp://host:port or smtps://user:password@host:port.
   * Unset: the local mail catcher tools/start.sh runs (its inbox at MAIL_CATCHER_UI_PORT).
   */
  SMTP_URL: optionalText.pipe(z.string().regex(/^smtps?:\/\/[^\s/]+(:\d+)?\/?(\?\S*)?$/, 'must be smtp://host:port or smtps://user:password@host:port').optional()),
  MAIL_FROM: z.string().min(3).default('Statutory intervention engine <no-reply@cs-intervention.local>'),
  MAIL_CATCHER_SMTP_PORT: port.default(1025),
  MAIL_CATCHER_UI_PORT: port.default(8025),
  /** How often the worker sends what the outbox holds; 0: this worker sends nothing. */
  MAIL_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  /** The first retry of a reminder that failed waits this long, each next twice as long, up to the max. */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(86_400_000).default(30_000),
  MAIL_RETRY_MAX_MS: z.coerce.number().int().min(10).max(7 * 86_400_000).default(6 * 3_600_000),
});
export type Env = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

/** Parse the environment, or fail with one line per bad variable saying what is wrong. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
