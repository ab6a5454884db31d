import {
  ApplicationFailure,
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import type { Fact } from '@cs/domain/core';
import { shouldContinueAsNew } from './continue-as-new';
import { msUntil, today } from './dates';
import { Instrument } from './instrument';
import { CommandInput, commandUpdate, factsQuery, stateQuery, summarise, type CommandAccepted } from './messages';
import { mayRecord } from './permissions';
import { queueNotifications, readSettings, registerRow, writeRegister } from './effects';
import { keepSearchable } from './search-attributes';
import type { InstrumentSpec } from './spec';
import type { InstrumentView, Links } from './view';
import { nextWakeOn, notificationsDue } from './wake-up';

/** What starts an instrument: the command that creates it, as a person gave it. */
export interface StartCommand {
  command: CommandInput['command'];
  actor: CommandInput['actor'];
  recordedAt: string;
}

/** What one run hands to the next at continue-as-new: the facts are the instrument. */
export interface Carried {
  facts: Fact[];
  links: Links;
  projectionVersion: number;
  notified: string[];
  runs: number;
  /** Facts recorded but not yet acted on (a hand-over to a successor may still be owed). */
  pending?: string[];
}

export interface LifecycleInput {
  start: StartCommand;
  links?: Links;
  carried?: Carried;
}

export interface LifecycleResult {
  workflowId: string;
  phase: InstrumentView['phase'];
  endedOn?: string;
  linkedTo?: string;
  runs: number;
}

function startingFacts<S>(spec: InstrumentSpec<S>, input: LifecycleInput, workflowId: string): Fact[] {
  if (input.carried) return input.carried.facts;
  const parsed = CommandInput.safeParse(input.start);
  if (!parsed.success) throw ApplicationFailure.nonRetryable(`invalid start: ${parsed.error.message}`, 'CommandRefused');
  const { command, actor, recordedAt } = parsed.data;
  if (command.type !== spec.startType) {
    throw ApplicationFailure.nonRetryable(`a ${spec.kind} starts with ${spec.startType}, not ${command.type}`, 'CommandRefused');
  }
  if (!mayRecord[command.type].includes(actor.role)) {
    throw ApplicationFailure.nonRetryable(`role ${actor.role} may not record ${command.type}`, 'CommandRefused');
  }
  return [{ id: `${workflowId}#start`, ...command, actor, recordedAt } as Fact];
}

/**
 * The lifecycle every instrument shares: record commands through a validated update, answer state
 * queries, and sleep on one timer until the next reminder or due date, asking the rules again
 * whenever facts or the date change. Hands over to successors and continues as new when due.
 */
export async function runLifecycle<S>(spec: InstrumentSpec<S>, input: LifecycleInput): Promise<LifecycleResult> {
  const { workflowId } = workflowInfo();
  const carried = input.carried;
  const instrument = new Instrument(spec, workflowId, startingFacts(spec, input, workflowId), {
    ...(carried?.links ?? input.links ?? {}),
  });
  let changed = true;
  let atBoundary = false;
  const owed = new Set(carried?.pending ?? []);
  const pending: Fact[] = carried ? instrument.facts.filter((f) => owed.has(f.id)) : [instrument.start];
  const notified = new Set(carried?.notified ?? []);
  let projectionVersion = carried?.projectionVersion ?? 0;
  let lastProjected = '';
  const runs = (carried?.runs ?? 0) + 1;

  setHandler(
    commandUpdate,
    (raw: CommandInput): CommandAccepted => {
      const id = currentUpdateInfo()?.id ?? `${workflowId}#${instrument.facts.length}`;
      const existing = instrument.has(id);
      if (existing) return { fact: existing, duplicate: true, summary: summarise(instrument.view(today())) };
      const fact = instrument.record(CommandInput.parse(raw), id);
      pending.push(fact);
      changed = true;
      atBoundary ||= spec.isBoundary(fact);
      return { fact, duplicate: false, summary: summarise(instrument.view(today())) };
    },
    {
      validator: (raw: CommandInput) => {
        const id = currentUpdateInfo()?.id;
        if (id && instrument.has(id)) return; // a retried request: answered with the fact already recorded
        const reason = instrument.refusal(raw, today(), id);
        if (reason) throw ApplicationFailure.nonRetryable(reason, 'CommandRefused');
      },
    },
  );
  setHandler(stateQuery, (asOf?: string) => instrument.view(asOf ?? today()));
  setHandler(factsQuery, () => [...instrument.facts]);

  const { reminderLeadDays } = await readSettings();

  for (;;) {
    changed = false;
    const todayOn = today();
    const view = instrument.view(todayOn);

    for (const fact of pending.splice(0)) {
      const next = spec.successor(fact, instrument.state(), { workflowId, links: instrument.links });
      if (!next) continue;
      await startSuccessor(next.workflowType, next.workflowId, { start: next.start, links: { from: workflowId } });
      instrument.links.to = next.workflowId;
    }

    const due = notificationsDue(workflowId, view.obligations, todayOn, reminderLeadDays).filter((n) => !notified.has(n.key));
    if (due.length) {
      await queueNotifications(due.map((n) => ({ ...n, workflowId })));
      due.forEach((n) => notified.add(n.key));
    }

    const row = registerRow(instrument.view(todayOn));
    keepSearchable(row);
    const signature = JSON.stringify(row);
    if (signature !== lastProjected) {
      await writeRegister({ ...row, version: ++projectionVersion });
      lastProjected = signature;
    }

    if (view.endedOn && !changed) {
      await condition(allHandlersFinished);
      if (!changed) return { workflowId, phase: instrument.view(today()).phase, endedOn: view.endedOn, linkedTo: instrument.links.to, runs };
    }
    if (!changed && shouldContinueAsNew(atBoundary)) {
      await condition(allHandlersFinished);
      // A command can arrive while handlers finish: act on it in this run; otherwise carry anything owed.
      if (!changed) {
        const live = new Set(view.obligations.map((o) => o.key));
        const keep = [...notified].filter((k) => live.has(k.split('|')[1]));
        await continueAsNew<(i: LifecycleInput) => Promise<LifecycleResult>>({
          start: input.start,
          carried: { facts: [...instrument.facts], links: instrument.links, projectionVersion, notified: keep, runs, pending: pending.map((f) => f.id) },
        });
      }
    }
    if (changed) continue;
    const wakeOn = nextWakeOn(view.obligations, todayOn, reminderLeadDays);
    if (wakeOn) await condition(() => changed, msUntil(wakeOn) || 1);
    else await condition(() => changed);
  }
}

async function startSuccessor(workflowType: string, workflowId: string, input: LifecycleInput): Promise<void> {
  try {
    await startChild(workflowType, { workflowId, args: [input], parentClosePolicy: ParentClosePolicy.ABANDON });
  } catch (err) {
    // Already started (a retried hand-over, or a person started it directly): link to it all the same.
    if ((err as Error)?.name !== 'WorkflowExecutionAlreadyStartedError') throw err;
  }
}
