import type { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'path';
import nunjucks from 'nunjucks';
import { humanise, longDate, roleName } from './wording';

// Views and assets are not compiled: they are read from the source tree, from dist/ too.
const root = __filename.endsWith('.js') ? join(__dirname, '../../../../..') : join(__dirname, '../../../..');
const webSource = join(root, 'apps/web/src');

/** Nunjucks over the service's own views, GOV.UK Frontend's and MoJ Frontend's macros. */
export function configureViews(app: NestExpressApplication): void {
  const env = nunjucks.configure(
    [join(webSource, 'views'), join(root, 'node_modules/govuk-frontend/dist'), join(root, 'node_modules/@ministryofjustice/frontend')],
    { autoescape: true, express: app.getHttpAdapter().getInstance(), throwOnUndefined: false },
  );
  env.addFilter('humanise', humanise);
  env.addFilter('roleName', roleName);
  env.addFilter('longDate', longDate);
  env.addFilter('mojDate', (timestamp: string) => longDate(timestamp)); // MoJ's timeline formats its dates with it
  env.addFilter('json', (value: unknown) => JSON.stringify(value, null, 2));
  app.setViewEngine('njk');
}

/** The compiled CSS, JS, fonts and images of both design systems, served from node_modules. */
export function serveAssets(app: NestExpressApplication): void {
  const govuk = join(root, 'node_modules/govuk-frontend/dist/govuk');
  const moj = join(root, 'node_modules/@ministryofjustice/frontend/moj');
  const options = { maxAge: '1h', index: false, fallthrough: false } as const;
  app.useStaticAssets(join(govuk, 'assets'), { prefix: '/assets/', ...options, fallthrough: true });
  app.useStaticAssets(govuk, { prefix: '/assets/govuk/', ...options });
  app.useStaticAssets(moj, { prefix: '/assets/moj/', ...options });
  app.useStaticAssets(join(webSource, 'assets'), { prefix: '/assets/app/', ...options });
}
