import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { FeedQuery, FeedTokenBody, FeedTokenParams, type Actor, type InstrumentRef } from '@cs/domain';
import { Caller, Public } from '../auth/auth.decorators';
import { Instrument } from '../common/instrument.param';
import { ZodPipe } from '../common/zod.pipe';
import { CalendarService } from './calendar.service';
import { FeedTokensService } from './feed-tokens.service';

const ICS = 'text/calendar; charset=utf-8';

/**
 * Calendar feeds a client such as Outlook subscribes to. The feeds are public routes: the feed
 * token in the URL says who is reading (calendar clients send no header), and the reader's council
 * scope applies as on every other route.
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly feedTokens: FeedTokensService,
  ) {}

  @Post('feed-tokens')
  @HttpCode(201)
  issue(@Caller() actor: Actor, @Body(ZodPipe.body(FeedTokenBody)) body: FeedTokenBody) {
    return this.feedTokens.issue(actor, body.label);
  }

  @Get('feed-tokens')
  list(@Caller() actor: Actor) {
    return this.feedTokens.list(actor);
  }

  @Post('feed-tokens/:id/revoke')
  @HttpCode(200)
  revoke(@Caller() actor: Actor, @Param(new ZodPipe(FeedTokenParams)) p: { id: string }) {
    return this.feedTokens.revoke(actor, p.id);
  }

  @Get('caseload')
  @Public()
  async caseload(@Query(new ZodPipe(FeedQuery)) q: FeedQuery, @Res({ passthrough: true }) res: Response) {
    return ics(res, await this.calendars.caseload(await this.feedTokens.actorFor(q.token)));
  }

  @Get('instruments/:type/:council/:startedOn')
  @Public()
  async instrument(@Instrument({ scope: false }) ref: InstrumentRef, @Query(new ZodPipe(FeedQuery)) q: FeedQuery, @Res({ passthrough: true }) res: Response) {
    return ics(res, await this.calendars.instrument(ref, await this.feedTokens.actorFor(q.token)));
  }
}

/** The feed's media type is set only once there is a feed: a refusal stays JSON. */
function ics(res: Response, body: string): string {
  res.setHeader('Content-Type', ICS);
  return body;
}
