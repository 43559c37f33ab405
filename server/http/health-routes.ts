import { Router } from 'express';
import type { Queryable } from '../db/database';
import { withDeadline } from '../db/store-health';

// A balancer must see a silent network partition within seconds, not when TCP gives up.
const HEALTH_DEADLINE_MS = 2000;

/** GET /healthz: 200 once migrations ran and the store answers, 503 otherwise. */
export function createHealthRouter(db: Queryable): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    // The widget's self-check times this from any site; it reveals nothing.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    try {
      await withDeadline(db.query('SELECT 1'), HEALTH_DEADLINE_MS);
      res.json({ status: 'ok' });
    } catch {
      // Balancers and monitors back off for as long as the API's own 503s say.
      res.setHeader('Retry-After', '5');
      res.status(503).json({ error: { code: 'store_unavailable', message: 'The data store does not answer' } });
    }
  });
  return router;
}
