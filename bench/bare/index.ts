// The bare baseline's workflow bundle entry (bench/bare/worker.ts bundles this file).
export { bareWorkflow } from './bare.workflow';
