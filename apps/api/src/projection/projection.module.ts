import { Module } from '@nestjs/common';
import { RuleChangesModule } from '../rule-changes/rule-changes.module';
import { ProjectionController } from './projection.controller';
import { ProjectionService } from './projection.service';

@Module({ imports: [RuleChangesModule], controllers: [ProjectionController], providers: [ProjectionService] })
export class ProjectionModule {}
