import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Fact, IsoDate } from '@cs/domain/core';
import { commandUpdateName, factsQueryName, stateQueryName, type CommandAccepted, type CommandInput } from '../shared/messages';
import type { InstrumentView } from '../shared/view';
import type { NoticeState } from './notice-state';

export type { CommandInput } from '../shared/messages';
export type NoticeView = InstrumentView<NoticeState>;

/** Record a fact on the notice (validated: role, phase, effective date). */
export const noticeCommand = defineUpdate<CommandAccepted, [CommandInput]>(commandUpdateName);
/** The notice as of a date (default: the workflow clock's date). */
export const noticeState = defineQuery<NoticeView, [IsoDate?]>(stateQueryName);
export const noticeFacts = defineQuery<Fact[]>(factsQueryName);
