/** One route as the served OpenAPI document describes it. */
export interface DocumentedRoute {
  method: 'GET' | 'POST';
  /** As documented, e.g. /instruments/{type}/{council}/{startedOn}/timeline. */
  template: string;
  pathParams: string[];
  queryParams: string[];
  hasBody: boolean;
  isPublic: boolean;
}

interface Operation {
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
}

/**
 * Every route from GET /openapi.json, so a new endpoint is covered by the hostile-input properties
 * as soon as it is documented.
 */
export async function documentedRoutes(base: string): Promise<DocumentedRoute[]> {
  const doc = (await (await fetch(`${base}/openapi.json`)).json()) as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(doc.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase() as DocumentedRoute['method'],
      template,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      queryParams: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      hasBody: op.requestBody !== undefined,
      isPublic: Array.isArray(op.security) && op.security.length === 0,
    })),
  );
}

/** The route's path with its parameters filled in (values are sent as given: encode them first). */
export function fillPath(route: DocumentedRoute, values: Record<string, string>): string {
  return route.template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for {${name}} in ${route.template}`);
    return values[name];
  });
}

export const routeName = (r: Pick<DocumentedRoute, 'method' | 'template'>) => `${r.method} ${r.template}`;
