import { Controller, Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import { Draft, DraftIdParams, ImpactPreview, IsoDate, RolloutProgress } from '@cs/domain';
import { ApiClient, ApiError } from '../common/api-client';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';

/**
 * Drafted rule changes and their impact across the caseload, read through the API (admins and
 * caseleads; the API refuses anyone else). Drafting and applying are the API's routes for now.
 */
@Controller('rule-changes')
export class RuleChangesController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  async list(@Person() person: SignedIn, @Res() res: Response) {
    const drafts = await this.api.get('/rule-changes', person.token, z.array(Draft));
    res.render('pages/rule-changes', { title: 'Rule changes', drafts });
  }

  @Get(':id')
  async show(@Person() person: SignedIn, @Param('id') id: string, @Query('asOf') asOf: string | undefined, @Res() res: Response) {
    if (!DraftIdParams.safeParse({ id }).success) throw new NotFoundException();
    const on = asOf && IsoDate.safeParse(asOf).success ? asOf : undefined;
    const draft = await this.api.get(`/rule-changes/${id}`, person.token, Draft);
    const preview = await this.api.get(`/rule-changes/${id}/impact${on ? `?asOf=${on}` : ''}`, person.token, ImpactPreview);
    const rollouts = [];
    for (const action of ['apply', 'end'] as const) {
      const progress = await this.api.get(`/rule-changes/${id}/rollouts/${action}`, person.token, RolloutProgress).catch((e) => {
        if (e instanceof ApiError && e.status === 404) return undefined;
        throw e;
      });
      if (progress) rollouts.push(progress);
    }
    const changed = preview.instruments.filter((i) => i.dueDates.length + i.flags.length + i.decisions.length > 0 || i.error);
    res.render('pages/rule-change', { title: draft.change.type === 'amendment' ? draft.change.title : `${draft.change.rulebookId} ${draft.change.version}`, draft, preview, changed, rollouts });
  }
}
