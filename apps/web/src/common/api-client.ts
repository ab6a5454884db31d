import type { ZodType } from 'zod';
import { ErrorBody, ValidationErrorBody } from '@cs/domain';

/** One problem with a field, in the API's words (`payload.name`: must not be empty). */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The API refused or could not answer: its status, its reason, and for a 400 each field's problem. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly retryAfter?: string,
  ) {
    super(message);
  }
}

/**
 * The web service's one way to the API: every call is made as the signed-in person (their
 * session's own token), so the API stays the one place permissions and rules are enforced. Replies
 * are parsed with the API's own zod schemas (libs/domain/src/api), the contract both sides import.
 */
export class ApiClient {
  constructor(private readonly base: string) {}

  get<T>(path: string, token: string, schema: ZodType<T>): Promise<T> {
    return this.call('GET', path, token, schema);
  }

  /** A file the API serves (a board pack, a template), as the person; a refusal is an ApiError as for JSON. */
  async download(path: string, token: string): Promise<{ type: string; disposition: string | null; bytes: Buffer }> {
    let res: Response;
    try {
      res = await fetch(this.base + path, { headers: { authorization: `Bearer ${token}` } });
    } catch (err) {
      throw new ApiError(503, `the API at ${this.base} is not answering (${(err as Error).message})`, [], '5');
    }
    const type = res.headers.get('content-type') ?? 'application/octet-stream';
    if (res.ok) return { type, disposition: res.headers.get('content-disposition'), bytes: Buffer.from(await res.arrayBuffer()) };
    const body = (await res.json().catch(() => undefined)) as { message?: unknown; issues?: FieldIssue[] } | undefined;
    throw new ApiError(res.status, typeof body?.message === 'string' ? body.message : `the API answered ${res.status}`, body?.issues ?? [], res.headers.get('retry-after') ?? undefined);
  }

  post<T>(path: string, token: string, schema: ZodType<T>, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.call('POST', path, token, schema, body, headers);
  }

  private async call<T>(method: string, path: string, token: string, schema: ZodType<T>, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json', ...extra };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(this.base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (err) {
      throw new ApiError(503, `the API at ${this.base} is not answering (${(err as Error).message})`, [], '5');
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ApiError(502, `the API answered ${res.status} with something that is not JSON`);
    }
    if (!res.ok) {
      const invalid = ValidationErrorBody.safeParse(json);
      if (invalid.success) throw new ApiError(res.status, invalid.data.message, invalid.data.issues);
      const error = ErrorBody.safeParse(json);
      throw new ApiError(res.status, error.success ? error.data.message : `the API answered ${res.status}`, [], res.headers.get('retry-after') ?? undefined);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiError(502, `the API's answer to ${method} ${path} does not match its contract: ${parsed.error.message}`);
    return parsed.data;
  }
}
