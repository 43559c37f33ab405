import { loadKnowledge } from '../../server/knowledge/load-knowledge';
import { outboxRows } from '../escalation/escalation-helpers';
import { startChat, type ChatHarness } from '../chat/chat-harness';
import { createInvitation, orgWithJob } from '../support/fixtures';
import { request } from '../support/test-app';

// Candidates in their own language, end to end through the public API, the gateway
// page, the chat and a ticket. Recruiter screens stay English.

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

const EXPIRED = '2026-11-19T12:00:00Z'; // the test clock starts at 2026-11-20T12:00Z
const CANDIDATE = 'jane.candidate@example.com';
const translations = loadKnowledge(`${__dirname}/../../knowledge`).translations;
const titleIn = (locale: 'es' | 'pt' | 'fr' | 'hi', id: string) => translations.get(locale)!.get(id as never)!.title;

async function expiredLink(policy: 'strict' | 'flexible' = 'strict') {
  const org = await orgWithJob(h.t, policy);
  const invitation = await createInvitation(h.t, org.auth, org.job.id, { expiresAt: EXPIRED });
  return { org, invitation };
}

describe('POST /api/v1/diagnose', () => {
  it('answers in the locale asked for, and says which one it used', async () => {
    const { invitation } = await expiredLink();
    const res = await request(h.t.app).post('/api/v1/diagnose').send({ token: invitation.token, locale: 'es-MX' });
    expect(res.status).toBe(200);
    expect(res.body.article).toMatchObject({ id: 'link-expired', locale: 'es', title: titleIn('es', 'link-expired') });
  });

  it('without a locale: the language of the message, then Accept-Language, then English', async () => {
    const { invitation } = await expiredLink();
    const written = await request(h.t.app)
      .post('/api/v1/diagnose')
      .set('Accept-Language', 'pt-BR')
      .send({ token: invitation.token, message: "bonjour, le lien ne s'ouvre plus, il dit qu'il a expiré" });
    expect(written.body.article.locale).toBe('fr');
    const header = await request(h.t.app).post('/api/v1/diagnose').set('Accept-Language', 'de-DE, pt-BR;q=0.8').send({ token: invitation.token });
    expect(header.body.article.locale).toBe('pt');
    const neither = await request(h.t.app).post('/api/v1/diagnose').send({ token: invitation.token, locale: 'xx' });
    expect(neither.body.article).toMatchObject({ locale: 'en', title: 'Your link has expired' });
  });

  it('keeps recruiters in English, and offers choices by their translated titles', async () => {
    const recruiter = await request(h.t.app)
      .post('/api/v1/diagnose')
      .send({ message: 'how do I give a candidate more time', audience: 'recruiter', locale: 'hi' });
    expect(recruiter.body.article.locale).toBe('en');
    const vague = await request(h.t.app).post('/api/v1/diagnose').send({ message: 'no funciona nada, ayuda', locale: 'es' });
    expect(vague.body.choices.length).toBeGreaterThan(0);
    for (const choice of vague.body.choices) expect(choice.title).toBe(titleIn('es', choice.id));
  });
});

describe('GET /api/v1/kb/articles/:id and /kb/search', () => {
  it('render in ?locale=, else Accept-Language', async () => {
    const hi = await request(h.t.app).get('/api/v1/kb/articles/stuck-loading?locale=hi');
    expect(hi.body).toMatchObject({ locale: 'hi', title: titleIn('hi', 'stuck-loading') });
    const fr = await request(h.t.app).get('/api/v1/kb/articles/stuck-loading').set('Accept-Language', 'fr-CA,fr;q=0.9');
    expect(fr.body.locale).toBe('fr');
    const search = await request(h.t.app).get('/api/v1/kb/search?q=mi%20camara%20no%20funciona&locale=es');
    expect(search.body.results[0]).toMatchObject({ id: 'camera-mic-permission', title: titleIn('es', 'camera-mic-permission') });
  });
});

describe('the gateway page', () => {
  it('is in the browser’s language, with lang and dir, and varies by Accept-Language', async () => {
    const { invitation } = await expiredLink();
    const path = new URL(invitation.url).pathname;
    const res = await request(h.t.app).get(path).set('Accept-Language', 'es-ES,es;q=0.9,en;q=0.5');
    expect(res.status).toBe(410);
    expect(res.text).toMatch(/<html lang="es" dir="ltr">/);
    expect(res.text).toContain(titleIn('es', 'link-expired'));
    expect(res.get('Vary')).toMatch(/Accept-Language/i);
    const hindi = await request(h.t.app).get(`${path}?lang=hi`).set('Accept-Language', 'en');
    expect(hindi.text).toMatch(/<html lang="hi" dir="ltr">/);
    expect(hindi.text).toContain(titleIn('hi', 'link-expired'));
    // The link chose the language, so the widget is pinned to it; a browser's choice is not pinned.
    expect(hindi.text).toMatch(/<script [^>]*data-locale="hi"/);
    expect(res.text).not.toMatch(/data-locale=/);
  });
});

describe('the chat', () => {
  it('opens in the pinned language and marks each bot message with it', async () => {
    const { invitation } = await expiredLink();
    const client = h.connect({ token: invitation.token, locale: 'en-US', language: 'es' });
    const first = await client.bot(1);
    expect(first.locale).toBe('es');
    expect(first.article?.title).toBe(titleIn('es', 'link-expired'));
    expect(first.quickReplies?.find((r) => r.id === 'solved')?.label).not.toBe('That solved it');
  });

  it('follows the language the candidate writes in, and keeps it for short replies', async () => {
    const { invitation } = await expiredLink();
    const client = h.connect({ token: invitation.token, locale: 'en-GB' });
    expect((await client.bot(1)).locale).toBe('en');
    const reply = await client.ask('hola, mi cámara no funciona y no sé qué hacer con la entrevista');
    expect(reply.locale).toBe('es');
    expect(reply.text).not.toMatch(/Your camera/);
    const short = await client.ask('ok');
    expect(short.locale).toBe('es');
  });

  it('switches on conversation:language, refuses an unsupported one, and stores the pick', async () => {
    const { invitation } = await expiredLink();
    const client = h.connect({ token: invitation.token, locale: 'en-US' });
    const ready = await client.ready();
    await client.bot(1);
    expect(await client.socket.emitWithAck('conversation:language', { language: 'hi' })).toEqual({ ok: true, language: 'hi' });
    const bad = await client.socket.emitWithAck('conversation:language', { language: 'de' } as never);
    expect(bad).toMatchObject({ error: { code: 'invalid_request' } });
    const reply = await client.ask('my camera does not work');
    expect(reply.locale).toBe('hi');
    expect(reply.text).toMatch(/[\u0900-\u097F]/);
    const [row] = await h.t.db.query<{ chosen_language: string }>('SELECT chosen_language FROM conversations WHERE id = $1', [ready.conversationId]);
    expect(row.chosen_language).toBe('hi');
  });

  it('applies a self-service extension and mails the candidate in their language', async () => {
    const { org, invitation } = await expiredLink('flexible');
    await h.t.services.orgs.updateSelfService(org.orgId, { extendHours: 24, maxExtensions: 1 });
    const client = h.connect({ token: invitation.token, language: 'pt' });
    await client.bot(1);
    await client.ask('preciso de mais tempo, posso ter mais prazo?');
    const offer = client.messages.filter((m) => m.role === 'bot').at(-1)!;
    const extend = offer.quickReplies?.find((r) => r.id === 'extend');
    expect(extend).toBeDefined();
    const confirm = await client.ask(extend!.text);
    const yes = confirm.quickReplies?.find((r) => r.id === 'extend-confirm');
    expect(yes).toBeDefined();
    const done = await client.ask(yes!.text);
    expect(done.locale).toBe('pt');
    const mails = (await outboxRows(h.t)).filter((r) => r.topic === 'self-service.extended' && r.payload.to === CANDIDATE);
    expect(mails.at(-1)?.payload.subject).toMatch(/prazo/i);
  });
});

describe('a look-alike link pasted into the chat', () => {
  it('is never looked up: the candidate is told it is not ours, in their language', async () => {
    const { invitation } = await expiredLink();
    const client = h.connect({ token: invitation.token, language: 'fr' });
    const ready = await client.ready();
    await client.bot(1);
    const reply = await client.ask(`c'est ce lien ? https://links-test.example/i/${invitation.token}`);
    expect(reply.text).toContain('links-test.example');
    expect(reply.locale).toBe('fr');
    expect(reply.text).not.toMatch(/This link is on/);
    const english = h.connect({ token: invitation.token });
    await english.bot(1);
    const warned = await english.ask(`is this mine? https://links.test@evil.example/i/${invitation.token}`);
    expect(warned.text).toMatch(/This link is on evil\.example, not on links\.test/);
    // The conversation keeps its own link: nothing was attached from the paste.
    const [row] = await h.t.db.query<{ invitation_id: string }>('SELECT invitation_id FROM conversations WHERE id = $1', [ready.conversationId]);
    expect(row.invitation_id).toBe(invitation.id);
  });
});

describe('a ticket from a conversation in Spanish', () => {
  it('tells the candidate in Spanish, and shows the recruiter the candidate’s language', async () => {
    const { org, invitation } = await expiredLink();
    const client = h.connect({ token: invitation.token, language: 'es' });
    const ready = await client.ready();
    await client.bot(1);
    const ticket = await request(h.t.app)
      .post('/api/v1/escalations')
      .send({ conversationId: ready.conversationId, resumeSecret: ready.resumeSecret, description: 'mi enlace caducó ayer' });
    expect(ticket.status).toBe(201);
    const notice = await client.until(() => client.messages.find((m) => m.role === 'system'), 'the ticket notice');
    expect(notice.text).toContain(ticket.body.reference);
    expect(notice.text).not.toMatch(/was sent to/);
    const detail = await request(h.t.app).get(`/api/v1/tickets/${ticket.body.ticketId}`).set(org.auth);
    expect(detail.body).toMatchObject({ candidateLanguage: 'es', candidateLanguageName: 'Spanish' });
    // The recruiter's reply mail to the candidate carries Spanish around the recruiter's own words.
    await request(h.t.app).post(`/api/v1/tickets/${ticket.body.ticketId}/actions`).set(org.auth).send({ type: 'reply', message: 'Te envío uno nuevo.' });
    const mail = (await outboxRows(h.t)).filter((r) => r.payload.to === CANDIDATE).at(-1);
    expect(mail?.payload.subject).toContain(ticket.body.reference);
    expect(mail?.payload.subject).not.toMatch(/Reply to your request/);
  });
});
