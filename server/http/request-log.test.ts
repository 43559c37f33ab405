import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { useRequestLog } from './request-log';

function appLoggingTo(lines: Record<string, unknown>[], level = 'info') {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const app = express();
  useRequestLog(app, pino({ level }, sink));
  app.get('/ok', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/noted', (req, res) => {
    req.log.warn({ detail: 'x' }, 'handler note');
    res.status(404).json({ error: 'nope' });
  });
  app.get('/boom', () => {
    throw new Error('boom');
  });
  return app;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('request log', () => {
  it('gives each request an id, honouring a sane X-Request-Id and replacing anything else', async () => {
    const app = appLoggingTo([]);
    const given = await request(app).get('/ok').set('X-Request-Id', 'trace-123.abc');
    expect(given.headers['x-request-id']).toBe('trace-123.abc');
    const hostile = await request(app).get('/ok').set('X-Request-Id', 'a b\u00e9<script>');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs refusals at info and failures at error with the id, successes only at debug', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = appLoggingTo(lines);
    await request(app).get('/ok');
    const noted = await request(app).get('/noted').set('X-Request-Id', 'req-404');
    await request(app).get('/boom');
    await settle();
    expect(lines.find((l) => l.msg === 'handler note')).toMatchObject({ reqId: 'req-404', level: 40 });
    expect(lines.find((l) => l.msg === 'request completed' && (l.res as { statusCode: number }).statusCode === 404)).toMatchObject({
      reqId: noted.headers['x-request-id'],
      level: 30,
      req: { method: 'GET', url: '/noted' },
    });
    expect(lines.find((l) => (l.res as { statusCode: number } | undefined)?.statusCode === 500)).toMatchObject({ level: 50 });
    expect(lines.some((l) => (l.req as { url: string } | undefined)?.url === '/ok')).toBe(false);

    const verbose: Record<string, unknown>[] = [];
    await request(appLoggingTo(verbose, 'debug')).get('/ok');
    await settle();
    expect(verbose.find((l) => (l.req as { url: string } | undefined)?.url === '/ok')).toMatchObject({ level: 20, msg: 'request completed' });
  });
});
