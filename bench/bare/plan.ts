/**
 * What a bare workflow does, step by step, as the product's history showed it: one string per run,
 * one letter per step. Workflow-safe (no Node imports): the bare workflow reads it too.
 */
export const STEP = {
  /** Wait for the next `append` update (one already received counts). */
  update: 'u',
  /** Run one activity (one trivial Postgres insert). */
  activity: 'a',
  /** Start a timer that the next update cancels, as the product's wake-up timer is. */
  timer: 't',
  /** The timer just started ran out instead (the product's wake-up fired). */
  timerFired: 'f',
  /** Start the successor as a child workflow (the product's hand-over). */
  child: 'c',
  /** The workflow completes here (the product's notice ends at the hand-over; its board stays open). */
  end: 'e',
} as const;

export type Step = (typeof STEP)[keyof typeof STEP];

/** One string of steps per run; each run but the last ends in continue-as-new. */
export type Plan = string[];
