import type { InstrumentKind } from '@cs/domain/core';

/**
 * Workflow ids say what they are: `notice/<council>/<issued-on>`, so a second notice for the same
 * council years later is a different workflow, and the register can link them.
 */
const prefixes: Record<InstrumentKind, string> = {
  'improvement-notice': 'notice',
  'statutory-direction': 'direction',
  'continuing-board': 'continuing-board',
};

export function instrumentWorkflowId(kind: InstrumentKind, councilSlug: string, startedOn: string): string {
  return `${prefixes[kind]}/${councilSlug}/${startedOn}`;
}

export function kindOfWorkflowId(id: string): InstrumentKind | undefined {
  const prefix = id.split('/')[0];
  return (Object.keys(prefixes) as InstrumentKind[]).find((k) => prefixes[k] === prefix);
}
