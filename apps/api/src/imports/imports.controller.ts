import { BadRequestException, Controller, Get, HttpCode, Param, Post, Query, Req, Res, StreamableFile, UnsupportedMediaTypeException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ImportJobParams, ImportQuery, TemplateQuery, trackerMediaTypes, type Actor, type InstrumentRef, type TrackerFormat } from '@cs/domain';
import { Caller } from '../auth/auth.decorators';
import { Instrument, INSTRUMENT_ROUTE } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { ImportsService } from './imports.service';
import { trackerTemplate } from './tracker-file';

/** Trackers in: the template to fill in, a dry run or a commit of a filled one, and a commit's progress. */
@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get('imports/template')
  async template(@Query(new ZodPipe(TemplateQuery)) q: TemplateQuery, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Content-Disposition', `attachment; filename="tracker-template.${q.format}"`);
    return new StreamableFile(await trackerTemplate(q.format), { type: trackerMediaTypes[q.format] });
  }

  /** The body is the file itself (CSV or XLSX); `mode=dry-run` (default) records nothing. */
  @Post(`${INSTRUMENT_ROUTE}/imports`)
  @HttpCode(200)
  async upload(
    @Instrument() ref: InstrumentRef,
    @Caller() actor: Actor,
    @Query(new ZodPipe(ImportQuery)) q: ImportQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const types = Object.values(trackerMediaTypes).join(' or ');
    const format = (Object.keys(trackerMediaTypes) as TrackerFormat[]).find((f) => req.is(trackerMediaTypes[f]));
    if (!format) throw new UnsupportedMediaTypeException(`send the tracker file as the body with Content-Type ${types} (got ${req.header('content-type') || 'no Content-Type'})`);
    const bytes = req.body as unknown;
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'invalid input',
        issues: [{ field: '(body)', message: `the body is empty: send the tracker file as the body, as Content-Type ${types} (GET /imports/template gives one to fill in)` }],
      });
    }
    if (q.mode === 'dry-run') return this.imports.preview(ref, actor, bytes, format);
    const job = await this.imports.commit(ref, actor, bytes, format);
    res.status(202).setHeader('Location', `/imports/${job.id}`);
    return job;
  }

  @Get('imports/:id')
  job(@Param(new ZodPipe(ImportJobParams)) p: { id: string }, @Caller() actor: Actor) {
    return this.imports.job(p.id, actor);
  }
}
