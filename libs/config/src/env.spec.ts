import { ConfigError, loadEnv } from './env';

describe('configuration from the environment', () => {
  it('runs on the embedded defaults when nothing is set', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      DATA_DIR: '.data',
      LOG_LEVEL: 'info',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'cs-intervention',
      TEMPORAL_TLS: false,
      TEMPORAL_DEV_PORT: 7233,
      TEMPORAL_UI_PORT: 8233,
      EMBEDDED_PG_PORT: 5433,
      API_PORT: 3000,
      TEMPORAL_CALL_TIMEOUT_MS: 10_000,
      DATABASE_WAIT_MS: 60_000,
      DATABASE_QUERY_TIMEOUT_MS: 15_000,
      REMINDER_LEAD_DAYS: 14,
    });
    expect(env.TEMPORAL_ADDRESS).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.WORKER_MAX_CACHED_WORKFLOWS).toBeUndefined();
  });

  it('reads numbers, flags and addresses as given', () => {
    const env = loadEnv({
      TEMPORAL_ADDRESS: 'temporal.example:7233',
      TEMPORAL_TLS: 'true',
      DATABASE_URL: 'postgresql://u:p@db:5432/cs',
      API_PORT: '0',
      REMINDER_LEAD_DAYS: '30',
      WORKER_MAX_CACHED_WORKFLOWS: '500',
    });
    expect(env).toMatchObject({
      TEMPORAL_ADDRESS: 'temporal.example:7233',
      TEMPORAL_TLS: true,
      DATABASE_URL: 'postgresql://u:p@db:5432/cs',
      API_PORT: 0,
      REMINDER_LEAD_DAYS: 30,
      WORKER_MAX_CACHED_WORKFLOWS: 500,
    });
    expect(loadEnv({ TEMPORAL_TLS: '0' }).TEMPORAL_TLS).toBe(false);
  });

  it('treats an empty optional variable as unset', () => {
    expect(loadEnv({ TEMPORAL_ADDRESS: '', DATABASE_URL: '', TEMPORAL_API_KEY: '' })).toMatchObject({
      TEMPORAL_ADDRESS: undefined,
      DATABASE_URL: undefined,
      TEMPORAL_API_KEY: undefined,
    });
  });

  it('refuses bad values with one line per variable saying which and why', () => {
    let error: unknown;
    try {
      loadEnv({ TEMPORAL_ADDRESS: 'no-port', DATABASE_URL: 'mysql://x', API_PORT: '70000', LOG_LEVEL: 'loud', TEMPORAL_TLS: 'yes' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    expect(lines.slice(1).map((l) => l.trim().split(':')[0]).sort()).toEqual(['API_PORT', 'DATABASE_URL', 'LOG_LEVEL', 'TEMPORAL_ADDRESS', 'TEMPORAL_TLS']);
    expect(lines).toContain('  TEMPORAL_ADDRESS: must be host:port, e.g. localhost:7233');
    expect(lines).toContain('  DATABASE_URL: must be a postgres:// URL');
  });

  it('bounds the timeouts', () => {
    expect(() => loadEnv({ TEMPORAL_CALL_TIMEOUT_MS: '50' })).toThrow(/TEMPORAL_CALL_TIMEOUT_MS/);
    expect(() => loadEnv({ WORKFLOW_TASK_TIMEOUT_MS: '120000' })).toThrow(/WORKFLOW_TASK_TIMEOUT_MS/);
    expect(() => loadEnv({ REMINDER_LEAD_DAYS: '-1' })).toThrow(/REMINDER_LEAD_DAYS/);
    expect(() => loadEnv({ DATABASE_QUERY_TIMEOUT_MS: '0' })).toThrow(/DATABASE_QUERY_TIMEOUT_MS/);
  });

  it('sends reminders to the local mail catcher unless SMTP_URL names a relay, which must be an SMTP URL', () => {
    expect(loadEnv({})).toMatchObject({ MAIL_CATCHER_SMTP_PORT: 1025, MAIL_CATCHER_UI_PORT: 8025, MAIL_POLL_MS: 5000, MAIL_RETRY_BASE_MS: 30_000 });
    expect(loadEnv({}).SMTP_URL).toBeUndefined();
    expect(loadEnv({ SMTP_URL: 'smtps://user:secret@mail.example.gov.uk:465' }).SMTP_URL).toBe('smtps://user:secret@mail.example.gov.uk:465');
    expect(loadEnv({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(() => loadEnv({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL: must be smtp:\/\/host:port/);
    expect(() => loadEnv({ MAIL_POLL_MS: '-5' })).toThrow(/MAIL_POLL_MS/);
  });
});
