import { MAX_WEBHOOKS_PER_ORG } from '../../server/delivery/webhook-routes';
import { decryptSecret } from '../../server/security/secrets';
import { createTestApp, request, type TestApp } from '../support/test-app';
import { TEST_SECRET_KEY } from './delivery-fixtures';

describe('webhook registration API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('registers a webhook for every topic by default and shows its secret once', async () => {
    const { orgId, auth } = await t.createOrg();
    const res = await request(t.app).post('/api/v1/webhooks').set(auth).send({ url: 'https://hooks.example.com/linkdoctor' });

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ url: 'https://hooks.example.com/linkdoctor', topics: ['*'], active: true });
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/); // Standard Webhooks: base64 of 32 bytes

    // Kept encrypted, yet recoverable: every delivery is signed with it.
    const [row] = await t.db.query<{ org_id: string; secret_encrypted: string }>('SELECT * FROM webhooks WHERE id = $1', [res.body.id]);
    expect(row.org_id).toBe(orgId);
    expect(row.secret_encrypted).not.toContain(res.body.secret);
    expect(decryptSecret(row.secret_encrypted, TEST_SECRET_KEY)).toBe(res.body.secret);

    const list = await request(t.app).get('/api/v1/webhooks').set(auth);
    expect(list.status).toBe(200);
    expect(list.body.webhooks).toEqual([
      { id: res.body.id, url: res.body.url, topics: ['*'], active: true, secretFormat: 'standard', createdAt: res.body.createdAt },
    ]);
  });

  it('keeps the listed topics, once each', async () => {
    const { auth } = await t.createOrg();
    const res = await request(t.app)
      .post('/api/v1/webhooks')
      .set(auth)
      .send({ url: 'http://hooks.example.com:8080/in', topics: ['ticket.created', 'ticket.updated', 'ticket.created'] });
    expect(res.status).toBe(201);
    expect(res.body.topics).toEqual(['ticket.created', 'ticket.updated']);
  });

  it.each([
    ['a non-http scheme', { url: 'ftp://hooks.example.com/in' }, 'url'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['no URL', {}, 'url'],
    ['a malformed topic', { url: 'https://hooks.example.com/', topics: ['Ticket Created'] }, 'topics.0'],
    ['an empty topic list', { url: 'https://hooks.example.com/', topics: [] }, 'topics'],
  ])('refuses %s with 400 naming the field', async (_case, body, field) => {
    const { auth } = await t.createOrg();
    const res = await request(t.app).post('/api/v1/webhooks').set(auth).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('requires an API key', async () => {
    expect((await request(t.app).get('/api/v1/webhooks')).status).toBe(401);
    expect((await request(t.app).post('/api/v1/webhooks').send({ url: 'https://x.example/' })).status).toBe(401);
  });

  it('deletes only the org’s own webhooks: another org’s id is a 404', async () => {
    const owner = await t.createOrg();
    const stranger = await t.createOrg();
    const { body } = await request(t.app).post('/api/v1/webhooks').set(owner.auth).send({ url: 'https://hooks.example.com/a' });

    expect((await request(t.app).delete(`/api/v1/webhooks/${body.id}`).set(stranger.auth)).status).toBe(404);
    expect((await request(t.app).get('/api/v1/webhooks').set(stranger.auth)).body.webhooks).toEqual([]);
    expect((await request(t.app).delete(`/api/v1/webhooks/${body.id}`).set(owner.auth)).status).toBe(204);
    expect((await request(t.app).get('/api/v1/webhooks').set(owner.auth)).body.webhooks).toEqual([]);
    const again = await request(t.app).delete(`/api/v1/webhooks/${body.id}`).set(owner.auth);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('not_found');
  });

  it(`caps an org at ${MAX_WEBHOOKS_PER_ORG} webhooks`, async () => {
    const { auth } = await t.createOrg();
    for (let i = 0; i < MAX_WEBHOOKS_PER_ORG; i++) {
      expect(
        (
          await request(t.app)
            .post('/api/v1/webhooks')
            .set(auth)
            .send({ url: `https://hooks.example.com/${i}` })
        ).status,
      ).toBe(201);
    }
    const res = await request(t.app).post('/api/v1/webhooks').set(auth).send({ url: 'https://hooks.example.com/one-too-many' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('webhook_limit_reached');
  });
});

describe('webhook registration where private addresses are refused (the production default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ allowPrivateWebhooks: false });
  });
  afterAll(() => t.close());

  it.each([
    'http://127.0.0.1:5432/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]:3000/hook',
    'http://localhost:6379/',
    'http://db.internal/hook',
    'http://intranet/hook',
  ])('refuses %s naming the url field', async (url) => {
    const { auth } = await t.createOrg();
    const res = await request(t.app).post('/api/v1/webhooks').set(auth).send({ url });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ field: 'url', message: 'must be a public internet address' }]);
  });

  it('accepts a public host', async () => {
    const { auth } = await t.createOrg();
    const res = await request(t.app).post('/api/v1/webhooks').set(auth).send({ url: 'https://hooks.example.com/in' });
    expect(res.status).toBe(201);
  });
});
