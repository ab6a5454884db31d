import { Module } from '@nestjs/common';
import { TokensController } from './tokens.controller';

/** The admin's view of API tokens (the store itself is AuthModule's). */
@Module({ controllers: [TokensController] })
export class TokensModule {}
