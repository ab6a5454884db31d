import {
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import {
  CommandInput,
  commandUpdate,
  factsQuery,
  overviewOf,
  overviewQuery,
  refusal,
  roleRefusal,
  stateQuery,
  type CommandAccepted,
  type InstrumentWorkflow,
  type InstrumentWorkflowType,
  type LifecycleInput,
  type LifecycleResult,
} from '@cs/contract';
import type { Fact } from '@cs/domain/core';
import { pinsFor } from '@cs/rules';
import { shouldContinueAsNew } from './continue-as-new';
import { decideDates, msUntil, today } from './dates';
import { Instrument } from './instrument';
import { queueNotifications, readSettings, registerRow, writeRegister } from './effects';
import { keepSearchable } from './search-attributes';
import type { InstrumentSpec } from './spec';
import { summarise } from './summary';
import { nextWakeOn, notificationsDue } from './wake-up';

function startingFacts<S>(spec: InstrumentSpec<S>, input: LifecycleInput, workflowId: string): Fact[] {
  if (input.carried) return input.carried.facts;
  const parsed = CommandInput.safeParse(input.start);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(root)', message: i.message }));
    throw refusal('invalid', `invalid start: ${parsed.error.message}`, issues);
  }
  const { command, actor, recordedAt } = parsed.data;
  if (command.type !== spec.startType) throw refusal('conflict', `a ${spec.kind} starts with ${spec.startType}, not ${command.type}`);
  const roleRefused = roleRefusal(actor.role, command.type);
  if (roleRefused) throw refusal('forbidden', roleRefused);
  return [{ id: `${workflowId}#start`, ...command, actor, recordedAt } as Fact];
}

/**
 * The lifecycle every instrument shares: record commands through a validated update, answer state
 * queries, and sleep on one timer until the next reminder or due date, asking the rules again
 * whenever facts or the date change. Hands over to successors and continues as new when due.
 */
export async function runLifecycle<S>(spec: InstrumentSpec<S>, input: LifecycleInput): Promise<LifecycleResult> {
  decideDates();
  const { workflowId } = workflowInfo();
  const carried = input.carried;
  const facts = startingFacts(spec, input, workflowId);
  // Pinned once, at the start, and carried: a later version reaches the instrument only by adoption.
  const pins = carried ? carried.pins : pinsFor(spec.kind, facts[0].effectiveOn);
  const instrument = new Instrument(spec, workflowId, facts, { ...(carried?.links ?? input.links ?? spec.startLinks?.(facts[0]) ?? {}) }, pins);
  let changed = true;
  let atBoundary = false;
  const owed = new Set(carried?.pending ?? []);
  const pending: Fact[] = carried ? instrument.facts.filter((f) => owed.has(f.id)) : [instrument.start];
  const notified = new Set(carried?.notified ?? []);
  let projectionVersion = carried?.projectionVersion ?? 0;
  let lastProjected = '';
  const runs = (carried?.runs ?? 0) + 1;
  // A run continued as new in a workflow task that answered no command (after a register write,
  // say) races the next command, sent on the last answer: the server refuses the completion
  // (unhandled command) and the worker replays the whole run. So a run due at a boundary continues
  // in the task answering a command, before any register write (the next run writes it first thing).
  // Runs recorded before this did not, and replay as they were.
  const continueWithCommand = patched(CONTINUE_WITH_COMMAND_PATCH);
  let answeredInTask = -1;

  setHandler(
    commandUpdate,
    (raw: CommandInput): CommandAccepted => {
      const id = currentUpdateInfo()?.id ?? `${workflowId}#${instrument.facts.length}`;
      const existing = instrument.has(id);
      if (existing) return { fact: existing, duplicate: true, summary: summarise(instrument.view(today())) };
      const fact = instrument.record(raw, id);
      answeredInTask = workflowInfo().historyLength;
      pending.push(fact);
      changed = true;
      atBoundary ||= spec.isBoundary(fact);
      return { fact, duplicate: false, summary: summarise(instrument.view(today())) };
    },
    {
      validator: (raw: CommandInput) => {
        const id = currentUpdateInfo()?.id;
        if (id && instrument.has(id)) return; // a retried request: answered with the fact already recorded
        const refused = instrument.refusal(raw, today(), id);
        if (refused) throw refusal(refused.kind, refused.reason, refused.issues);
      },
    },
  );
  setHandler(stateQuery, (asOf?: string) => instrument.view(asOf ?? today()));
  setHandler(factsQuery, () => [...instrument.facts]);
  // The page's one question: one evaluation, and an answer sized by the page, not the instrument's age.
  setHandler(overviewQuery, (request = {}) => overviewOf(instrument.view(request.asOf ?? today()), instrument.facts, request));

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
    // An ended instrument keeps the order it had: its register, then its end (or, outlived, a run).
    const continuing =
      continueWithCommand && !view.endedOn
        ? !changed && shouldContinueAsNew(atBoundary, answeredInTask === workflowInfo().historyLength)
        : undefined;
    const signature = JSON.stringify(row);
    if (signature !== lastProjected && !continuing) {
      await writeRegister({ ...row, version: ++projectionVersion });
      lastProjected = signature;
    }

    // An ended instrument stays open only for what outlives it (a trust running services after the
    // direction); histories recorded before this rule completed at their end, and still do.
    const outlived = view.endedOn && (spec.afterEnd?.(instrument.state()) ?? []).length > 0 && patched(OUTLIVING_ARRANGEMENT_PATCH);
    if (view.endedOn && !changed && !outlived) {
      await condition(allHandlersFinished);
      if (!changed) return { workflowId, phase: instrument.view(today()).phase, endedOn: view.endedOn, linkedTo: instrument.links.to, runs };
    }
    if (continuing ?? (!changed && shouldContinueAsNew(atBoundary))) {
      await condition(allHandlersFinished);
      // A command can arrive while handlers finish: act on it in this run; otherwise carry anything owed.
      if (!changed) {
        const live = new Set(view.obligations.map((o) => o.key));
        const keep = [...notified].filter((k) => live.has(k.split('|')[1]));
        await continueAsNew<InstrumentWorkflow>({
          start: input.start,
          carried: { facts: [...instrument.facts], links: instrument.links, projectionVersion, notified: keep, runs, pending: pending.map((f) => f.id), pins },
        });
      }
    }
    if (changed) continue;
    const wakeOn = nextWakeOn(view.obligations, todayOn, reminderLeadDays);
    if (wakeOn) await condition(() => changed, msUntil(wakeOn) || 1);
    else await condition(() => changed);
  }
}

/** Patch id: an ended direction whose trust or company still runs services waits for their return. */
export const OUTLIVING_ARRANGEMENT_PATCH = 'arrangement-outlives-direction';
/** Patch id: a run due at a boundary continues as new in the task answering a command, unprojected. */
export const CONTINUE_WITH_COMMAND_PATCH = 'continue-with-command';

async function startSuccessor(workflowType: InstrumentWorkflowType, workflowId: string, input: LifecycleInput): Promise<void> {
  try {
    await startChild<InstrumentWorkflow>(workflowType, { workflowId, args: [input], parentClosePolicy: ParentClosePolicy.ABANDON });
  } catch (err) {
    // Already started (a retried hand-over, or a person started it directly): link to it all the same.
    if ((err as Error)?.name !== 'WorkflowExecutionAlreadyStartedError') throw err;
  }
}
