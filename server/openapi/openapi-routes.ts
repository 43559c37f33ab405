import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import { renderDocument } from '../http/html-document';
import { openApiDocument } from './openapi-document';

// Scalar's standalone bundle, served from node_modules: /docs works offline and on
// networks that block CDNs. Its default fonts and hosted extras need Scalar's servers,
// so they are turned off. Chosen over Redoc: it renders OpenAPI 3.1 and `webhooks`
// fully and ships one self-contained browser bundle.
const SCALAR_BUNDLE = path.join(path.dirname(require.resolve('@scalar/api-reference')), 'browser', 'standalone.js');

const INIT_SCRIPT = `Scalar.createApiReference('#reference', {
  url: '/api/v1/openapi.json',
  withDefaultFonts: false,
  hideClientButton: true,
  telemetry: false,
  // Hosted services (AI agent, SDK generation, developer toolbar) need Scalar's cloud.
  agent: { disabled: true },
  showDeveloperTools: 'never',
  mcp: { disabled: true },
});
`;

/** GET /api/v1/openapi.json, and /docs rendering it (Scalar API Reference). */
export function createOpenApiRouter(): Router {
  const router = Router();
  let json: string | undefined;

  router.get('/api/v1/openapi.json', (_req, res) => {
    json ??= JSON.stringify(openApiDocument());
    res.type('application/json').send(json);
  });

  router.get('/docs', (_req, res) => {
    res.type('html').send(
      renderDocument({
        title: 'linkdoctor API reference',
        css: 'body { margin: 0 }',
        nonce: res.locals.cspNonce as string | undefined,
        body:
          '<div id="reference"></div><script src="/docs/scalar.js"></script><script src="/docs/init.js"></script>' +
          '<noscript>The reference needs JavaScript; the document itself is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</noscript>',
      }),
    );
  });

  router.get('/docs/scalar.js', (_req, res) => {
    res.type('text/javascript').setHeader('Cache-Control', 'public, max-age=86400');
    createReadStream(SCALAR_BUNDLE).pipe(res);
  });

  router.get('/docs/init.js', (_req, res) => {
    res.type('text/javascript').send(INIT_SCRIPT);
  });

  return router;
}
