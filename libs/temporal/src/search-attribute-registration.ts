// Not re-exported from the package's index in SDK 1.24.
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import type { temporal } from '@temporalio/proto';
import { searchAttributeKeys } from '@cs/contract';

type OperatorService = temporal.api.operatorservice.v1.OperatorService;
type Key = (typeof searchAttributeKeys)[keyof typeof searchAttributeKeys];

/** The `searchAttributes` of an AddSearchAttributes request for these keys. */
export function indexedTypes(keys: Key[] = Object.values(searchAttributeKeys)): Record<string, temporal.api.enums.v1.IndexedValueType> {
  return Object.fromEntries(keys.map((k) => [k.name, encodeSearchAttributeIndexedValueType(k.type)!]));
}

/**
 * Makes sure the namespace knows every search attribute the workflows upsert, adding the missing
 * ones: a workflow upserting an attribute the server does not know has its task failed, over and
 * over, so the instrument would stall. Where the caller may not add them (Temporal Cloud, a
 * cluster run by others), the error names what an operator must create.
 */
export async function ensureSearchAttributes(operator: OperatorService, namespace: string): Promise<{ added: string[] } | { unverified: string }> {
  // A server that will not list them (no permission, or not implemented) cannot be checked here.
  const listed = await operator.listSearchAttributes({ namespace }).catch((err: Error) => err);
  if (listed instanceof Error) return { unverified: listed.message };
  const { customAttributes } = listed;
  const keys = Object.values(searchAttributeKeys);
  const wrongType = keys.filter((k) => k.name in customAttributes && customAttributes[k.name] !== encodeSearchAttributeIndexedValueType(k.type));
  if (wrongType.length) {
    throw new Error(`search attributes registered with another type in namespace ${namespace}: ${wrongType.map((k) => `${k.name} (needs ${k.type})`).join(', ')}`);
  }
  const missing = keys.filter((k) => !(k.name in customAttributes));
  if (!missing.length) return { added: [] };
  try {
    await operator.addSearchAttributes({ namespace, searchAttributes: indexedTypes(missing) });
  } catch (err) {
    const wanted = missing.map((k) => `${k.name} (${k.type})`).join(', ');
    throw new Error(`namespace ${namespace} lacks the search attributes ${wanted} and they could not be added (${(err as Error).message}); create them as README "Running beyond one machine" shows`);
  }
  return { added: missing.map((k) => k.name) };
}
