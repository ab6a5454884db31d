import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AllowRoles, AuthenticatedRequest, Public } from '../auth/auth.decorators';
import { DependencyStatus, HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process is up. */
  @Public()
  @Get('live')
  live() {
    return { ok: true };
  }

  /**
   * Temporal and Postgres both answer; otherwise 503 with Retry-After, naming what is down. Why it
   * is down (the driver's error text, which names hosts and ports) is for admins only.
   */
  @Public()
  @Get('ready')
  async ready(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response) {
    const [temporal, postgres] = await Promise.all([this.health.temporalServer(), this.health.postgres()]);
    const ok = temporal.ok && postgres.ok;
    if (!ok) res.status(503).setHeader('Retry-After', '5');
    const shown = (status: DependencyStatus) => (req.actor?.role === 'admin' ? status : { ok: status.ok });
    return { ok, temporal: shown(temporal), postgres: shown(postgres) };
  }

  /**
   * The whole chain: API → Temporal → worker activity → Postgres → API. Admins only: each call
   * starts a workflow and writes a row.
   */
  @AllowRoles('admin')
  @Post('chain')
  @HttpCode(200)
  chain() {
    return this.health.chain();
  }
}
