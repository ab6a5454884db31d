import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { Env } from '@cs/config';
import { ENV } from '../infrastructure/tokens';
import { ActorCache } from './actor-cache';
import { AuthGuard } from './auth.guard';
import { TokenStore } from '@cs/persistence';

/** Bearer API tokens, hashed in Postgres and trusted for a second once looked up; the guard applies to every route. */
@Global()
@Module({
  providers: [
    { provide: TokenStore, useFactory: (db: DataSource, env: Env) => new TokenStore(db, env.TOKEN_LIFETIME_DAYS), inject: [DataSource, ENV] },
    // One per API process: tokens looked up are trusted for TOKEN_TRUST_MS (the revocation bound).
    { provide: ActorCache, useFactory: () => new ActorCache() },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenStore],
})
export class AuthModule {}
