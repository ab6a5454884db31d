import { createServer, type Server, type Socket } from 'net';
import type { AddressInfo } from 'net';
import { DatabaseUnreachableError, ReachablePool } from './reachable-pool';

/** A server that accepts connections and never says a word: a PostgreSQL paused mid-run. */
async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((s) => void sockets.push(s));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((r) => (sockets.forEach((s) => s.destroy()), server.close(() => r()))),
  };
}

describe('ReachablePool: connection failures without a code are typed', () => {
  let silent: Awaited<ReturnType<typeof silentServer>>;
  beforeAll(async () => (silent = await silentServer()));
  afterAll(() => silent.close());

  const pool = (max = 1) => new ReachablePool({ host: '127.0.0.1', port: silent.port, user: 'u', password: 'p', database: 'd', max, connectionTimeoutMillis: 300 });

  it('types a handshake the server never answers, by promise and by callback', async () => {
    const p = pool();
    const byPromise = await p.connect().then(() => undefined, (e: unknown) => e);
    expect(byPromise).toBeInstanceOf(DatabaseUnreachableError);
    expect((byPromise as Error).message).toBe('PostgreSQL gave no connection: Connection terminated due to connection timeout');
    const byCallback = await new Promise((resolve) => p.connect((err) => resolve(err)));
    expect(byCallback).toBeInstanceOf(DatabaseUnreachableError);
    await p.end();
  });

  it('types a wait for a free connection that runs out', async () => {
    const p = pool(1);
    const first = p.connect().catch((e: unknown) => e); // holds the one slot while its handshake hangs
    const queued = await p.connect().then(() => undefined, (e: unknown) => e);
    expect(queued).toBeInstanceOf(DatabaseUnreachableError);
    expect((queued as Error).message).toMatch(/^PostgreSQL gave no connection: /);
    expect(await first).toBeInstanceOf(DatabaseUnreachableError);
    await p.end();
  });

  it('leaves an error that has a code as it is (a refused connection)', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const p = new ReachablePool({ host: '127.0.0.1', port, user: 'u', password: 'p', database: 'd', connectionTimeoutMillis: 1000 });
    const err = await p.connect().then(() => undefined, (e: unknown) => e);
    expect(err).not.toBeInstanceOf(DatabaseUnreachableError);
    expect((err as { code?: string }).code).toBe('ECONNREFUSED');
    await p.end();
  });
});
