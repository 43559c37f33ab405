import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
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

async function serveMetrics(req: Request, res: Response, metrics: Metrics, token: string): Promise<void> {
  if (!bearerMatches(req.get('authorization'), token)) {
    res.status(401).json({ error: { code: 'unauthorized', message: 'Authentication required' } });
    return;
  }
  res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
}

/**
 * Mounted first: times every request, and while the node drains answers /healthz
 * 503 and closes each connection after its response, so keep-alive clients move to
 * another node. One plain middleware, not a router: every request passes through
 * it, and a router's layers cost each of them more than the two path checks.
 */
export function createOperations(options: OperationsOptions): RequestHandler {
  const { metrics, metricsToken } = options;
  return (req, res, next) => {
    metrics?.observe(req, res);
    const draining = options.draining();
    if (draining) res.setHeader('Connection', 'close');
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (draining && req.path === '/healthz') {
        res.locals.route = '/healthz';
        res.setHeader('Retry-After', '5');
        res.status(503).json({ error: { code: 'shutting_down', message: 'This node is shutting down' } });
        return;
      }
      if (metrics && metricsToken && req.path === '/metrics') {
        res.locals.route = '/metrics';
        serveMetrics(req, res, metrics, metricsToken).catch(next);
        return;
      }
    }
    next();
  };
}
