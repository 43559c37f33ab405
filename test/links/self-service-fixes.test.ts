import { createInvitation, orgWithJob, postEvent } from '../support/fixtures';
import { createTestApp, PUBLIC_URL, request, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const EXPIRED = '2026-11-19T12:00:00Z'; // the test clock starts at 2026-11-20T12:00Z
const CANDIDATE = 'jane.candidate@example.com';

/** A flexible org whose bot may extend `maxExtensions` times, with a webhook listening to everything. */
async function flexibleOrg(maxExtensions = 1, extendHours = 24) {
  const org = await orgWithJob(t, 'flexible');
  await t.services.orgs.updateSelfService(org.orgId, { extendHours, maxExtensions });
  await t.services.webhooks.create(org.orgId, { url: 'https://hooks.example.com/ld', topics: ['*'] });
  return org;
}

async function outbox(orgId: string) {
  return t.db.query<{ channel: string; topic: string; payload: Record<string, string> }>(
    'SELECT channel, topic, payload FROM outbox WHERE org_id = $1 ORDER BY created_at',
    [orgId],
  );
}

async function botEvents(invitationId: string, type: string) {
  const events = await t.services.invitations.events(invitationId);
  return events.filter((e) => e.type === type && e.data.by === 'bot');
}

describe('allowance', () => {
  it("offers the org setting with the extensions left, counting only the bot's own", async () => {
    const org = await flexibleOrg(2, 12);
    const inv = await createInvitation(t, org.auth, org.job.id, { expiresAt: EXPIRED });
    expect(await t.services.selfService.allowance(org.orgId, inv.id)).toEqual({ extendHours: 12, extensionsLeft: 2 });
    // A platform extension is not the bot's: it does not use up the allowance.
    await postEvent(t, org.auth, inv.id, { type: 'extended', expiresAt: '2026-11-21T00:00:00Z' });
    expect(await t.services.selfService.allowance(org.orgId, inv.id)).toEqual({ extendHours: 12, extensionsLeft: 2 });
    await t.services.selfService.extend(org.orgId, inv.id, null);
    expect(await t.services.selfService.allowance(org.orgId, inv.id)).toEqual({ extendHours: 12, extensionsLeft: 1 });
  });

  it("is null for a strict org, extensions off, a paused job, a completed link, and another org's link", async () => {
    const strict = await orgWithJob(t, 'strict');
    const strictInv = await createInvitation(t, strict.auth, strict.job.id, { expiresAt: EXPIRED });
    expect(await t.services.selfService.allowance(strict.orgId, strictInv.id)).toBeNull();
    const off = await orgWithJob(t, 'flexible');
    const offInv = await createInvitation(t, off.auth, off.job.id, { expiresAt: EXPIRED });
    expect(await t.services.selfService.allowance(off.orgId, offInv.id)).toBeNull();
    const org = await flexibleOrg();
    const inv = await createInvitation(t, org.auth, org.job.id, { expiresAt: EXPIRED });
    expect(await t.services.selfService.allowance(strict.orgId, inv.id)).toBeNull();
    await request(t.app).patch(`/api/v1/jobs/${org.job.id}`).set(org.auth).send({ status: 'paused' });
    expect(await t.services.selfService.allowance(org.orgId, inv.id)).toBeNull();
    await request(t.app).patch(`/api/v1/jobs/${org.job.id}`).set(org.auth).send({ status: 'open' });
    const done = await createInvitation(t, org.auth, org.job.id);
    await postEvent(t, org.auth, done.id, { type: 'started' });
    await postEvent(t, org.auth, done.id, { type: 'completed' });
    expect(await t.services.selfService.allowance(org.orgId, done.id)).toBeNull();
  });
});

describe('extend', () => {
  it('extends an expired link from now, records the bot, tells the recruiter and the webhook, and the link works', async () => {
    const org = await flexibleOrg();
    const inv = await createInvitation(t, org.auth, org.job.id, { expiresAt: EXPIRED });
    const wakes = jest.fn();
    const stop = t.services.outbox.onWake(wakes);
    const result = await t.services.selfService.extend(org.orgId, inv.id, 'conv-1');
    stop();
    expect(result).toEqual({ kind: 'extended', expiresAt: new Date('2026-11-21T12:00:00Z') });
    expect(wakes).toHaveBeenCalled();
    const view = await request(t.app).get(`/api/v1/invitations/${inv.id}`).set(org.auth);
    expect(view.body.status).toBe('active');
    expect(view.body.expiresAt).toBe('2026-11-21T12:00:00.000Z');
    expect(view.body.events.at(-1)).toMatchObject({ type: 'extended', data: { by: 'bot', previousExpiresAt: '2026-11-19T12:00:00.000Z' } });

    const rows = await outbox(org.orgId);
    const recruiter = rows.find((r) => r.channel === 'email' && r.payload.to === 'riley@example.com');
    expect(recruiter?.topic).toBe('self-service.extended');
    expect(recruiter?.payload.subject).toContain('Jane Candidate');
    expect(recruiter?.payload.subject).toContain('Backend Engineer');
    expect(recruiter?.payload.text).toContain('New deadline: 2026-11-21 12:00 UTC');
    expect(recruiter?.payload.text).toMatch(/by itself under .*self-service setting: up to 1 extension\(s\) of 24 hours/);
    expect(recruiter?.payload.text).toContain('conv-1');
    const candidate = rows.find((r) => r.channel === 'email' && r.payload.to === CANDIDATE);
    expect(candidate?.payload.text).toContain(inv.url);
    const hook = rows.find((r) => r.channel === 'webhook');
    expect(hook?.topic).toBe('invitation.fixed');
    expect(hook?.payload).toEqual({
      invitationId: inv.id,
      jobId: org.job.id,
      fix: 'extended',
      by: 'bot',
      expiresAt: '2026-11-21T12:00:00.000Z',
      invitationExternalId: null,
      jobExternalId: null,
    });
  });

  it('extends a live link from its deadline, not from now', async () => {
    const org = await flexibleOrg(1, 6);
    const inv = await createInvitation(t, org.auth, org.job.id, { expiresAt: '2026-11-20T15:00:00Z' });
    expect(await t.services.selfService.extend(org.orgId, inv.id, null)).toEqual({ kind: 'extended', expiresAt: new Date('2026-11-20T21:00:00Z') });
  });

  it('past the limit answers `limit` and changes nothing', async () => {
    const org = await flexibleOrg(1);
    const inv = await createInvitation(t, org.auth, org.job.id, { expiresAt: EXPIRED });
    await t.services.selfService.extend(org.orgId, inv.id, null);
    t.clock.advance(30 * HOUR); // expired again
    const before = await outbox(org.orgId);
    expect(await t.services.selfService.extend(org.orgId, inv.id, null)).toEqual({ kind: 'limit' });
    expect(await outbox(org.orgId)).toHaveLength(before.length);
    expect(await botEvents(inv.id, 'extended')).toHaveLength(1);
    expect((await t.services.invitations.get(org.orgId, inv.id))?.expiresAt).toEqual(new Date('2026-11-21T12:00:00Z'));
    t.clock.set(new Date('2026-11-20T12:00:00.000Z'));
  });

  it('refuses a strict org (and one with extensions off) without touching the link', async () => {
    const strict = await orgWithJob(t, 'strict');
    const inv = await createInvitation(t, strict.auth, strict.job.id, { expiresAt: EXPIRED });
    const result = await t.services.selfService.extend(strict.orgId, inv.id, null);
    expect(result).toEqual({ kind: 'not-allowed', reason: expect.stringMatching(/strict/) });
    const off = await orgWithJob(t, 'flexible');
    const offInv = await createInvitation(t, off.auth, off.job.id, { expiresAt: EXPIRED });
    expect((await t.services.selfService.extend(off.orgId, offInv.id, null)).kind).toBe('not-allowed');
    expect(await outbox(strict.orgId)).toHaveLength(0);
    expect(await outbox(off.orgId)).toHaveLength(0);
    expect((await t.services.invitations.get(strict.orgId, inv.id))?.expiresAt).toEqual(new Date(EXPIRED));
    expect((await t.services.selfService.extend(strict.orgId, 'no-such-id', null)).kind).toBe('not-allowed');
  });

  it('two clicks at once extend once: the row lock orders them and the second sees the limit', async () => {
    const org = await flexibleOrg(1);
    const inv = await createInvitation(t, org.auth, org.job.id, { expiresAt: EXPIRED });
    const results = await Promise.all([1, 2, 3].map(() => t.services.selfService.extend(org.orgId, inv.id, null)));
    expect(results.filter((r) => r.kind === 'extended')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'limit')).toHaveLength(2);
    expect(await botEvents(inv.id, 'extended')).toHaveLength(1);
    expect((await outbox(org.orgId)).filter((r) => r.topic === 'invitation.fixed')).toHaveLength(1);
    expect((await t.services.invitations.get(org.orgId, inv.id))?.expiresAt).toEqual(new Date('2026-11-21T12:00:00Z'));
  });
});

describe('resendLink', () => {
  it("mails the link to the invitation's own address only and answers it masked", async () => {
    const org = await flexibleOrg();
    const inv = await createInvitation(t, org.auth, org.job.id);
    const result = await t.services.selfService.resendLink(org.orgId, inv.id);
    expect(result).toEqual({ kind: 'sent', emailMasked: 'j************e@e******.com' });
    expect(JSON.stringify(result)).not.toContain(CANDIDATE);
    const mails = (await outbox(org.orgId)).filter((r) => r.channel === 'email');
    expect(mails).toHaveLength(1);
    expect(mails[0].topic).toBe('self-service.resent');
    expect(mails[0].payload.to).toBe(CANDIDATE);
    expect(mails[0].payload.text).toContain(inv.url);
    expect(inv.url.startsWith(`${PUBLIC_URL}/i/`)).toBe(true);
    expect(await botEvents(inv.id, 'resent')).toHaveLength(1);
  });

  it('resends an in-progress link too, and refuses links that do not work', async () => {
    const org = await flexibleOrg();
    const started = await createInvitation(t, org.auth, org.job.id);
    await postEvent(t, org.auth, started.id, { type: 'started' });
    expect((await t.services.selfService.resendLink(org.orgId, started.id)).kind).toBe('sent');
    const expired = await createInvitation(t, org.auth, org.job.id, { expiresAt: EXPIRED });
    expect(await t.services.selfService.resendLink(org.orgId, expired.id)).toEqual({ kind: 'unusable' });
    const revoked = await createInvitation(t, org.auth, org.job.id);
    await postEvent(t, org.auth, revoked.id, { type: 'revoked' });
    expect(await t.services.selfService.resendLink(org.orgId, revoked.id)).toEqual({ kind: 'unusable' });
    expect(await t.services.selfService.resendLink(org.orgId, 'no-such-id')).toEqual({ kind: 'unusable' });
    const other = await flexibleOrg();
    expect(await t.services.selfService.resendLink(other.orgId, started.id)).toEqual({ kind: 'unusable' });
    expect((await outbox(org.orgId)).filter((r) => r.channel === 'email')).toHaveLength(1);
  });

  it('sends at most 3 per hour per invitation, even when asked at once; the window then reopens', async () => {
    const org = await flexibleOrg();
    const inv = await createInvitation(t, org.auth, org.job.id);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => t.services.selfService.resendLink(org.orgId, inv.id)));
    expect(results.filter((r) => r.kind === 'sent')).toHaveLength(3);
    expect(results.filter((r) => r.kind === 'limit')).toHaveLength(2);
    expect((await outbox(org.orgId)).filter((r) => r.channel === 'email')).toHaveLength(3);
    t.clock.advance(HOUR + 1000);
    expect((await t.services.selfService.resendLink(org.orgId, inv.id)).kind).toBe('sent');
    t.clock.set(new Date('2026-11-20T12:00:00.000Z'));
  });
});
