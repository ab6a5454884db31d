// The activities' type, imported as a type only: workflow code never loads the worker's modules.
export type { Activities } from '../../apps/worker/src/activities';
