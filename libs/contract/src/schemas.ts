// The zod schemas of what crosses the seam besides a command's input: the state view, an accepted
// command, a workflow's input and result. Validated where they are read (the API, the OpenAPI
// document); workflow code uses only their types, through `@cs/contract`, so each workflow does
// not instantiate them (every module a workflow loads is instantiated per workflow).
export * from './view';
export * from './overview';
export * from './accepted';
export * from './lifecycle';
