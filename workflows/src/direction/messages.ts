import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Fact, IsoDate } from '@cs/domain/core';
import { commandUpdateName, factsQueryName, stateQueryName, type CommandAccepted, type CommandInput } from '../shared/messages';
import type { InstrumentView } from '../shared/view';
import type { DirectionState } from './direction-state';

export type DirectionView = InstrumentView<DirectionState>;

export const directionCommand = defineUpdate<CommandAccepted, [CommandInput]>(commandUpdateName);
export const directionState = defineQuery<DirectionView, [IsoDate?]>(stateQueryName);
export const directionFacts = defineQuery<Fact[]>(factsQueryName);
