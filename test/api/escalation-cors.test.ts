import { createTestApp, request, type TestApp } from '../support/test-app';

// The widget posts escalations from host pages on other origins, with an
// Idempotency-Key header, so the browser asks first and must be allowed to read the answer.
describe('CORS of POST /api/v1/escalations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers the preflight for any origin, with the Idempotency-Key header and no credentials', async () => {
    const res = await request(t.app)
      .options('/api/v1/escalations')
      .set('Origin', 'https://careers.acme.test')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'idempotency-key');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toBe('POST');
    expect(res.headers['access-control-allow-headers']).toMatch(/Idempotency-Key/);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('lets the host page read errors too', async () => {
    const res = await request(t.app).post('/api/v1/escalations').set('Origin', 'https://careers.acme.test').field('description', 'help');
    expect(res.status).toBe(400);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('leaves the other API routes without CORS', async () => {
    const res = await request(t.app).options('/api/v1/tickets').set('Origin', 'https://evil.test').set('Access-Control-Request-Method', 'POST');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});
