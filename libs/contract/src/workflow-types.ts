import type { InstrumentKind } from '@cs/domain/core';
import type { LifecycleInput, LifecycleResult } from './lifecycle';

/** An instrument's workflow: started with the command that creates it, ended when the instrument ends. */
export type InstrumentWorkflow = (input: LifecycleInput) => Promise<LifecycleResult>;
/** Proves the chain API → Temporal → worker → PostgreSQL; returns its own workflow id. */
export type EngineCheckWorkflow = (requestedAt: string) => Promise<string>;

/**
 * Every workflow type the worker registers, by the name clients start it under. workflows/src/index.ts
 * exports a function of each name and signature (checked by workflows/src/contract-check.ts).
 */
export interface Workflows {
  noticeWorkflow: InstrumentWorkflow;
  directionWorkflow: InstrumentWorkflow;
  continuingBoardWorkflow: InstrumentWorkflow;
  engineCheckWorkflow: EngineCheckWorkflow;
}
export type WorkflowType = keyof Workflows;

/** The workflow type each kind of instrument runs as. */
export const instrumentWorkflowTypes = {
  'improvement-notice': 'noticeWorkflow',
  'statutory-direction': 'directionWorkflow',
  'continuing-board': 'continuingBoardWorkflow',
} as const satisfies Record<InstrumentKind, WorkflowType>;
export type InstrumentWorkflowType = (typeof instrumentWorkflowTypes)[InstrumentKind];

export const engineCheckWorkflowType = 'engineCheckWorkflow' satisfies WorkflowType;
