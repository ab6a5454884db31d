import { obligationSubjectKey, type Obligation } from '@cs/domain';
import type { InstrumentView } from '@cs/contract';

/** One calendar event: an all-day duty on its due date, saying which rule set it. */
export interface DutyEvent {
  /** Stable while the duty is the same (instrument, rule, subject), so a moved date updates it. */
  uid: string;
  /** Grows whenever the instrument's record does, so clients take the newer copy of a moved event. */
  sequence: number;
  on: string;
  summary: string;
  description: string;
  url: string;
}

const words = (kind: string) => kind.charAt(0).toUpperCase() + kind.slice(1).replace(/-/g, ' ');

/** What an obligation looks like in a calendar: what is due, for which council, why, and by which rule. */
export function dutyEvent(view: InstrumentView, o: Obligation): DutyEvent {
  const e = o.explanation;
  const clauses = e.clauses.map((c) => `${c.clause}${c.text ? ` ("${c.text}")` : ''}`).join('; ');
  const state = o.status === 'met' ? `met on ${o.metOn}` : o.status;
  // Values an amendment (such as the Covid-19 flexibilities) supplied in place of the rulebook's own.
  const amended = [...new Set(e.parameters.filter((p) => p.source.id !== e.rulebook.id).map((p) => `${p.name} from ${p.source.id} version ${p.source.version} (${p.citation.clause})`))];
  return {
    uid: `${view.workflowId}/${obligationSubjectKey(o.key)}@cs-intervention`,
    sequence: view.factCount,
    on: o.dueOn,
    summary: `${words(o.kind)}${o.subject ? ` (${o.subject})` : ''}: ${view.council.name}${o.status === 'met' ? ' (met)' : o.status === 'overdue' ? ' (overdue)' : ''}`,
    description: [
      `${words(o.kind)} due on ${o.dueOn} (${state}) for ${view.workflowId}.`,
      e.text,
      `Set by the rule ${e.ruleId} of rulebook ${e.rulebook.id} version ${e.rulebook.version}${clauses ? `, ${clauses}` : ''}.`,
      ...(amended.length ? [`Amended: ${amended.join('; ')}.`] : []),
    ].join('\n'),
    url: `/instruments/${view.workflowId}`,
  };
}
