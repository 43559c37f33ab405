import { createUser, login } from '../auth/auth-fixtures';
import { startChat, type ChatHarness } from '../chat/chat-harness';
import { createInvitation, createJob } from '../support/fixtures';
import { converse, escalate, getAs, postAs, signInStaff, type Chat, type Staff } from './transcript-fixtures';

// The console's search (name, full email, ticket reference, ticket words), the
// conversations nobody spoke in, and what an agent created with an org may see.

let h: ChatHarness;
let staff: Staff;
let orgAgent: string;
let orgs: { acme: { orgId: string }; beta: { orgId: string } };
let chats: { named: Chat; ticketed: Chat; empty: Chat; beta: Chat; anonymous: Chat };
let ticket: { ticketId: string; reference: string };

beforeAll(async () => {
  h = await startChat();
  staff = await signInStaff(h);
  const acme = await h.t.createOrg('strict', 'Acme');
  const beta = await h.t.createOrg('flexible', 'Beta');
  orgs = { acme, beta };
  const acmeJob = await createJob(h.t, acme.auth, { title: 'Backend Engineer' });
  const betaJob = await createJob(h.t, beta.auth, { title: 'Data Analyst' });
  const olga = await createInvitation(h.t, acme.auth, acmeJob.id, {
    expiresAt: '2026-12-30T12:00:00Z',
    candidate: { name: 'Olga Quintero', email: 'olga.q@example.com' },
  });
  const pete = await createInvitation(h.t, acme.auth, acmeJob.id, {
    expiresAt: '2026-12-30T12:00:00Z',
    candidate: { name: 'Pete Lindqvist', email: 'pete.l@example.com' },
  });
  const betaLink = await createInvitation(h.t, beta.auth, betaJob.id, {
    expiresAt: '2026-12-30T12:00:00Z',
    candidate: { name: 'Bea Beta', email: 'bea@example.com' },
  });
  const named = await converse(h, { at: '2026-11-10T09:00:00.000Z', auth: { token: olga.token }, say: ['hello there'] });
  const ticketed = await converse(h, { at: '2026-11-10T10:00:00.000Z', auth: { token: pete.token }, say: ['it is broken'] });
  ticket = await escalate(h, ticketed, 'The xylophone page flickers forever');
  const empty = await converse(h, { at: '2026-11-10T11:00:00.000Z', auth: { token: olga.token } });
  const beta1 = await converse(h, { at: '2026-11-10T12:00:00.000Z', auth: { token: betaLink.token }, say: ['hello there'] });
  const anonymous = await converse(h, { at: '2026-11-10T13:00:00.000Z' });
  chats = { named, ticketed, empty, beta: beta1, anonymous };
  const user = await createUser(h.t, 'agent', acme.orgId);
  orgAgent = await login(h.t.app, user.email, user.password);
}, 60_000);
afterAll(() => h.close());

const idsAs = async (cookie: string, query = '') => {
  const res = await getAs(h, cookie, `/api/v1/transcripts${query}`);
  expect(res.status).toBe(200);
  return (res.body.transcripts as { id: string }[]).map((t) => t.id).sort();
};
const ids = (query = '') => idsAs(staff.agent.cookie, query);
const idsOf = (...list: Chat[]) => list.map((c) => c.conversationId).sort();

describe('search', () => {
  it('finds a conversation by the candidate name, any case, one word or both', async () => {
    expect(await ids('?q=olga')).toEqual(idsOf(chats.named));
    expect(await ids('?q=QUINTERO%20olga')).toEqual(idsOf(chats.named));
  });

  it('finds it by the full email though the list shows it masked, and not by a fragment of it', async () => {
    const res = await getAs(h, staff.agent.cookie, '/api/v1/transcripts?q=olga.q@example.com');
    expect(res.body.transcripts.map((t: { id: string }) => t.id)).toEqual([chats.named.conversationId]);
    expect(res.body.transcripts[0].candidateEmail).toBe('o****q@e******.com');
    expect(JSON.stringify(res.body)).not.toContain('olga.q@example.com');
    expect(await ids('?q=OLGA.Q@EXAMPLE.COM')).toEqual(idsOf(chats.named));
    expect(await ids('?q=ga.q@exam')).toEqual([]);
  });

  it('finds it by ticket reference (any case) and by the words of the ticket', async () => {
    expect(await ids(`?q=${ticket.reference}`)).toEqual(idsOf(chats.ticketed));
    expect(await ids(`?q=${ticket.reference.toLowerCase()}`)).toEqual(idsOf(chats.ticketed));
    expect(await ids('?q=xylophone')).toEqual(idsOf(chats.ticketed));
  });

  it('still finds the words of messages, combined with other filters', async () => {
    expect(await ids('?q=hello')).toEqual(idsOf(chats.named, chats.beta));
    expect(await ids(`?q=hello&org=${orgs.beta.orgId}`)).toEqual(idsOf(chats.beta));
  });

  it('has the indexes the search uses', async () => {
    const rows = await h.t.db.query<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE indexname = ANY($1)`, [
      [
        'invitations_candidate_email_lower_idx',
        'invitations_candidate_name_fts',
        'tickets_description_fts',
        'tickets_reference_upper_idx',
        'conversation_messages_candidate_idx',
      ],
    ]);
    expect(rows).toHaveLength(5);
  });
});

describe('empty conversations', () => {
  it('are hidden by default: no candidate message and no ticket', async () => {
    expect(await ids()).toEqual(idsOf(chats.named, chats.ticketed, chats.beta));
  });

  it('show with includeEmpty=true', async () => {
    expect(await ids('?includeEmpty=true')).toEqual(idsOf(chats.named, chats.ticketed, chats.empty, chats.beta, chats.anonymous));
    expect(await ids('?includeEmpty=false')).toHaveLength(3);
  });

  it('answers a bad includeEmpty with a 400 naming it', async () => {
    const res = await getAs(h, staff.agent.cookie, '/api/v1/transcripts?includeEmpty=yes');
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain('includeEmpty');
  });

  it('count in no figure of the insights', async () => {
    const res = await getAs(h, staff.agent.cookie, '/api/v1/insights?from=2026-11-10&to=2026-11-10');
    expect(res.body.conversations.total).toBe(3);
    expect(res.body.handoffRate).toBeCloseTo(1 / 3, 3);
  });
});

describe('an agent created with an org', () => {
  it('lists, searches and exports that org only', async () => {
    expect(await idsAs(orgAgent)).toEqual(idsOf(chats.named, chats.ticketed));
    expect(await idsAs(orgAgent, '?q=hello')).toEqual(idsOf(chats.named));
    expect(await idsAs(orgAgent, `?org=${orgs.beta.orgId}`)).toEqual([]);
    const csv = await getAs(h, orgAgent, '/api/v1/transcripts/export?format=csv');
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(chats.named.conversationId);
    expect(csv.text).not.toContain(chats.beta.conversationId);
  });

  it('gets a 404 for another org’s transcript, as for one that does not exist', async () => {
    expect((await getAs(h, orgAgent, `/api/v1/transcripts/${chats.named.conversationId}`)).status).toBe(200);
    const other = await getAs(h, orgAgent, `/api/v1/transcripts/${chats.beta.conversationId}`);
    expect(other.status).toBe(404);
    expect((await getAs(h, orgAgent, `/api/v1/transcripts/${chats.anonymous.conversationId}`)).status).toBe(404);
  });

  it('sees that org’s insights, labels and tickets only', async () => {
    const insights = await getAs(h, orgAgent, '/api/v1/insights?from=2026-11-10&to=2026-11-10');
    expect(insights.body.conversations.total).toBe(2);
    const turns = (await getAs(h, staff.agent.cookie, `/api/v1/transcripts/${chats.beta.conversationId}`)).body.turns;
    const question = turns.find((t: { role: string }) => t.role === 'candidate');
    const label = await postAs(h, orgAgent, '/api/v1/insights/labels', { messageId: question.id, scenario: 'link-valid' });
    expect(label.status).toBe(404);
    const tickets = await getAs(h, orgAgent, '/api/v1/tickets');
    expect(tickets.status).toBe(200);
    expect(JSON.stringify(tickets.body)).toContain(ticket.reference);
  });

  it('leaves a platform agent (no org) seeing every org', async () => {
    expect(await ids(`?org=${orgs.beta.orgId}`)).toEqual(idsOf(chats.beta));
    expect((await getAs(h, staff.agent.cookie, `/api/v1/transcripts/${chats.beta.conversationId}`)).status).toBe(200);
  });
});
