import type { Locale } from '../i18n/locales';
import type { Database, Queryable } from '../db/database';
import { maskEmail } from '../diagnosis/mask-email';
import type { OutboxPort } from '../escalation/escalation-ports';
import type { Job, JobStore } from '../jobs/job-store';
import type { Org, OrgStore } from '../orgs/org-store';
import type { Invitation } from './invitation';
import type { InvitationService } from './invitation-service';
import type { InvitationStore } from './invitation-store';
import { candidateSelfExtendedMail, recruiterSelfExtendedMail, resentLinkMail } from './self-service-mail';
import { extensionAllowance, planExtension, planResend, RESEND_WINDOW_MS, type ExtensionFacts } from './self-service-rules';

export interface SelfServiceDeps {
  db: Database;
  orgs: OrgStore;
  invitations: InvitationStore;
  jobs: JobStore;
  invitationService: InvitationService;
  outbox: OutboxPort;
  now: () => Date;
  publicUrl: string;
}

export type ExtendResult = { kind: 'extended'; expiresAt: Date } | { kind: 'limit' } | { kind: 'not-allowed'; reason: string };
export type ResendResult = { kind: 'sent'; emailMasked: string } | { kind: 'limit' } | { kind: 'unusable' };

interface Loaded {
  org: Org;
  job: Job;
  invitation: Invitation;
}

/**
 * Fixes the chat bot applies by itself when the org's policy allows: extending a
 * deadline and mailing the link again. Each runs in one transaction under a row
 * lock on the invitation, so two clicks at once cannot exceed a limit.
 */
export class SelfServiceFixes {
  constructor(private readonly deps: SelfServiceDeps) {}

  /** What the bot may offer on this link: null when it may not extend at all. */
  async allowance(orgId: string, invitationId: string): Promise<{ extendHours: number; extensionsLeft: number } | null> {
    const facts = await this.extensionFacts(this.deps.db, orgId, invitationId, false);
    if (!facts) return null;
    const decision = extensionAllowance(facts);
    return decision.kind === 'allowed' ? { extendHours: decision.extendHours, extensionsLeft: decision.extensionsLeft } : null;
  }

  /** `language`: the candidate's, for their copy of the news (the recruiter's mail stays English). */
  async extend(orgId: string, invitationId: string, conversationId: string | null, language: Locale = 'en'): Promise<ExtendResult> {
    const { db, outbox, invitationService } = this.deps;
    const result = await db.transaction(async (tx): Promise<ExtendResult> => {
      const facts = await this.extensionFacts(tx, orgId, invitationId, true);
      if (!facts) return { kind: 'not-allowed', reason: 'the link was not found' };
      const plan = planExtension(facts);
      if (plan.kind !== 'extend') return plan;
      const { org, job, invitation } = facts;
      const { expiresAt } = plan;
      await invitationService.applyEventIn(tx, org, invitation.id, { type: 'extended', expiresAt }, 'bot');
      const notice = { org, job, invitation, expiresAt, number: facts.botExtensions + 1, conversationId };
      await outbox.enqueueEmail(tx, org.id, 'self-service.extended', recruiterSelfExtendedMail(notice));
      const url = invitationService.revealUrl(invitation);
      await outbox.enqueueEmail(tx, org.id, 'self-service.extended', candidateSelfExtendedMail(job, invitation, expiresAt, url, language));
      // The `invitation.fixed` webhook (by: bot) is enqueued by applyEventIn itself.
      return { kind: 'extended', expiresAt };
    });
    if (result.kind === 'extended') outbox.wake();
    return result;
  }

  /** Mails the link to the invitation's own address; the address is never returned unmasked. */
  async resendLink(orgId: string, invitationId: string, language: Locale = 'en'): Promise<ResendResult> {
    const { db, outbox, invitations, invitationService, now } = this.deps;
    const result = await db.transaction(async (tx): Promise<ResendResult> => {
      const loaded = await this.load(tx, orgId, invitationId, true);
      if (!loaded) return { kind: 'unusable' };
      const { org, job, invitation } = loaded;
      const since = new Date(now().getTime() - RESEND_WINDOW_MS);
      const recent = await this.countBotEvents(tx, invitation.id, 'resent', since);
      const plan = planResend(invitationService.stateOf(invitation, job, org), recent);
      if (plan.kind !== 'send') return plan;
      const url = invitationService.revealUrl(invitation);
      if (!url) return { kind: 'unusable' }; // sealed under another key: only a reissue helps
      await invitations.addEvent(invitation.id, 'resent', now(), { by: 'bot', channel: 'email' }, tx);
      await outbox.enqueueEmail(tx, org.id, 'self-service.resent', resentLinkMail(job, invitation, url, language));
      return { kind: 'sent', emailMasked: maskEmail(invitation.candidateEmail) };
    });
    if (result.kind === 'sent') outbox.wake();
    return result;
  }

  private async extensionFacts(tx: Queryable, orgId: string, invitationId: string, lock: boolean): Promise<ExtensionFacts | undefined> {
    const loaded = await this.load(tx, orgId, invitationId, lock);
    if (!loaded) return undefined;
    const botExtensions = await this.countBotEvents(tx, invitationId, 'extended');
    return { ...loaded, botExtensions, now: this.deps.now() };
  }

  /** The invitation first: with `lock`, its row lock orders concurrent fixes before anything is counted. */
  private async load(tx: Queryable, orgId: string, invitationId: string, lock: boolean): Promise<Loaded | undefined> {
    const invitation = await this.deps.invitations.get(orgId, invitationId, tx, lock);
    if (!invitation) return undefined;
    const org = await this.deps.orgs.get(orgId, tx);
    const job = await this.deps.jobs.get(orgId, invitation.jobId, tx);
    return org && job ? { org, job, invitation } : undefined;
  }

  private async countBotEvents(tx: Queryable, invitationId: string, type: string, since?: Date): Promise<number> {
    const [row] = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM invitation_events
       WHERE invitation_id = $1 AND type = $2 AND data->>'by' = 'bot' AND ($3::timestamptz IS NULL OR at > $3)`,
      [invitationId, type, since ?? null],
    );
    return row.n;
  }
}
