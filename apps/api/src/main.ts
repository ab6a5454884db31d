import { loadEnv } from '@cs/config';
import { createApp } from './app';

async function main() {
  const env = loadEnv();
  const app = await createApp(env);
  await app.listen(env.API_PORT, '127.0.0.1');
  console.log(JSON.stringify({ level: 'info', msg: 'api listening', url: `http://127.0.0.1:${env.API_PORT}` }));
}

main().catch((err) => {
  console.error(JSON.stringify({ level: 'error', msg: 'api failed to start', error: String(err?.message || err?.code || err) }));
  process.exit(1);
});
