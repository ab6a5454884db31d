import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiClient } from '../common/api-client';
import { INSTRUMENT_PAGE, instrumentOf } from '../instrument/instrument-path';
import { Person } from '../session/person.decorator';
import type { SignedIn } from '../session/session.store';

/** The documents a person downloads from an instrument's page, and the API route each comes from. */
const DOCUMENTS: Record<string, string> = {
  'board-pack.docx': 'board-pack?format=docx',
  'board-pack.pdf': 'board-pack?format=pdf',
  'self-assessment.docx': 'self-assessment?format=docx',
  'self-assessment.pdf': 'self-assessment?format=pdf',
};

/**
 * The paperwork as files to download: the API's board pack and self-assessment draft (as of today,
 * for the next board or review), fetched as the signed-in person so the API's scope applies.
 */
@Controller(`${INSTRUMENT_PAGE}/paperwork`)
export class PaperworkController {
  constructor(private readonly api: ApiClient) {}

  @Get(':document')
  async download(@Person() person: SignedIn, @Param() params: Record<string, string>, @Res() res: Response) {
    const ref = instrumentOf(params);
    const route = DOCUMENTS[params.document];
    if (!route) throw new NotFoundException();
    const file = await this.api.download(`/instruments/${ref.workflowId}/${route}`, person.token);
    res.setHeader('Content-Type', file.type);
    if (file.disposition) res.setHeader('Content-Disposition', file.disposition);
    res.send(file.bytes);
  }
}
