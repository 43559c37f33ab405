import type { Request, Response } from 'express';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Queryable } from '../db/database';

// Prometheus metrics of one node: request latency by route, open chat sockets, the
// outbox backlog, whether the store answers, and prom-client's process defaults
// (event-loop lag, heap, RSS, CPU). A registry per instance, so tests can build many.

export interface MetricsSources {
  /** Open sockets on this node's chat. */
  openSockets: () => number;
  /** Outbox rows not yet delivered, by status; may reject while the store is down. */
  outboxDepth: () => Promise<Record<string, number>>;
  storeDegraded: () => boolean;
  /** Chat nodes this one knows of, itself included (1 without the cluster adapter). */
  chatNodes?: () => Promise<number>;
}

export interface Metrics {
  registry: Registry;
  /**
   * Times this request; the route label is the matched pattern (or `res.locals.route`
   * for answers given before routing), never the raw path.
   */
  observe(req: Request, res: Response): void;
}

const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(sources: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const duration = new Histogram({
    name: 'linkdoctor_http_request_duration_seconds',
    help: 'HTTP request latency, from the first byte in to the last byte out',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  new Gauge({
    name: 'linkdoctor_chat_open_sockets',
    help: 'Chat (Socket.IO) connections open on this node',
    registers: [registry],
    collect() {
      this.set(sources.openSockets());
    },
  });
  new Gauge({
    name: 'linkdoctor_chat_nodes',
    help: 'Chat nodes this node exchanges room events with, itself included',
    registers: [registry],
    async collect() {
      this.set(sources.chatNodes ? await sources.chatNodes() : 1);
    },
  });
  new Gauge({
    name: 'linkdoctor_store_up',
    help: '1 while the store answers this node, 0 while it is unreachable',
    registers: [registry],
    collect() {
      this.set(sources.storeDegraded() ? 0 : 1);
    },
  });
  new Gauge({
    name: 'linkdoctor_outbox_depth',
    help: 'Notifications not yet delivered (pending, sending, failed awaiting retry)',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      // The store being down is already visible in linkdoctor_store_up; keep the last figures.
      const depth = await sources.outboxDepth().catch(() => undefined);
      if (depth) for (const [status, count] of Object.entries(depth)) this.set({ status }, count);
    },
  });
  const observe = (req: Request, res: Response) => {
    const end = duration.startTimer();
    // on, not once: a response finishes once, and once() wraps every listener in a bound copy.
    res.on('finish', () => {
      // Express types req.route and res.locals as any; a matched route has a string path.
      const matched = (req.route as { path?: string } | undefined)?.path;
      const route = matched ? `${req.baseUrl}${matched}` : ((res.locals.route as string | undefined) ?? 'unmatched');
      end({ method: req.method, route, status: String(res.statusCode) });
    });
  };
  return { registry, observe };
}

const UNDELIVERED = ['pending', 'sending', 'failed'];

/** The outbox backlog by status, for `MetricsSources.outboxDepth`. */
export async function outboxDepth(db: Queryable): Promise<Record<string, number>> {
  const rows = await db.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM outbox WHERE status = ANY($1) GROUP BY status`, [
    UNDELIVERED,
  ]);
  const depth = Object.fromEntries(UNDELIVERED.map((status) => [status, 0]));
  for (const row of rows) depth[row.status] = row.n;
  return depth;
}
