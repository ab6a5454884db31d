import { endpoints } from '../openapi/endpoints';

// The routes that take a file as their body, with the media types each reads (the OpenAPI document's `upload`).
const uploads = endpoints
  .filter((e) => e.upload)
  .map((e) => ({ method: e.method.toUpperCase(), pattern: new RegExp(`^${e.path.replace(/\{[^}/]+\}/g, '[^/]+')}/?$`), types: e.upload! }));

/**
 * The media types a request's body may have: JSON, or undefined for a documented upload, whose
 * controller checks its own types after the caller is authenticated (so no token is a 401 first).
 */
export function bodyTypesFor(method: string, path: string): string[] | undefined {
  return uploads.some((u) => u.method === method && u.pattern.test(path)) ? undefined : ['application/json'];
}
