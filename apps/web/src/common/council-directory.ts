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
  constructor(private readonly db: DataSource) {}

  async all(): Promise<CouncilOption[]> {
    const rows: { slug: string; name: string }[] = await this.db.query(
      'SELECT DISTINCT ON (council_slug) council_slug AS slug, council_name AS name FROM instrument_register ORDER BY council_slug, updated_at DESC',
    );
    return rows;
  }
}
