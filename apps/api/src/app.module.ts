import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import type { Env } from '@cs/config';
import { RequestIdMiddleware } from './common/request-id.middleware';
import { HealthModule } from './health/health.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';

/** One feature module per concept; the infrastructure module is global. */
@Module({})
export class AppModule implements NestModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [InfrastructureModule.forRoot(env), HealthModule],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestIdMiddleware).forRoutes('*');
  }
}
