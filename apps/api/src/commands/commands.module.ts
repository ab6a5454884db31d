import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CommandsController } from './commands.controller';
import { CommandsService } from './commands.service';

@Module({ imports: [AuditModule], controllers: [CommandsController], providers: [CommandsService], exports: [CommandsService] })
export class CommandsModule {}
