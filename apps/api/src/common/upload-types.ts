import { endpoints } from '../openapi/endpoints';

// The routes that take a file as their body, with the media types each reads (the OpenAPI document's `upload`).
const uploads = endpoints
  .filter((e) => e.upload)
  .map((e) => ({ method: e.method.toUpperCase(), pattern: new RegExp(`^${e.path.replace(/\{[^}/]+\}/g, '[^/]+')}/?$`), types: e.upload! }));

/** The media types a request's body may have: a documented upload's, else JSON. */
export function bodyTypesFor(method: string, path: string): string[] {
  return uploads.find((u) => u.method === method && u.pattern.test(path))?.types ?? ['application/json'];
}
