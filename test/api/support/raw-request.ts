import { request } from 'http';

/** A request exactly as a hostile client would send it: any method, raw path, any headers and bytes. */
export interface RawRequest {
  method: string;
  /** Sent as is (already percent-encoded): `..`, `%00` and `%zz` reach the server untouched. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawReply {
  status: number;
  contentType: string;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/**
 * Sends a request with node:http rather than fetch: fetch normalises `..` and `%2e` in paths and
 * refuses some headers, and the point here is to send what a browser never would.
 */
export function sendRaw(base: string, req: RawRequest): Promise<RawReply> {
  const url = new URL(base);
  const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
  const headers: Record<string, string | number> = { ...(req.headers ?? {}) };
  if (body) headers['content-length'] = body.length;
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), text, json });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** What a request looked like, for a failing property's message (long bodies cut short). */
export function describeRequest(req: RawRequest): string {
  const auth = req.headers?.authorization;
  const bytes = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
  const body = bytes === undefined ? 'no body' : `${bytes.length}-byte body ${JSON.stringify(bytes.subarray(0, 160).toString('utf8'))}`;
  const others = Object.fromEntries(Object.entries(req.headers ?? {}).filter(([k]) => k !== 'authorization'));
  return `${req.method} ${req.path.slice(0, 300)} auth=${auth === undefined ? 'none' : JSON.stringify(auth.slice(0, 30))} headers=${JSON.stringify(others)} ${body}`;
}
