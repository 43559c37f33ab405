import { Router, type Request, type Response } from 'express';
import { pickEncoding } from './content-encoding';
import type { EncodedAsset, WidgetAssets } from './widget-assets';

const SHORT_CACHE = 'public, max-age=300, no-transform';
const FOREVER = 'public, max-age=31536000, immutable, no-transform';
const FILE_NAME = /^[\w-]{1,80}\.js$/;

/**
 * Sends a precompressed file in the encoding the client prefers. `no-transform`
 * keeps the compression middleware (and proxies) off bytes compressed at build time.
 */
function sendAsset(req: Request, res: Response, asset: EncodedAsset, cacheControl: string): void {
  const encoding = pickEncoding(req);
  const body = asset.bodies[encoding];
  // Embeddable from any origin: a classic script for the loader, CORS-fetched modules behind it.
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', `"${asset.hash}-${encoding}"`);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** GET /widget.js (the loader) and GET /widget/<hashed name>.js (its modules). */
export function createWidgetRouter(assets: WidgetAssets): Router {
  const router = Router();
  router.get('/widget.js', async (req, res) => {
    sendAsset(req, res, await assets.loader(), SHORT_CACHE);
  });
  router.get('/widget/:file', async (req, res, next) => {
    const name = String(req.params.file);
    const asset = FILE_NAME.test(name) ? await assets.file(name) : undefined;
    if (!asset) {
      next();
      return;
    }
    sendAsset(req, res, asset, FOREVER);
  });
  return router;
}
