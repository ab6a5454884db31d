import { Agent, request as httpRequest } from 'http';
import { Request } from './load';

/**
 * A GET of one URL over kept-alive connections, settling once the whole body has arrived (the
 * caller pays for the bytes, as a browser would); anything but 2xx is a failure.
 */
export function httpGetter(
  url: string,
  headers: Record<string, string>,
): Request & { body(): Promise<string> } {
  // Idle sockets are dropped after 4 s, before the server's 5 s keep-alive timeout can close one
  // just as a request goes out on it ("socket hang up").
  const agent = new Agent({ keepAlive: true, maxSockets: 256, timeout: 4_000 });
  const get = () =>
    new Promise<string>((resolve, reject) => {
      const req = httpRequest(url, { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode && res.statusCode >= 200 && res.statusCode < 300) resolve(body);
          else reject(new Error(`HTTP ${res.statusCode}: ${body.slice(0, 200)}`));
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
  return Object.assign(() => get(), { body: get });
}
