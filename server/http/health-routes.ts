import { Router } from 'express';
import type { Queryable } from '../db/database';

/** GET /healthz: 200 once migrations ran and the store answers, 503 otherwise. */
export function createHealthRouter(db: Queryable): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    // The widget's self-check times this from any site; it reveals nothing.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      // Balancers and monitors back off for as long as the API's own 503s say.
      res.setHeader('Retry-After', '5');
      res.status(503).json({ error: { code: 'store_unavailable', message: 'The data store does not answer' } });
    }
  });
  return router;
}
