import { Controller, Get, Header, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { dirname, join } from 'path';
import { Public } from '../auth/auth.decorators';
import { openApiDocument } from './openapi.document';

const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));
const assets = new Set(['swagger-ui.css', 'swagger-ui-bundle.js', 'swagger-ui-standalone-preset.js', 'favicon-32x32.png']);

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Intervention engine API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-init.js"></script>
</body></html>`;

// A file, not an inline script: the Content-Security-Policy (libs/http-hardening) runs scripts from this origin only.
const init = `window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#ui', persistAuthorization: true });\n`;

/** The OpenAPI document and an interactive page over it (swagger-ui-dist, served locally). */
@Public()
@Controller()
export class OpenApiController {
  private readonly document = openApiDocument();

  @Get('openapi.json')
  json() {
    return this.document;
  }

  @Get('docs')
  @Header('Content-Type', 'text/html; charset=utf-8')
  docs() {
    return page;
  }

  @Get('docs/assets/:file')
  asset(@Param('file') file: string, @Res() res: Response) {
    if (file === 'swagger-init.js') {
      res.type('application/javascript').send(init);
      return;
    }
    if (!assets.has(file)) throw new NotFoundException(`no asset ${file}`);
    res.sendFile(join(swaggerDir, file));
  }
}
