import { compileErrors, validate } from '@readme/openapi-parser';
import express, { Router, type Express } from 'express';
import pino from 'pino';
import { createApp } from '../../server/app';
import { createWidgetAssets } from '../../server/http/widget-assets';
import { EVENT_CATALOGUE } from '../../server/delivery/event-catalogue';
import { createTestApp, request, type TestApp } from '../support/test-app';
import { mountedRoutes } from './mounted-routes';

// Pages a browser renders and their scripts: not an API, deliberately left out of the
// document (each is named, so a new API route can never hide among them).
const BROWSER_PAGES = new Set([
  'GET /',
  'GET /login',
  'GET /assets/login.js',
  'GET /inbox',
  'GET /inbox/tickets/{id}',
  'GET /assets/inbox.js',
  'GET /console',
  'GET /console/transcripts/{id}',
  'GET /assets/console.js',
  'GET /docs',
  'GET /docs/scalar.js',
  'GET /docs/init.js',
]);

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
  webhooks: Record<string, { post: { requestBody: unknown } }>;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDoc;
  /** As production wires it: with the widget route, which API-only tests leave out. */
  let full: Express;
  beforeAll(async () => {
    t = await createTestApp();
    full = createApp(t.services, { logger: pino({ level: 'silent' }), rateLimit: true, widget: createWidgetAssets(false) });
    const res = await request(t.app).get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    doc = res.body as OpenApiDoc;
  }, 90_000); // a test database and the whole document: slow on a loaded machine
  afterAll(() => t.close());

  it('is valid OpenAPI 3.1 for @readme/openapi-parser', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc) as never);
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.valid).toBe(true);
  });

  it('documents every route Express mounts (other than browser pages)', () => {
    const routes = mountedRoutes(full);
    expect(routes.length).toBeGreaterThan(30); // the walk itself works
    const missing = routes
      .map((r) => `${r.method} ${r.path}`)
      .filter((key) => !BROWSER_PAGES.has(key))
      .filter((key) => {
        const [method, path] = key.split(' ');
        return !doc.paths[path]?.[method.toLowerCase()];
      });
    expect(missing).toEqual([]);
  });

  it('finds routes of routers mounted under a prefix (the check can fail)', () => {
    const app = express();
    const router = Router();
    router.get('/things/:id', (_req, res) => res.end());
    router.put('/things/by-name/:name', (_req, res) => res.end());
    app.use('/api/v1', router);
    app.get('/top', (_req, res) => res.end());
    expect(mountedRoutes(app)).toEqual([
      { method: 'GET', path: '/api/v1/things/{id}' },
      { method: 'PUT', path: '/api/v1/things/by-name/{name}' },
      { method: 'GET', path: '/top' },
    ]);
  });

  it('documents no route that is not mounted', () => {
    const mounted = new Set(mountedRoutes(full).map((r) => `${r.method} ${r.path}`));
    const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    expect(documented.filter((key) => !mounted.has(key))).toEqual([]);
  });

  it('describes requests with the validating schemas, errors with the contract’s shape, and auth', () => {
    const createJob = doc.paths['/api/v1/jobs'].post as unknown as {
      requestBody: { content: { 'application/json': { schema: { $ref: string } } } };
      parameters: { name: string; in: string }[];
      security: unknown[];
    };
    expect(createJob.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/CreateJob');
    expect(createJob.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]));
    expect(createJob.security).toEqual([{ apiKey: [] }]);
    expect(doc.paths['/api/v1/diagnose'].post.security).toEqual([]);
    expect(doc.paths['/api/v1/jobs'].post.responses['400']).toEqual({
      description: expect.any(String),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
  });

  it('lists every catalogue event under webhooks, with its payload schema', () => {
    expect(Object.keys(doc.webhooks).sort()).toEqual(Object.keys(EVENT_CATALOGUE).sort());
    const opened = JSON.stringify(doc.webhooks['invitation.opened'].post.requestBody);
    expect(opened).toContain('invitationExternalId');
    expect(opened).toContain('jobExternalId');
  });

  it('is rendered at /docs by Scalar, served from node_modules', async () => {
    const page = await request(t.app).get('/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<script src="/docs/scalar.js"></script>');
    const bundle = await request(t.app).get('/docs/scalar.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-type']).toMatch(/javascript/);
    expect(bundle.text).toContain('createApiReference');
    const init = await request(t.app).get('/docs/init.js');
    expect(init.text).toContain("url: '/api/v1/openapi.json'");
  });
});
