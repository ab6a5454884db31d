import { defineUpdate } from '@temporalio/workflow';

/** The bare workflow's one update: it appends its argument and answers how many it holds. */
export const appendUpdate = defineUpdate<number, [unknown]>('append');
