import { createHash } from 'node:crypto';
import { Router } from 'express';

/**
 * GET /widget.js: embeddable from any origin, so it opts out of helmet's
 * same-origin resource policy and is cacheable for a short while.
 */
export function createWidgetRouter(widgetScript: () => Promise<string>): Router {
  const router = Router();
  let tagged: { script: string; etag: string } | undefined;
  const etagOf = (script: string) => {
    if (tagged?.script !== script) tagged = { script, etag: `"${createHash('sha1').update(script).digest('base64url')}"` };
    return tagged.etag;
  };
  router.get('/widget.js', async (_req, res) => {
    const script = await widgetScript();
    // Set before send(), so Express answers a matching If-None-Match with a 304.
    res.setHeader('ETag', etagOf(script));
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/javascript').send(script);
  });
  return router;
}
