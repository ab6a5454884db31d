import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RegistrationController } from './registration.controller';
import { RegistrationService } from './registration.service';

@Module({ imports: [AuditModule], controllers: [RegistrationController], providers: [RegistrationService] })
export class RegistrationModule {}
