// Every workflow the worker runs. The bundle is built from this file.
export * from './engine-check/engine-check.workflow';
