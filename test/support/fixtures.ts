import request from 'supertest';
import type { TestApp } from './test-app';

type Auth = { Authorization: string };

/** Creates a job through the API and returns its body. */
export async function createJob(t: TestApp, auth: Auth, overrides: object = {}) {
  const res = await request(t.app)
    .post('/api/v1/jobs')
    .set(auth)
    .send({ title: 'Backend Engineer', recruiter: { name: 'Riley Morgan', email: 'riley@example.com' }, ...overrides });
  if (res.status !== 201) throw new Error(`job creation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; title: string };
}

/** Creates an invitation through the API and returns its body (with `token` and `url`). */
export async function createInvitation(t: TestApp, auth: Auth, jobId: string, overrides: object = {}) {
  const res = await request(t.app)
    .post('/api/v1/invitations')
    .set(auth)
    .send({
      jobId,
      candidate: { name: 'Jane Candidate', email: 'jane.candidate@example.com' },
      targetUrl: 'https://platform.example.com/assess/123',
      ...overrides,
    });
  if (res.status !== 201) throw new Error(`invitation creation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; token: string; url: string; status: string; expiresAt: string; accessLimit: number; accessCount: number };
}

export async function postEvent(t: TestApp, auth: Auth, id: string, event: object) {
  return request(t.app).post(`/api/v1/invitations/${id}/events`).set(auth).send(event);
}

/** An org with one open job, ready for invitations. */
export async function orgWithJob(t: TestApp, policy: 'strict' | 'flexible' = 'strict') {
  const org = await t.createOrg(policy);
  const job = await createJob(t, org.auth);
  return { ...org, job };
}
