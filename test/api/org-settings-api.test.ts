import { createTestApp, request, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/org', () => {
  it("answers the key's own org with the self-service defaults (bot extensions off)", async () => {
    const { orgId, auth } = await t.createOrg('flexible', 'Brightside');
    const res = await request(t.app).get('/api/v1/org').set(auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: orgId, name: 'Brightside', policy: 'flexible', selfService: { extendHours: 24, maxExtensions: 0 } });
  });

  it('401s without a key, and /orgs is not mistaken for /org', async () => {
    expect((await request(t.app).get('/api/v1/org')).status).toBe(401);
    const { auth } = await t.createOrg('flexible');
    expect((await request(t.app).get('/api/v1/orgs').set(auth)).status).toBe(404);
  });
});

describe('PATCH /api/v1/org', () => {
  it('changes only the settings sent, keeps them, and leaves other orgs alone', async () => {
    const a = await t.createOrg('flexible');
    const b = await t.createOrg('flexible');
    const first = await request(t.app)
      .patch('/api/v1/org')
      .set(a.auth)
      .send({ selfService: { maxExtensions: 2 } });
    expect(first.status).toBe(200);
    expect(first.body.selfService).toEqual({ extendHours: 24, maxExtensions: 2 });
    const second = await request(t.app)
      .patch('/api/v1/org')
      .set(a.auth)
      .send({ selfService: { extendHours: 48 } });
    expect(second.body.selfService).toEqual({ extendHours: 48, maxExtensions: 2 });
    expect((await request(t.app).get('/api/v1/org').set(a.auth)).body.selfService).toEqual({ extendHours: 48, maxExtensions: 2 });
    expect((await request(t.app).get('/api/v1/org').set(b.auth)).body.selfService).toEqual({ extendHours: 24, maxExtensions: 0 });
    expect((await t.services.orgs.get(a.orgId))?.selfService).toEqual({ extendHours: 48, maxExtensions: 2 });
  });

  it('409s a strict org enabling extensions, and changes nothing', async () => {
    const { orgId, auth } = await t.createOrg('strict');
    const res = await request(t.app)
      .patch('/api/v1/org')
      .set(auth)
      .send({ selfService: { extendHours: 12, maxExtensions: 1 } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('policy_forbids');
    expect((await t.services.orgs.get(orgId))?.selfService).toEqual({ extendHours: 24, maxExtensions: 0 });
    const harmless = await request(t.app)
      .patch('/api/v1/org')
      .set(auth)
      .send({ selfService: { extendHours: 12, maxExtensions: 0 } });
    expect(harmless.status).toBe(200);
    expect(harmless.body.selfService).toEqual({ extendHours: 12, maxExtensions: 0 });
  });

  it.each([
    [{ selfService: { extendHours: 0 } }, 'selfService.extendHours'],
    [{ selfService: { extendHours: 169 } }, 'selfService.extendHours'],
    [{ selfService: { extendHours: 1.5 } }, 'selfService.extendHours'],
    [{ selfService: { extendHours: '24' } }, 'selfService.extendHours'],
    [{ selfService: { maxExtensions: 6 } }, 'selfService.maxExtensions'],
    [{ selfService: { maxExtensions: -1 } }, 'selfService.maxExtensions'],
    [{ selfService: { extendHour: 5 } }, 'selfService'],
    [{ selfService: 'on' }, 'selfService'],
    [{ policy: 'flexible' }, 'body'],
  ])('400s on %j naming %s', async (body, field) => {
    const { orgId, auth } = await t.createOrg('flexible');
    const res = await request(t.app).patch('/api/v1/org').set(auth).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await t.services.orgs.get(orgId))?.selfService).toEqual({ extendHours: 24, maxExtensions: 0 });
  });

  it('accepts the bounds and an empty body', async () => {
    const { auth } = await t.createOrg('flexible');
    const bounds = await request(t.app)
      .patch('/api/v1/org')
      .set(auth)
      .send({ selfService: { extendHours: 168, maxExtensions: 5 } });
    expect(bounds.body.selfService).toEqual({ extendHours: 168, maxExtensions: 5 });
    const low = await request(t.app)
      .patch('/api/v1/org')
      .set(auth)
      .send({ selfService: { extendHours: 1, maxExtensions: 0 } });
    expect(low.body.selfService).toEqual({ extendHours: 1, maxExtensions: 0 });
    const empty = await request(t.app).patch('/api/v1/org').set(auth).send({});
    expect(empty.status).toBe(200);
    expect(empty.body.selfService).toEqual({ extendHours: 1, maxExtensions: 0 });
  });

  it('the store refuses out-of-range values even without the API (CHECK constraints)', async () => {
    const { orgId } = await t.createOrg('flexible');
    await expect(t.services.orgs.updateSelfService(orgId, { extendHours: 500 })).rejects.toThrow();
    await expect(t.services.orgs.updateSelfService(orgId, { maxExtensions: 9 })).rejects.toThrow();
  });
});
