import { Router } from 'express';

/**
 * GET /widget.js: embeddable from any origin, so it opts out of helmet's
 * same-origin resource policy and is cacheable for a short while.
 */
export function createWidgetRouter(widgetScript: () => Promise<string>): Router {
  const router = Router();
  router.get('/widget.js', async (_req, res) => {
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/javascript').send(await widgetScript());
  });
  return router;
}
