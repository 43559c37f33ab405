import { createTestApp, PUBLIC_URL, request, type TestApp } from '../support/test-app';
import { createInvitation, orgWithJob, postEvent } from '../support/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const diagnose = (body: object) => request(t.app).post('/api/v1/diagnose').send(body);

describe('POST /api/v1/diagnose', () => {
  it('diagnoses a valid link by token with facts, the article and a trace', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id, { kind: 'video_interview' });
    const res = await diagnose({ token: inv.token, timeZone: 'America/New_York' });
    expect(res.status).toBe(200);
    expect(res.body.scenario).toBe('link-valid');
    expect(res.body.article.id).toBe('link-valid');
    expect(res.body.link).toMatchObject({
      status: 'active',
      kind: 'video_interview',
      jobTitle: 'Backend Engineer',
      jobStatus: 'open',
      accessCount: 0,
      accessLimit: 100,
    });
    expect(res.body.link.candidateEmail).not.toContain('jane.candidate');
    expect(JSON.stringify(res.body)).not.toContain('jane.candidate@example.com');
    expect(JSON.stringify(res.body)).not.toContain('platform.example.com');
    expect(res.body.trace.length).toBeGreaterThan(5);
    expect(res.body.article.body).not.toContain('{{');
  });

  it('repairs a pasted link: quotes, angle brackets, punctuation, query string, line break inside', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id, { expiresAt: '2026-11-19T12:00:00Z' });
    const mid = Math.floor(inv.url.length / 2);
    const pastes = [
      `  "${inv.url}"  `,
      `<${inv.url}>.`,
      `${inv.url}?utm_source=email#top`,
      `${inv.url.slice(0, mid)}\n${inv.url.slice(mid)}`,
      `Here is my link: ${inv.url}!`,
    ];
    for (const link of pastes) {
      const res = await diagnose({ link });
      expect(res.body.scenario).toBe('link-expired');
    }
  });

  it('answers link-not-found for an unknown token, not an error', async () => {
    const res = await diagnose({ link: `${PUBLIC_URL}/i/thisTokenDoesNotExist123` });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scenario: 'link-not-found', link: null, article: { id: 'link-not-found' } });
  });

  it('reports the newest link of a supersede chain with its own state', async () => {
    const { auth, job } = await orgWithJob(t);
    const first = await createInvitation(t, auth, job.id);
    const second = await request(t.app).post(`/api/v1/invitations/${first.id}/reissue`).set(auth);
    const third = await request(t.app).post(`/api/v1/invitations/${second.body.id}/reissue`).set(auth);
    await postEvent(t, auth, third.body.id, { type: 'completed', reason: 'submitted' });
    const res = await diagnose({ token: first.token });
    expect(res.body.scenario).toBe('link-superseded');
    expect(res.body.link.newestLink).toMatchObject({ state: 'already-completed' });
  });

  it('narrows a usable link by the question, but never a blocked one', async () => {
    const { auth, job } = await orgWithJob(t);
    const valid = await createInvitation(t, auth, job.id);
    const question = 'my camera is not working, the browser blocked it';
    const narrowed = await diagnose({ token: valid.token, message: question });
    expect(narrowed.body.scenario).toBe('camera-mic-permission');
    const expired = await createInvitation(t, auth, job.id, { expiresAt: '2026-11-19T12:00:00Z' });
    const blocked = await diagnose({ token: expired.token, message: question });
    expect(blocked.body.scenario).toBe('link-expired');
  });

  it('decides from the question alone without a link', async () => {
    const res = await diagnose({ message: 'can I get more time to finish? I need an extension' });
    expect(res.body.scenario).toBe('extension-request');
    expect(res.body.link).toBeNull();
  });

  it('400s when nothing is given, and names wrong types', async () => {
    const empty = await diagnose({});
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].field).toBe('token');
    const wrong = await diagnose({ token: 12, timeZone: 'Mars/Olympus' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['token', 'timeZone']));
  });

  it('does not count a diagnosis as an open', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id, { accessLimit: 1 });
    await diagnose({ token: inv.token });
    await diagnose({ token: inv.token });
    expect((await request(t.app).get(`/i/${inv.token}`)).status).toBe(302);
  });
});

describe('knowledge base API', () => {
  it('searches with the audience filter, best first', async () => {
    const res = await request(t.app).get('/api/v1/kb/search').query({ q: 'link expired', audience: 'candidate' });
    expect(res.status).toBe(200);
    expect(res.body.results[0].id).toBe('link-expired');
    const scores = res.body.results.map((r: { score: number }) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const recruiter = await request(t.app).get('/api/v1/kb/search').query({ q: 'extend the deadline', audience: 'recruiter' });
    expect(recruiter.body.results.every((r: { id: string }) => r.id.startsWith('recruiter-'))).toBe(true);
  });

  it('400s without q and on a bad audience; 404s on an unknown article', async () => {
    const res = await request(t.app).get('/api/v1/kb/search').query({ audience: 'ceo' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(expect.arrayContaining(['q', 'audience']));
    expect((await request(t.app).get('/api/v1/kb/articles/no-such-thing')).status).toBe(404);
  });

  it('returns an article with its policy variant', async () => {
    const strict = await request(t.app).get('/api/v1/kb/articles/recruiter-extend-deadline').query({ policy: 'strict' });
    const flexible = await request(t.app).get('/api/v1/kb/articles/recruiter-extend-deadline').query({ policy: 'flexible' });
    expect(strict.status).toBe(200);
    expect(strict.body).toMatchObject({ id: 'recruiter-extend-deadline', audience: 'recruiter' });
    expect(strict.body.body).not.toEqual(flexible.body.body);
  });
});
