import { z } from 'zod';
import { ErrorBody, ValidationErrorBody } from '@cs/domain';
import { endpoints, type Endpoint } from './endpoints';

type Json = Record<string, unknown>;

const errorText: Record<number, string> = {
  400: 'invalid input: each field and why',
  401: 'no token, or an unknown, revoked or expired one (the message says which)',
  403: "the caller's role or council may not do this (the reason says which)",
  404: 'no such instrument or rulebook',
  413: 'the upload is larger than the limit the message gives',
  415: 'the upload is not of a media type this route reads (the message says which)',
  409: "the lifecycle does not allow this now, or it already exists (the validator's reason)",
  429: 'over a rate limit (per token or per address; tighter for commands, POSTs and asOf reads); retry after Retry-After seconds',
  503: 'Temporal or Postgres is unreachable; retry after Retry-After seconds',
};

/** JSON Schema (2020-12, as OpenAPI 3.1 uses it) of what a client sends or receives. */
export function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  delete out.$schema;
  return out;
}

function parameters(e: Endpoint): Json[] {
  const list: Json[] = [];
  const add = (where: 'path' | 'query', obj: z.ZodObject | undefined) => {
    if (!obj) return;
    const s = jsonSchema(obj, 'input') as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, schema] of Object.entries(s.properties ?? {})) {
      list.push({ name, in: where, required: where === 'path' || (s.required ?? []).includes(name), schema, description: schema.description });
    }
  };
  add('path', e.pathParams);
  add('query', e.query);
  if (e.idempotencyKey) {
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Becomes the update id and the fact id: a retried request with the same key has one effect and returns the first answer.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' },
    });
  }
  return list;
}

function operation(e: Endpoint, schemas: Json): Json {
  const ref = (name: string, schema: z.core.$ZodType, io: 'input' | 'output') => {
    schemas[name] ??= jsonSchema(schema, io);
    return { $ref: `#/components/schemas/${name}` };
  };
  const files = Object.fromEntries((e.response.media ?? []).map((m) => [m, { schema: { type: 'string', format: 'binary' } }]));
  const responses: Json = {
    [e.response.status]: { description: e.response.description, content: { 'application/json': { schema: ref(e.response.name, e.response.schema, 'output') }, ...files } },
  };
  // Every route is rate-limited (libs/http-hardening).
  for (const status of [...e.errors, 429]) {
    const schema = status === 400 ? { $ref: '#/components/schemas/ValidationError' } : { $ref: '#/components/schemas/Error' };
    responses[status] = {
      description: errorText[status],
      ...(status === 503 || status === 429 ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds' } } } : {}),
      content: { 'application/json': { schema } },
    };
  }
  const roles = e.auth ? e.auth.roles : undefined;
  return {
    tags: [e.tag],
    summary: e.summary,
    description: [e.description, roles ? `Roles: ${roles.join(', ')}.` : undefined].filter(Boolean).join('\n\n') || undefined,
    operationId: `${e.method}${e.path.replace(/[{}]/g, '').replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
    security: e.auth === false ? [] : [{ bearer: [] }],
    parameters: parameters(e),
    ...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(e.body.name, e.body.schema, 'input') } } } } : {}),
    ...(e.upload ? { requestBody: { required: true, content: Object.fromEntries(e.upload.map((m) => [m, { schema: { type: 'string', format: 'binary' } }])) } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document, built from the same zod schemas the API validates with. */
export function openApiDocument(): Json {
  const schemas: Json = { Error: jsonSchema(ErrorBody, 'output'), ValidationError: jsonSchema(ValidationErrorBody, 'output') };
  const paths: Record<string, Json> = {};
  for (const e of endpoints) (paths[e.path] ??= {})[e.method] = operation(e, schemas);
  return {
    openapi: '3.1.0',
    info: {
      title: "Children's services intervention engine",
      version: '0.1.0',
      description:
        'Improvement notices, statutory directions and continuing boards as durable workflows. An instrument is addressed by its workflow id as a path: /instruments/notice/trafford/2019-05-23. Authenticate with `Authorization: Bearer <token>` (see docs/api.md).',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    tags: ['registration', 'register', 'instruments', 'commands', 'audit', 'history', 'rulebooks', 'paperwork', 'imports', 'notifications', 'calendar', 'tokens', 'health'].map((name) => ({ name })),
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'an API token from apps/api/src/cli/tokens.ts' } }, schemas },
  };
}
