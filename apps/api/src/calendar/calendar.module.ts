import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';
import { FeedTokensService } from './feed-tokens.service';

@Module({ controllers: [CalendarController], providers: [CalendarService, FeedTokensService] })
export class CalendarModule {}
