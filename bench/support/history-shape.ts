import type { Client } from '@temporalio/client';
import type { temporal } from '@temporalio/proto';
import { runsOf } from '../../test/lifecycle/support/histories';
import { STEP, type Plan, type Step } from '../bare/plan';

/** What a workflow's history says it did, across every run: the figures a baseline must match. */
export interface HistoryCounts {
  runs: number;
  events: number;
  updates: number;
  activities: number;
  timersStarted: number;
  timersFired: number;
  children: number;
}

/** The steps of one run in history order (updates accepted, activities, timers, children, the end). */
export function stepsOf(history: temporal.api.history.v1.IHistory): string {
  let steps = '';
  for (const e of history.events ?? []) {
    if (e.workflowExecutionUpdateAcceptedEventAttributes) steps += STEP.update;
    else if (e.activityTaskScheduledEventAttributes) steps += STEP.activity;
    else if (e.timerStartedEventAttributes) steps += STEP.timer;
    else if (e.timerFiredEventAttributes) steps += STEP.timerFired;
    else if (e.startChildWorkflowExecutionInitiatedEventAttributes) steps += STEP.child;
    else if (e.workflowExecutionCompletedEventAttributes) steps += STEP.end;
  }
  return steps;
}

/** Every run of a workflow as a plan a bare workflow can follow, and the counts it came from. */
export async function shapeOf(client: Client, workflowId: string): Promise<{ plan: Plan; counts: HistoryCounts }> {
  const runs = await runsOf(client, workflowId);
  const plan = runs.map((r) => stepsOf(r.history));
  const events = runs.reduce((n, r) => n + (r.history.events?.length ?? 0), 0);
  return { plan, counts: { ...countSteps(plan), events } };
}

export function countSteps(plan: Plan): Omit<HistoryCounts, 'events'> {
  const all = plan.join('');
  const count = (s: Step) => [...all].filter((c) => c === s).length;
  return {
    runs: plan.length,
    updates: count(STEP.update),
    activities: count(STEP.activity),
    timersStarted: count(STEP.timer),
    timersFired: count(STEP.timerFired),
    children: count(STEP.child),
  };
}

export function addCounts(a: HistoryCounts, b: HistoryCounts): HistoryCounts {
  return {
    runs: a.runs + b.runs,
    events: a.events + b.events,
    updates: a.updates + b.updates,
    activities: a.activities + b.activities,
    timersStarted: a.timersStarted + b.timersStarted,
    timersFired: a.timersFired + b.timersFired,
    children: a.children + b.children,
  };
}

/** "runs 8, updates 341, ..." for a note beside the figures. */
export function describeCounts(c: HistoryCounts): string {
  return `runs ${c.runs}, events ${c.events}, updates ${c.updates}, activities ${c.activities}, timers ${c.timersStarted} (fired ${c.timersFired}), children ${c.children}`;
}
