import type { QueryDefinition, SignalDefinition } from '@temporalio/common';
import type { Actor, IsoDate } from '@cs/domain/core';
import type { RolloutItem } from '@cs/domain';

/** What starts a rule change's rollout: its record (written by the API first), who applies it, and how fast. */
export interface RolloutInput {
  rolloutId: string;
  actor: Actor;
  /** For ending an amendment: the day its window closes. */
  endOn?: IsoDate;
  /** Instruments updated at once (the throttle), and the pause between batches. */
  concurrency?: number;
  pauseMs?: number;
}

/** Where a rollout stands, as its `progress` query answers. */
export interface RolloutState {
  total: number | null;
  done: number;
  items: RolloutItem[];
  paused: boolean;
}

/** One rollout step: one instrument. */
export interface RolloutStep {
  rolloutId: string;
  workflowId: string;
  actor: Actor;
  endOn?: IsoDate;
}

export type RuleChangeRolloutWorkflow = (input: RolloutInput) => Promise<RolloutState>;
export const ruleChangeRolloutWorkflowType = 'ruleChangeRolloutWorkflow';

/** A rollout's workflow id: one per rollout, so a repeated request starts nothing new. */
export const rolloutWorkflowId = (rolloutId: string) => `rule-change/${rolloutId}`;

/** The update id (and so the fact id) of a rollout's n-th command on an instrument: a retry has one effect. */
export const rolloutUpdateId = (rolloutId: string, workflowId: string, n: number) => `${rolloutId}:${workflowId}:${n}`;

export const rolloutProgressQuery = { type: 'query', name: 'progress' } as QueryDefinition<RolloutState, []>;
/** Pause (true) and resume (false) a rollout between batches: an operator's brake. */
export const pauseRolloutSignal = { type: 'signal', name: 'pause' } as SignalDefinition<[boolean]>;
