// Types only, never bundled: fails to compile when a workflow the contract names is not exported
// by ./index under that name with that signature, so clients can start workflows by the contract.
import type { Workflows } from '@cs/contract';
import type * as exported from './index';

type Assert<T extends true> = T;
export type WorkflowsMatchContract = Assert<typeof exported extends Workflows ? true : false>;
