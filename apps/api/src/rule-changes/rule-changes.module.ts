import { Module } from '@nestjs/common';
import { DraftsService } from './drafts.service';
import { ImpactService } from './impact.service';
import { RolloutsService } from './rollouts.service';
import { RuleChangesController } from './rule-changes.controller';

@Module({ controllers: [RuleChangesController], providers: [DraftsService, ImpactService, RolloutsService], exports: [DraftsService] })
export class RuleChangesModule {}
