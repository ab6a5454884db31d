import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

/** A TypeORM data source over one Postgres URL; never synchronize: migrations own the schema. */
export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  });
}

/** Connect and bring the schema up to date. Safe to call on every start. */
export async function openDatabase(url: string): Promise<DataSource> {
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}
