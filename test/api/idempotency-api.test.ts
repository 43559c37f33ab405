import { createTestApp, request, type TestApp } from '../support/test-app';
import { orgWithJob } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const jobBody = { title: 'Data Engineer', recruiter: { name: 'Riley Morgan', email: 'riley@example.com' } };
const invitationBody = (jobId: string) => ({
  jobId,
  candidate: { name: 'Jane Candidate', email: 'jane@example.com' },
  targetUrl: 'https://platform.example.com/assess/1',
});

describe('Idempotency-Key on POST /api/v1/jobs and /api/v1/invitations', () => {
  it('answers a retried job creation with the first answer, creating one job', async () => {
    const { auth, orgId } = await t.createOrg();
    const first = await request(t.app).post('/api/v1/jobs').set(auth).set('Idempotency-Key', 'job-1').send(jobBody);
    expect(first.status).toBe(201);
    // The same body with its keys in another order is the same request.
    const again = await request(t.app)
      .post('/api/v1/jobs')
      .set(auth)
      .set('Idempotency-Key', 'job-1')
      .send({ recruiter: { email: 'riley@example.com', name: 'Riley Morgan' }, title: 'Data Engineer' });
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const rows = await t.db.query('SELECT id FROM jobs WHERE org_id = $1', [orgId]);
    expect(rows).toHaveLength(1);
  });

  it('refuses the same key with another body: 409', async () => {
    const { auth } = await t.createOrg();
    await request(t.app).post('/api/v1/jobs').set(auth).set('Idempotency-Key', 'k').send(jobBody);
    const res = await request(t.app)
      .post('/api/v1/jobs')
      .set(auth)
      .set('Idempotency-Key', 'k')
      .send({ ...jobBody, title: 'Other' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('idempotency_key_reused');
  });

  it('scopes keys to the org and the route', async () => {
    const a = await t.createOrg();
    const b = await t.createOrg();
    const ja = await request(t.app).post('/api/v1/jobs').set(a.auth).set('Idempotency-Key', 'shared').send(jobBody);
    const jb = await request(t.app).post('/api/v1/jobs').set(b.auth).set('Idempotency-Key', 'shared').send(jobBody);
    expect(jb.status).toBe(201);
    expect(jb.body.id).not.toBe(ja.body.id);
    const inv = await request(t.app).post('/api/v1/invitations').set(a.auth).set('Idempotency-Key', 'shared').send(invitationBody(ja.body.id));
    expect(inv.status).toBe(201);
  });

  it('replays an invitation with its token, storing the answer encrypted', async () => {
    const { auth, job, orgId } = await orgWithJob(t);
    const send = () => request(t.app).post('/api/v1/invitations').set(auth).set('Idempotency-Key', 'inv-1').send(invitationBody(job.id));
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.token).toBe(first.body.token);
    expect(again.body.id).toBe(first.body.id);
    expect(await t.db.query('SELECT id FROM invitations WHERE org_id = $1', [orgId])).toHaveLength(1);
    const stored = await t.db.query('SELECT * FROM idempotency_keys WHERE org_id = $1', [orgId]);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(first.body.token);
  });

  it('keeps no refused answer: the same key and body run again once they can succeed', async () => {
    const { auth } = await t.createOrg();
    const missing = await request(t.app).post('/api/v1/invitations').set(auth).set('Idempotency-Key', 'later').send(invitationBody('no-such-job'));
    expect(missing.status).toBe(404);
    const again = await request(t.app).post('/api/v1/invitations').set(auth).set('Idempotency-Key', 'later').send(invitationBody('no-such-job'));
    expect(again.status).toBe(404);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });

  it('gives concurrent retries one job', async () => {
    const { auth, orgId } = await t.createOrg();
    const answers = await Promise.all([1, 2, 3, 4].map(() => request(t.app).post('/api/v1/jobs').set(auth).set('Idempotency-Key', 'burst').send(jobBody)));
    // Each is either the answer or "still running, retry"; never a second job.
    for (const res of answers) expect([201, 409]).toContain(res.status);
    expect(await t.db.query('SELECT id FROM jobs WHERE org_id = $1', [orgId])).toHaveLength(1);
  });

  it('400s a malformed key naming the header', async () => {
    const { auth } = await t.createOrg();
    const res = await request(t.app).post('/api/v1/jobs').set(auth).set('Idempotency-Key', 'x'.repeat(300)).send(jobBody);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('Idempotency-Key');
  });
});
