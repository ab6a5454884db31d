import { BadRequestException, Injectable } from '@nestjs/common';
import { addMonths, dateOf, type InstrumentRef, type IsoDate, type Projection } from '@cs/domain';
import { project, RulesInputError } from '@cs/rules';
import { TemporalClientService } from '../infrastructure/temporal-client.service';
import { DraftsService } from '../rule-changes/drafts.service';

const MAX_YEARS_AHEAD = 10;
const addYears = (d: IsoDate, years: number) => addMonths(d, 12 * years);

/** An instrument's projected timeline under the rules in force, or under a draft. */
@Injectable()
export class ProjectionService {
  constructor(
    private readonly temporal: TemporalClientService,
    private readonly drafts: DraftsService,
  ) {}

  async projection(ref: InstrumentRef, from: IsoDate = dateOf(Date.now()), draftId?: string): Promise<Projection> {
    const latest = addYears(dateOf(Date.now()), MAX_YEARS_AHEAD);
    if (from > latest) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid input', issues: [{ field: 'from', message: `must be on or before ${latest}: a projection starts at most ${MAX_YEARS_AHEAD} years from today` }] });
    const change = draftId ? (await this.drafts.record(draftId)).change : undefined;
    const facts = await this.temporal.facts(ref.workflowId);
    try {
      return project({ kind: ref.kind, facts }, from, change);
    } catch (e) {
      if (!(e instanceof RulesInputError)) throw e;
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'the rules cannot project this instrument', issues: e.issues.map((i) => ({ field: i.path === 'asOf' ? 'from' : i.path, message: i.message })) });
    }
  }
}
