import type { EvaluationResult, Explanation } from '@cs/domain/core';

const why = (e: Explanation) =>
  [
    `      ${e.text}`,
    `      rule ${e.ruleId} (${e.rulebook.id}@${e.rulebook.version}); clauses: ${e.clauses.map((c) => `${c.clause} [${c.document}]`).join('; ')}`,
    ...(e.parameters.length
      ? [`      parameters: ${e.parameters.map((p) => `${p.name}=${JSON.stringify(p.value)} on ${p.readOn} from ${p.source.id}@${p.source.version} ${p.citation.clause}`).join('; ')}`]
      : []),
    `      facts: ${e.facts.join(', ') || '(none)'}`,
  ].join('\n');

/** Readable text: open obligations first, then flags, decisions, and a count of met duties. */
export function formatText(r: EvaluationResult, nextDue: string | undefined): string {
  const open = r.obligations.filter((o) => o.status !== 'met');
  const met = r.obligations.length - open.length;
  const lines = [
    `As of ${r.asOf} (rulebooks: ${r.rulebooks.map((b) => `${b.id}@${b.version}`).join(', ')})`,
    `Next due: ${nextDue ?? 'nothing due'}`,
    '',
    `Obligations (${open.length} open, ${met} met):`,
    ...open.map((o) => `  [${o.status.toUpperCase()}] ${o.kind}${o.subject ? ` ${o.subject}` : ''} due ${o.dueOn}\n${why(o.explanation)}`),
    '',
    `Flags (${r.flags.length}):`,
    ...r.flags.map((f) => `  [${f.severity.toUpperCase()}] ${f.kind}${f.subject ? ` ${f.subject}` : ''}\n${why(f.explanation)}`),
    '',
    'Decisions:',
    ...r.decisions.map((d) => `  ${d.decision}: ${d.open ? 'OPEN' : 'not open'}\n${why(d.explanation)}`),
  ];
  return lines.join('\n');
}
