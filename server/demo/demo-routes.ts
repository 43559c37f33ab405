import { Router } from 'express';
import type { Services } from '../services';
import { renderDemoPage } from './demo-page';
import { listDemoLinks } from './seed-demo';

const MAX_LINK_PARAM = 2000;

/** GET /: the demo page. */
export function createDemoRouter(services: Services): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const link = typeof req.query.link === 'string' ? req.query.link.slice(0, MAX_LINK_PARAM) : undefined;
    const html = renderDemoPage({
      links: await listDemoLinks(services),
      chatLink: link,
      nonce: res.locals.cspNonce as string | undefined,
    });
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(html);
  });
  return router;
}
