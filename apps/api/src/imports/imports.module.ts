import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { raw } from 'express';
import { TRACKER_MAX_BYTES, trackerMediaTypes } from '@cs/domain';
import { CommandsModule } from '../commands/commands.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({ imports: [CommandsModule], controllers: [ImportsController], providers: [ImportsService] })
export class ImportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The tracker arrives as the raw body (curl --data-binary @tracker.xlsx); over the limit is a 413.
    consumer.apply(raw({ type: Object.values(trackerMediaTypes), limit: TRACKER_MAX_BYTES })).forRoutes(ImportsController);
  }
}
