import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Fact, IsoDate } from '@cs/domain/core';
import { commandUpdateName, factsQueryName, stateQueryName, type CommandAccepted, type CommandInput } from '../shared/messages';
import type { InstrumentView } from '../shared/view';
import type { ContinuingBoardState } from './continuing-board-state';

export type ContinuingBoardView = InstrumentView<ContinuingBoardState>;

export const continuingBoardCommand = defineUpdate<CommandAccepted, [CommandInput]>(commandUpdateName);
export const continuingBoardState = defineQuery<ContinuingBoardView, [IsoDate?]>(stateQueryName);
export const continuingBoardFacts = defineQuery<Fact[]>(factsQueryName);
