import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Metrics } from './metrics';

export interface OperationsOptions {
  metrics?: Metrics;
  /** /metrics answers only with `Authorization: Bearer <token>`; without a token it is not served. */
  metricsToken?: string;
  /** True once SIGTERM arrived: the balancer must stop sending work here. */
  draining: () => boolean;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Mounted first: times every request, and while the node drains answers /healthz
 * 503 and closes each connection after its response, so keep-alive clients move to
 * another node.
 */
export function createOperationsRouter(options: OperationsOptions): Router {
  const router = Router();
  if (options.metrics) router.use(options.metrics.observeRequests);
  router.use((_req, res, next) => {
    if (options.draining()) res.setHeader('Connection', 'close');
    next();
  });
  router.get('/healthz', (_req, res, next) => {
    if (!options.draining()) return next();
    res.status(503).json({ error: { code: 'shutting_down', message: 'This node is shutting down' } });
  });
  const { metrics, metricsToken } = options;
  if (metrics && metricsToken) {
    router.get('/metrics', async (req, res) => {
      if (!bearerMatches(req.get('authorization'), metricsToken)) {
        res.status(401).json({ error: { code: 'unauthorized', message: 'Authentication required' } });
        return;
      }
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }
  return router;
}
