import { createTestApp, request, type TestApp } from '../support/test-app';
import { createInvitation, orgWithJob } from '../support/fixtures';

// The understanding through the public API, as platforms see it: messages as
// people type them, no link.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const diagnose = (body: object) => request(t.app).post('/api/v1/diagnose').send(body);

describe('POST /api/v1/diagnose with a message and no link', () => {
  it('answers a messy message confidently with its question rule', async () => {
    const res = await diagnose({ message: 'my cam isnt workin in the interveiw, chrome says permission denied 🙏' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scenario: 'camera-mic-permission', rule: 'question:camera-mic-permission' });
    expect(res.body.suggestions).toBeUndefined();
  });

  it('asks rather than guesses when less sure, with the right reading first among at most three', async () => {
    const res = await diagnose({ message: 'hiii my cam isnt wrking on the interveiw page, chrome on windows 🙏 pls help' });
    if (res.body.rule.startsWith('question:')) expect(res.body.scenario).toBe('camera-mic-permission');
    else expect(res.body.suggestions[0]).toBe('camera-mic-permission');
  });

  it('reads Spanish and Hinglish', async () => {
    expect((await diagnose({ message: 'hola, la camara no funciona en la entrevista' })).body.scenario).toBe('camera-mic-permission');
    expect((await diagnose({ message: 'mera link expire ho gaya, ab kya karu?' })).body.rule).toBe('question:link-expired');
  });

  it('finds the problem in a long polite email with greeting, backstory and sign-off', async () => {
    const message =
      'Dear Hiring Team, I hope this message finds you well. I applied for the analyst role last week and was very excited. ' +
      'Yesterday I was answering the third question when my wifi dropped, and now the page says my interview is completed although I never pressed submit. ' +
      'Thank you for your time. Kind regards, Priya';
    const res = await diagnose({ message });
    expect(res.body.scenario).toBe('completed-unexpectedly');
  });

  it('is unsure on gibberish: a fallback rule and no guessed article', async () => {
    const res = await diagnose({ message: 'asdfgh qwop' });
    expect(res.body.rule).toBe('fallback:contact-recruiter');
    expect(res.body.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('offers at most three scenario ids of the asker audience when unsure', async () => {
    const res = await diagnose({ message: 'candidate link problem, what can i do', audience: 'recruiter' });
    expect(res.body.rule).toBe('fallback:recruiter-escalate-support');
    expect(res.body.suggestions.length).toBeGreaterThan(0);
    expect(res.body.suggestions.length).toBeLessThanOrEqual(3);
    for (const id of res.body.suggestions) expect(id).toMatch(/^recruiter-/);
    expect(res.body.choices.map((choice: { id: string }) => choice.id)).toEqual(res.body.suggestions);
  });

  it('answers recruiter questions among recruiter scenarios', async () => {
    const res = await diagnose({ message: 'how do i give one candidate 2 more days, her link ran out', audience: 'recruiter' });
    expect(res.body.scenario).toBe('recruiter-extend-deadline');
  });

  it('says what a message on a blocked link was about, while the state answers', async () => {
    const { auth, job } = await orgWithJob(t);
    const inv = await createInvitation(t, auth, job.id, { expiresAt: '2026-11-19T12:00:00Z' });
    const res = await diagnose({ token: inv.token, message: 'my camera doesnt work' });
    expect(res.body).toMatchObject({ scenario: 'link-expired', topic: 'camera-mic-permission' });
  });
});

describe('GET /api/v1/kb/search', () => {
  it('ranks by the same understanding, best first', async () => {
    const res = await request(t.app).get('/api/v1/kb/search').query({ q: 'opened it too many times now locked', audience: 'candidate' });
    expect(res.body.results[0].id).toBe('access-limit-exceeded');
    const scores = res.body.results.map((r: { score: number }) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
