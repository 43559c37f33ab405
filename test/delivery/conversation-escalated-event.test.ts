import { EVENT_CATALOGUE } from '../../server/delivery/event-catalogue';
import { startChat, type ChatHarness } from '../chat/chat-harness';
import { createInvitation, createJob } from '../support/fixtures';
import { request } from '../support/test-app';

let h: ChatHarness;
beforeAll(async () => {
  h = await startChat();
});
afterAll(() => h.close());

it('announces conversation.escalated with the platform’s ids when a chat is handed to a person', async () => {
  const org = await h.t.createOrg('flexible');
  await request(h.t.app)
    .post('/api/v1/webhooks')
    .set(org.auth)
    .send({ url: 'http://127.0.0.1:9/hook', topics: ['conversation.escalated'] });
  const job = await createJob(h.t, org.auth, { externalId: 'ats-job-9' });
  const inv = await createInvitation(h.t, org.auth, job.id, { externalId: 'ats-cand-9' });
  const client = h.connect({ token: inv.token });
  const ready = await client.ready();
  const res = await request(h.t.app)
    .post('/api/v1/escalations')
    .send({ conversationId: ready.conversationId, resumeSecret: ready.resumeSecret, description: 'The recording stopped' });
  expect(res.status).toBe(201);

  const rows = await h.t.db.query<{ topic: string; payload: Record<string, unknown> }>(
    `SELECT topic, payload FROM outbox WHERE org_id = $1 AND channel = 'webhook'`,
    [org.orgId],
  );
  expect(rows.map((r) => r.topic)).toEqual(['conversation.escalated']);
  expect(EVENT_CATALOGUE['conversation.escalated'].data.parse(rows[0].payload)).toEqual({
    jobId: job.id,
    jobExternalId: 'ats-job-9',
    invitationId: inv.id,
    invitationExternalId: 'ats-cand-9',
    ticketId: res.body.ticketId,
    reference: res.body.reference,
    conversationId: ready.conversationId,
  });
});
