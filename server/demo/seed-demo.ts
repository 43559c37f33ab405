import type { Org } from '../orgs/org-store';
import type { Services } from '../services';
import { generateSecret } from '../security/secrets';
import { seedDemoStaff, type DemoLogin } from './seed-demo-staff';

const HOUR = 3_600_000;
const TARGET = 'https://assessments.example.com/start';

export interface DemoLink {
  org: string;
  scenario: string;
  url: string;
}

/**
 * On an empty store: a strict and a flexible demo org with one link per state
 * scenario, so a newcomer can click through every state at once, and the staff
 * who handle them (seed-demo-staff.ts), whose logins are printed once.
 */
export async function seedDemo(services: Services): Promise<{ apiKeys: Record<string, string>; logins: DemoLogin[] } | undefined> {
  if ((await services.orgs.count()) > 0) return undefined;
  const apiKeys: Record<string, string> = {};
  const staffed = [];
  for (const policy of ['strict', 'flexible'] as const) {
    const name = policy === 'strict' ? 'Acme Assessments (demo, strict)' : 'Brightside Interviews (demo, flexible)';
    const created = await services.orgs.createWithKey({ name, policy, isDemo: true });
    apiKeys[name] = created.apiKey;
    // The flexible demo shows the bot's own fix: one extension of 24 hours per link.
    const org =
      (policy === 'flexible' ? await services.orgs.updateSelfService(created.org.id, { extendHours: 24, maxExtensions: 1 }) : created.org) ?? created.org;
    const tokens = await seedOrg(services, org);
    staffed.push({
      org,
      chats: [
        { token: tokens.expired, say: ['my link says it has expired'], ticket: 'I was travelling and missed the deadline. Could I have two more days?' },
        { token: tokens.valid, say: ['my camera does not work', 'That solved it'] },
        { token: tokens.auto, say: ['it submitted before I finished'], ticket: 'The interview ended on its own after the second question.' },
        { token: tokens.resume, say: ['I lost connection in the middle'] },
      ],
    });
  }
  return { apiKeys, logins: await seedDemoStaff(services, staffed) };
}

async function seedOrg(services: Services, org: Org): Promise<Record<'valid' | 'resume' | 'auto' | 'expired', string>> {
  const { jobs, invitationService: links, now } = services;
  const recruiter = { name: 'Riley Morgan', email: 'riley.morgan@example.com' };
  const open = await jobs.create(org.id, { title: 'Backend Engineer', recruiter });
  const paused = await jobs.create(org.id, { title: 'Data Analyst', recruiter });
  const closed = await jobs.create(org.id, { title: 'Product Designer', recruiter });
  const t = now().getTime();
  const seeded = (invitationId: string) => services.db.query('INSERT INTO demo_links (invitation_id) VALUES ($1)', [invitationId]);
  const invite = async (
    name: string,
    jobId: string,
    extra: { expiresAt?: Date; accessLimit?: number; kind?: 'assessment' | 'ai_interview' | 'video_interview' } = {},
  ) => {
    const created = await links.create(org, {
      jobId,
      candidate: { name, email: `${name.split(' ')[0].toLowerCase()}@example.com` },
      targetUrl: TARGET,
      ...extra,
    });
    await seeded(created.invitation.id);
    return created;
  };
  const event = (id: string, type: 'sent' | 'started' | 'completed' | 'revoked', reason?: string, hoursAgo = 1) =>
    links.applyEvent(org, id, { type, reason, at: new Date(t - hoursAgo * HOUR) });

  const valid = await invite('Valentina Valid', open.id, { kind: 'video_interview' });
  await event(valid.invitation.id, 'sent', undefined, 2);

  const resume = await invite('Ines Inprogress', open.id, { kind: 'ai_interview' });
  await event(resume.invitation.id, 'started', undefined, 1);

  const done = await invite('Carl Completed', open.id);
  await event(done.invitation.id, 'started', undefined, 5);
  await event(done.invitation.id, 'completed', 'submitted', 4);

  const auto = await invite('Aiko Autosubmitted', open.id, { kind: 'video_interview' });
  await event(auto.invitation.id, 'started', undefined, 3);
  await event(auto.invitation.id, 'completed', 'auto_submitted', 2);

  const expired = await invite('Eve Expired', open.id, { expiresAt: new Date(t - 26 * HOUR) });

  const revoked = await invite('Rosa Revoked', open.id);
  await event(revoked.invitation.id, 'revoked', 'Position filled internally');

  const superseded = await invite('Sam Superseded', open.id);
  await seeded((await links.reissue(org, superseded.invitation.id)).invitation.id);

  const limited = await invite('Lars Limit', open.id, { accessLimit: 3 });
  for (let i = 0; i < 4; i += 1) await services.openLink(limited.token);

  await invite('Paula Paused', paused.id);
  await jobs.setStatus(org.id, paused.id, 'paused');
  await invite('Cole Closed', closed.id);
  await jobs.setStatus(org.id, closed.id, 'closed');
  return { valid: valid.token, resume: resume.token, auto: auto.token, expired: expired.token };
}

/** Every link the demo seed created (none made later with the demo keys), with its live state. */
export async function listDemoLinks(services: Services): Promise<DemoLink[]> {
  const result: DemoLink[] = [];
  for (const org of await services.orgs.listDemo()) {
    const rows = await services.db.query<{ id: string }>(
      `SELECT i.id FROM invitations i JOIN demo_links d ON d.invitation_id = i.id
        WHERE i.org_id = $1 ORDER BY i.created_at, i.id`,
      [org.id],
    );
    for (const { id } of rows) {
      const invitation = await services.invitations.get(org.id, id);
      if (!invitation) continue;
      const view = await services.invitationService.view(org, invitation);
      const scenario = await services.invitationService.scenarioOf(org, invitation);
      if (view.url) result.push({ org: org.name, scenario, url: view.url });
    }
    result.push({ org: org.name, scenario: 'link-not-found', url: `${services.publicUrl}/i/${generateSecret()}` });
  }
  return result;
}
