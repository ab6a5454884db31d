import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { randomBytes } from 'crypto';
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Role } from '@cs/domain';
import { createWebApp, type WebApp } from '../../../apps/web/src/app';
import { freePort, provision } from '../../../tools/servers/processes';
import { testEnv } from '../../support/env';
import { startApi, type ApiHarness } from '../../api/support/api-harness';

/**
 * The whole product for browser tests: the API and a real worker (startApi: real Temporal and
 * PostgreSQL), the web service in-process on a free port calling that API over HTTP, and Debian's
 * Chromium driven by Playwright (provisioned by tools/provision/chromium.sh).
 */
export interface WebHarness {
  api: ApiHarness;
  web: WebApp;
  /** The environment the web service was started with (to start it again). */
  env: Record<string, string>;
  base: string;
  browser: Browser;
  /** A unique council slug per run, so runs never share an instrument. */
  slug: string;
  /** A user with this role (and council) and the access key they sign in with. */
  userWith(role: Role, council?: string): Promise<{ userId: string; key: string }>;
  /** A fresh browser (own cookies) signed in with this key. */
  signedIn(key: string): Promise<{ context: BrowserContext; page: Page }>;
  stop(): Promise<void>;
}

export async function startWeb(name: string, overrides: Record<string, string> = {}): Promise<WebHarness> {
  const api = await startApi(`web-${name}`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const settings: Record<string, string> = {
    TEMPORAL_TASK_QUEUE: api.env.TEMPORAL_TASK_QUEUE,
    WEB_API_URL: api.base,
    WEB_BASE_URL: base,
    WEB_PORT: String(port),
    SESSION_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
    ...overrides,
  };
  const env = testEnv(settings);
  const web = await createWebApp(env, api.db);
  await web.app.listen(port, '127.0.0.1');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_BIN ?? provision('chromium.sh'), args: ['--no-sandbox'] });
  const slug = `trafford-${api.run}`;
  return {
    api,
    web,
    env: settings,
    base,
    browser,
    slug,
    async userWith(role, council) {
      const issued = await api.tokens.issue({ name: `${role} ${council ?? 'national'} ${randomBytes(2).toString('hex')}`, role, council });
      return { userId: issued.userId, key: issued.token };
    },
    async signedIn(key) {
      const context = await browser.newContext({ baseURL: base });
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page.getByLabel('Access key').fill(key);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${base}/`);
      return { context, page };
    },
    async stop() {
      await browser.close();
      await web.app.close();
      await api.stop();
    },
  };
}

/** axe-core on the page as it is now: no serious or critical violation of WCAG 2.2 A/AA. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  if (result.passes.length === 0) return [`${page.url()}: axe checked nothing (is the page empty?)`];
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${page.url()}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

/** With WEB_SCREENSHOTS=<dir> (e.g. docs/screenshots), saves the page as <dir>/<name>.png: how the README's pictures are made. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.WEB_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: 1200, height: 1000 });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
