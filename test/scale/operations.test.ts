import { once } from 'node:events';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../server/app';
import { createMetrics, outboxDepth } from '../../server/ops/metrics';
import { createOperations } from '../../server/ops/operations';
import { createTestApp, type TestApp } from '../support/test-app';

// /metrics (Prometheus text, behind a bearer token) and the draining switch, on the
// real app over a real store.

const TOKEN = 'metrics-token-0123456789';
let t: TestApp;
let draining = false;
let sockets = 3;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function app(metricsToken?: string) {
  const metrics = createMetrics({ openSockets: () => sockets, outboxDepth: () => outboxDepth(t.db), storeDegraded: () => false });
  return createApp(t.services, {
    logger: pino({ level: 'silent' }),
    rateLimit: false,
    operations: createOperations({ metrics, metricsToken, draining: () => draining }),
  });
}

describe('GET /metrics', () => {
  it('is not served without METRICS_TOKEN', async () => {
    expect((await request(app()).get('/metrics')).status).toBe(404);
  });

  it('wants the bearer token', async () => {
    const server = app(TOKEN);
    expect((await request(server).get('/metrics')).status).toBe(401);
    const wrong = await request(server)
      .get('/metrics')
      .set('Authorization', `Bearer ${TOKEN.replace('0', '1')}`);
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('unauthorized');
  });

  it('reports request latency by route pattern, open sockets, outbox depth and event-loop lag', async () => {
    const server = app(TOKEN);
    await request(server).post('/api/v1/diagnose').send({ token: 'no-such-token' }).expect(200);
    await request(server).get('/api/v1/kb/articles/link-expired').expect(200);
    sockets = 7;
    const res = await request(server).get('/metrics').set('Authorization', `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(/linkdoctor_http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/diagnose",status="200"\} 1/);
    // The pattern, never the raw path: one series per route, whatever the ids.
    expect(res.text).toContain('route="/api/v1/kb/articles/:id"');
    expect(res.text).toContain('linkdoctor_chat_open_sockets 7');
    expect(res.text).toContain('linkdoctor_outbox_depth{status="pending"} 0');
    expect(res.text).toContain('linkdoctor_store_up 1');
    expect(res.text).toMatch(/nodejs_eventloop_lag_p99_seconds \d/);
  });
});

describe('draining', () => {
  it('answers /healthz 503 and closes keep-alive connections after each response', async () => {
    const server = createServer(app()).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const agent = new Agent({ keepAlive: true });
    const get = (path: string) =>
      new Promise<{ status: number; connection?: string; retryAfter?: string; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path, agent }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, retryAfter: res.headers['retry-after'], body }));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      draining = false;
      const before = await get('/healthz');
      expect(before).toMatchObject({ status: 200, connection: 'keep-alive' });
      draining = true;
      const health = await get('/healthz');
      expect(health.status).toBe(503);
      expect(JSON.parse(health.body).error.code).toBe('shutting_down');
      // A balancer backs off as long as it says, like every other 503 of the service.
      expect(Number(health.retryAfter)).toBeGreaterThan(0);
      expect(health.connection).toBe('close');
      const api = await get('/api/v1/kb/articles/link-expired');
      expect(api).toMatchObject({ status: 200, connection: 'close' });
    } finally {
      draining = false;
      agent.destroy();
      server.close();
    }
  });
});
