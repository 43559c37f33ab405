import { createTestApp, request, type TestApp } from '../support/test-app';
import { createInvitation, createJob, orgWithJob, postEvent } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const recruiter = { name: 'Riley Morgan', email: 'riley@example.com' };
const candidate = { name: 'Jane Candidate', email: 'jane@example.com' };
const target = 'https://platform.example.com/assess/1';

describe('PUT /api/v1/jobs/by-external-id/:externalId', () => {
  it('creates, then updates the same job; an omitted status keeps the job’s', async () => {
    const { auth } = await t.createOrg();
    const created = await request(t.app).put('/api/v1/jobs/by-external-id/ats-42').set(auth).send({ title: 'SRE', status: 'paused', recruiter });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'SRE', status: 'paused', externalId: 'ats-42' });
    const updated = await request(t.app).put('/api/v1/jobs/by-external-id/ats-42').set(auth).send({ title: 'Senior SRE', recruiter });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: created.body.id, title: 'Senior SRE', status: 'paused' });
  });

  it('keeps external ids per org, and POST refuses one already used', async () => {
    const a = await t.createOrg();
    const b = await t.createOrg();
    await createJob(t, a.auth, { externalId: 'same' });
    await createJob(t, b.auth, { externalId: 'same' });
    const dup = await request(t.app).post('/api/v1/jobs').set(a.auth).send({ title: 'X', recruiter, externalId: 'same' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('external_id_taken');
  });

  it('400s a bad body naming the field', async () => {
    const { auth } = await t.createOrg();
    const res = await request(t.app)
      .put('/api/v1/jobs/by-external-id/x')
      .set(auth)
      .send({ title: 'X', recruiter: { name: 'R' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain('recruiter.email');
  });
});

describe('PUT /api/v1/invitations/by-external-id/:externalId', () => {
  it('creates with a token, then updates the candidate and target of the same invitation', async () => {
    const { auth, job } = await orgWithJob(t);
    const body = { jobId: job.id, candidate, targetUrl: target };
    const created = await request(t.app).put('/api/v1/invitations/by-external-id/cand-7').set(auth).send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ externalId: 'cand-7', status: 'active', token: expect.any(String) });
    const updated = await request(t.app)
      .put('/api/v1/invitations/by-external-id/cand-7')
      .set(auth)
      .send({ ...body, candidate: { ...candidate, name: 'Jane Q. Candidate' }, targetUrl: `${target}?v=2`, accessLimit: 5 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: created.body.id, candidate: { name: 'Jane Q. Candidate' }, targetUrl: `${target}?v=2`, accessLimit: 5 });
    expect(updated.body.url).toBe(created.body.url);
    const get = await request(t.app).get(`/api/v1/invitations/${created.body.id}`).set(auth);
    expect(get.body.externalId).toBe('cand-7');
  });

  it('makes one invitation of concurrent retries', async () => {
    const { auth, job, orgId } = await orgWithJob(t);
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => request(t.app).put('/api/v1/invitations/by-external-id/race').set(auth).send({ jobId: job.id, candidate, targetUrl: target })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(await t.db.query('SELECT id FROM invitations WHERE org_id = $1', [orgId])).toHaveLength(1);
  });

  it('refuses another job (409) and a duplicate externalId on POST (409)', async () => {
    const { auth, job } = await orgWithJob(t);
    const other = await createJob(t, auth);
    await request(t.app).put('/api/v1/invitations/by-external-id/c1').set(auth).send({ jobId: job.id, candidate, targetUrl: target });
    const moved = await request(t.app).put('/api/v1/invitations/by-external-id/c1').set(auth).send({ jobId: other.id, candidate, targetUrl: target });
    expect(moved.status).toBe(409);
    expect(moved.body.error.code).toBe('job_mismatch');
    const dup = await request(t.app).post('/api/v1/invitations').set(auth).send({ jobId: job.id, candidate, targetUrl: target, externalId: 'c1' });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('external_id_taken');
  });

  it('moves the external id to the new link on reissue', async () => {
    const { auth, job } = await orgWithJob(t);
    const first = await createInvitation(t, auth, job.id, { externalId: 'moving' });
    const reissued = await request(t.app).post(`/api/v1/invitations/${first.id}/reissue`).set(auth);
    expect(reissued.status).toBe(201);
    expect(reissued.body.externalId).toBe('moving');
    const again = await request(t.app).put('/api/v1/invitations/by-external-id/moving').set(auth).send({ jobId: job.id, candidate, targetUrl: target });
    expect(again.body.id).toBe(reissued.body.id);
  });
});

describe('list endpoints with cursor pagination', () => {
  it('pages through GET /api/v1/jobs, newest first, each job once', async () => {
    const { auth } = await t.createOrg();
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await createJob(t, auth, { title: `Job ${i}` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await request(t.app)
        .get('/api/v1/jobs')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(auth);
      expect(res.status).toBe(200);
      expect(res.body.jobs.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.jobs.map((j: { id: string }) => j.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(made.map((j) => j.id).reverse());
  });

  it('filters GET /api/v1/invitations by job, status and updatedSince, in pages', async () => {
    const { auth, job } = await orgWithJob(t);
    const other = await createJob(t, auth);
    const invs = [];
    for (let i = 0; i < 5; i++) invs.push(await createInvitation(t, auth, job.id));
    await createInvitation(t, auth, other.id);
    await postEvent(t, auth, invs[1].id, { type: 'revoked', reason: 'duplicate' });
    await postEvent(t, auth, invs[3].id, { type: 'revoked', reason: 'duplicate' });

    const all = await collect(auth, { jobId: job.id, limit: 2 });
    expect(all.sort()).toEqual(invs.map((i) => i.id).sort());
    const revoked = await collect(auth, { jobId: job.id, status: 'revoked', limit: 1 });
    expect(revoked.sort()).toEqual([invs[1].id, invs[3].id].sort());
    const active = await collect(auth, { status: 'active', limit: 10 });
    expect(active).toHaveLength(4); // three on the job, one on the other

    const [row] = await t.db.query<{ updated_at: Date }>('SELECT updated_at FROM invitations WHERE id = $1', [invs[3].id]);
    const since = await collect(auth, { updatedSince: row.updated_at.toISOString() });
    expect(since).toEqual([invs[3].id]);
  });

  it('400s an unknown status and a bad cursor, naming them', async () => {
    const { auth } = await t.createOrg();
    const res = await request(t.app).get('/api/v1/invitations?status=gone&cursor=%%').set(auth);
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['cursor', 'status']);
  });
});

async function collect(auth: { Authorization: string }, query: Record<string, string | number>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res: request.Response = await request(t.app)
      .get('/api/v1/invitations')
      .query({ ...query, ...(cursor ? { cursor } : {}) })
      .set(auth);
    expect(res.status).toBe(200);
    ids.push(...res.body.invitations.map((i: { id: string }) => i.id));
    cursor = res.body.nextCursor;
  } while (cursor);
  return ids;
}
