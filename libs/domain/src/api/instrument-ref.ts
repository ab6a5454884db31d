import { z } from 'zod';
import { IsoDate } from '../dates';
import { InstrumentKind } from '../instrument';
import { pagingFields } from './paging';

/**
 * An instrument is addressed by its workflow id, which is its path:
 * `/instruments/notice/trafford/2019-05-23` is the workflow `notice/trafford/2019-05-23`.
 */
export const instrumentPrefixes = {
  notice: 'improvement-notice',
  direction: 'statutory-direction',
  'continuing-board': 'continuing-board',
} as const satisfies Record<string, InstrumentKind>;

export const InstrumentPrefix = z.enum(
  Object.keys(instrumentPrefixes) as [
    keyof typeof instrumentPrefixes,
    ...(keyof typeof instrumentPrefixes)[],
  ],
);
export type InstrumentPrefix = z.infer<typeof InstrumentPrefix>;

export const CouncilSlug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
  .max(60);

export const InstrumentPathParams = z.object({
  type: InstrumentPrefix,
  council: CouncilSlug,
  startedOn: IsoDate,
});
export type InstrumentPathParams = z.infer<typeof InstrumentPathParams>;

/** One instrument as the API addresses it. */
export interface InstrumentRef {
  workflowId: string;
  kind: InstrumentKind;
  council: string;
  startedOn: IsoDate;
}

export function instrumentRef(params: InstrumentPathParams): InstrumentRef {
  return {
    workflowId: `${params.type}/${params.council}/${params.startedOn}`,
    kind: instrumentPrefixes[params.type],
    council: params.council,
    startedOn: params.startedOn,
  };
}

/** "What as of": a date query parameter, the workflow clock's date when absent. */
export const AsOfQuery = z.object({ asOf: IsoDate.optional() }).strict();
export type AsOfQuery = z.infer<typeof AsOfQuery>;

/**
 * What an instrument's page shows: as of a date, one page of its facts (newest first) and either
 * the latest met obligations or all of them (`met=all`). Paged, so a page costs the same however
 * long the instrument has run.
 */
export const OverviewQuery = z
  .object({ asOf: IsoDate.optional(), ...pagingFields, met: z.enum(['latest', 'all']).default('latest') })
  .strict();
export type OverviewQuery = z.output<typeof OverviewQuery>;
