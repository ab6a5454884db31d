import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AuthGuard } from './auth.guard';
import { TokenStore } from './token-store';

/** Bearer API tokens, hashed in Postgres; the guard applies to every route. */
@Global()
@Module({
  providers: [
    { provide: TokenStore, useFactory: (db: DataSource) => new TokenStore(db), inject: [DataSource] },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenStore],
})
export class AuthModule {}
