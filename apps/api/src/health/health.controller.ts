import { Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { HealthService } from './health.service';

@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process is up. */
  @Get('live')
  live() {
    return { ok: true };
  }

  /** Temporal and Postgres both answer; otherwise 503 with Retry-After, naming what is down. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const [temporal, postgres] = await Promise.all([this.health.temporalServer(), this.health.postgres()]);
    const ok = temporal.ok && postgres.ok;
    if (!ok) res.status(503).setHeader('Retry-After', '5');
    return { ok, temporal, postgres };
  }

  /** The whole chain: API → Temporal → worker activity → Postgres → API. */
  @Post('chain')
  @HttpCode(200)
  chain() {
    return this.health.chain();
  }
}
