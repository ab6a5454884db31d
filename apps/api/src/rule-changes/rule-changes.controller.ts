import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApplyBody, DraftBody, DraftIdParams, EndBody, ImpactQuery, type Actor } from '@cs/domain';
import { AllowRoles, Caller } from '../auth/auth.decorators';
import { ZodPipe } from '../common/zod.pipe';
import { DraftsService } from './drafts.service';
import { ImpactService } from './impact.service';
import { RolloutsService } from './rollouts.service';

const params = new ZodPipe(DraftIdParams);

/** Rule changes governed like code: drafted, previewed across the caseload, rolled out, ended. */
@Controller('rule-changes')
@AllowRoles('admin', 'dfe-caselead')
export class RuleChangesController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly impact: ImpactService,
    private readonly rollouts: RolloutsService,
  ) {}

  @Post()
  draft(@Body(ZodPipe.body(DraftBody)) body: DraftBody, @Caller() actor: Actor) {
    return this.drafts.draft(body, actor);
  }

  @Get()
  list() {
    return this.drafts.list();
  }

  @Get(':id')
  show(@Param(params) p: DraftIdParams) {
    return this.drafts.show(p.id);
  }

  /** Every open instrument under the rules in force and under the draft; `format=csv` for a spreadsheet. */
  @Get(':id/impact')
  @Header('Cache-Control', 'no-store')
  async preview(@Param(params) p: DraftIdParams, @Query(new ZodPipe(ImpactQuery)) q: ImpactQuery, @Res({ passthrough: true }) res: Response) {
    const preview = await this.impact.preview(p.id, q.asOf);
    if (q.format !== 'csv') return preview;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="impact-${p.id}-${preview.asOf}.csv"`);
    return ImpactService.csv(preview);
  }

  @Post(':id/apply')
  @HttpCode(202)
  apply(@Param(params) p: DraftIdParams, @Body(ZodPipe.body(ApplyBody)) body: ApplyBody, @Caller() actor: Actor) {
    return this.rollouts.apply(p.id, actor, body.concurrency);
  }

  /** The rollback: ends the amendment on every instrument the apply reached, the same way. */
  @Post(':id/end')
  @HttpCode(202)
  end(@Param(params) p: DraftIdParams, @Body(ZodPipe.body(EndBody)) body: EndBody, @Caller() actor: Actor) {
    return this.rollouts.end(p.id, actor, body.endOn, body.concurrency);
  }

  @Get(':id/rollouts/apply')
  applyProgress(@Param(params) p: DraftIdParams) {
    return this.rollouts.progress(p.id, 'apply');
  }

  @Get(':id/rollouts/end')
  endProgress(@Param(params) p: DraftIdParams) {
    return this.rollouts.progress(p.id, 'end');
  }
}
