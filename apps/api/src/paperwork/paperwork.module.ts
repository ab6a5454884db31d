import { Module } from '@nestjs/common';
import { PaperworkController } from './paperwork.controller';
import { PaperworkService } from './paperwork.service';

@Module({ controllers: [PaperworkController], providers: [PaperworkService] })
export class PaperworkModule {}
