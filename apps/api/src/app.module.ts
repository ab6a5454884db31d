import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import type { Env } from '@cs/config';
import { RateLimitModule } from '@cs/http-hardening';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CommandsModule } from './commands/commands.module';
import { JsonBodyMiddleware } from './common/json-body.middleware';
import { RequestIdMiddleware } from './common/request-id.middleware';
import { HealthModule } from './health/health.module';
import { HistoryModule } from './history/history.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { ImportsModule } from './imports/imports.module';
import { InstrumentsModule } from './instruments/instruments.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OpenApiModule } from './openapi/openapi.module';
import { PaperworkModule } from './paperwork/paperwork.module';
import { RegisterModule } from './register/register.module';
import { RegistrationModule } from './registration/registration.module';
import { RulebooksModule } from './rulebooks/rulebooks.module';
import { TokensModule } from './tokens/tokens.module';

/** One feature module per concept; infrastructure and auth are global. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(env),
        // Its guard runs before AuthModule's: a flood of forged tokens is refused before each
        // costs a token look-up.
        RateLimitModule.forRoot(env),
        AuthModule,
        HealthModule,
        RegistrationModule,
        RegisterModule,
        InstrumentsModule,
        CommandsModule,
        AuditModule,
        HistoryModule,
        RulebooksModule,
        PaperworkModule,
        NotificationsModule,
        ImportsModule,
        CalendarModule,
        TokensModule,
        OpenApiModule,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestIdMiddleware, JsonBodyMiddleware).forRoutes('*');
  }
}
