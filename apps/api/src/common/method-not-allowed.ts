import { endpoints } from '../openapi/endpoints';

// Each documented route as a pattern over the request path: `{param}` is one path segment.
const routes = endpoints.map((e) => ({
  method: e.method.toUpperCase(),
  pattern: new RegExp(`^${e.path.replace(/\{[^}/]+\}/g, '[^/]+')}/?$`),
}));

/**
 * The methods a path answers to, from the routes the OpenAPI document lists; empty when no route
 * has that path. A request whose path exists but whose method is not among these is a 405, not a
 * 404: the thing is there, it is asked the wrong way.
 */
export function allowedMethods(path: string): string[] {
  return [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
}
