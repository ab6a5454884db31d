import type { DataSource } from 'typeorm';

export interface CouncilOption {
  slug: string;
  name: string;
}

/**
 * The councils the register knows, for choosing in filters and when granting a council role. Only
 * names: what anyone may see of an instrument still comes from the API.
 */
export class CouncilDirectory {
  private cached?: { until: number; councils: Promise<CouncilOption[]> };

  /** Councils come and go rarely: a list up to `maxAgeMs` old spares the caseload a scan of the register per page. */
  constructor(
    private readonly db: DataSource,
    private readonly maxAgeMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  all(): Promise<CouncilOption[]> {
    if (this.cached && this.cached.until > this.now()) return this.cached.councils;
    const councils: Promise<CouncilOption[]> = this.db.query(
      'SELECT DISTINCT ON (council_slug) council_slug AS slug, council_name AS name FROM instrument_register ORDER BY council_slug, updated_at DESC',
    );
    this.cached = { until: this.now() + this.maxAgeMs, councils };
    councils.catch(() => (this.cached = undefined)); // a failed read is not kept
    return councils;
  }
}
