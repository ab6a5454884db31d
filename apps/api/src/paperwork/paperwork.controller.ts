import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import { BoardPackQuery, paperMediaTypes, SelfAssessmentQuery, type InstrumentRef, type PaperFormat } from '@cs/domain';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { asOfWithinLife } from '../instruments/as-of';
import { PaperworkService, type Rendered } from './paperwork.service';

/** The paperwork of an instrument: a board pack and a self-assessment draft, as .docx, PDF or JSON. */
@Controller(INSTRUMENT_ROUTE)
export class PaperworkController {
  constructor(private readonly paperwork: PaperworkService) {}

  @Get('board-pack')
  async boardPack(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(BoardPackQuery)) q: BoardPackQuery, @Res({ passthrough: true }) res: Response) {
    const boardOn = asOfWithinLife(ref, q.boardOn, 'boardOn');
    return send(res, q.format, await this.paperwork.boardPack(ref, boardOn, q.format));
  }

  @Get('self-assessment')
  async selfAssessment(@Instrument() ref: InstrumentRef, @Query(new ZodPipe(SelfAssessmentQuery)) q: SelfAssessmentQuery, @Res({ passthrough: true }) res: Response) {
    return send(res, q.format, await this.paperwork.selfAssessment(ref, asOfWithinLife(ref, q.asOf), q.reviewId, q.format));
  }

}

function send(res: Response, format: PaperFormat, r: Rendered) {
  if (format === 'json') return r.body;
  res.setHeader('Content-Disposition', `attachment; filename="${r.fileName}"`);
  return new StreamableFile(r.body as Buffer, { type: paperMediaTypes[format] });
}
