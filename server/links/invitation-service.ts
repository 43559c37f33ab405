import type { Database, Queryable } from '../db/database';
import { diagnose } from '../diagnosis/diagnose';
import type { StateScenarioId } from '../diagnosis/scenario-ids';
import { isUniqueViolation } from '../db/store-errors';
import { ConflictError, NotFoundError } from '../http/errors';
import type { Job, JobStore } from '../jobs/job-store';
import type { Org } from '../orgs/org-store';
import { decryptSecret, encryptSecret, generateSecret } from '../security/secrets';
import type { Invitation } from './invitation';
import { eventData, planEvent, type EventInput } from './invitation-events';
import type { InvitationStore } from './invitation-store';
import { LINK_STATUS } from './link-status';
import type { EventOutbox } from './open-link';
import { linkRefs, type LinkRefs } from '../delivery/event-catalogue';

export type FixActor = 'recruiter' | 'platform' | 'bot';
import { toJobState } from './link-lookup';

export interface InvitationServiceDeps {
  db: Database;
  invitations: InvitationStore;
  jobs: JobStore;
  secretKey: Buffer;
  publicUrl: string;
  now: () => Date;
  /** Webhook events (invitation.fixed); absent in tests that need none. */
  outbox?: EventOutbox;
}

export interface CreateInvitationInput {
  jobId: string;
  candidate: { name: string; email: string };
  kind?: Invitation['kind'];
  targetUrl: string;
  validForHours?: number;
  expiresAt?: Date;
  accessLimit?: number;
  /** The platform's id for it; unique per org. */
  externalId?: string;
}

const HOUR_MS = 3_600_000;

/** Who made a change: recorded in the event's data as `by`, so the bot's own fixes can be counted. */
export type EventActor = FixActor;

export class InvitationService {
  constructor(private readonly deps: InvitationServiceDeps) {}

  linkUrl(token: string): string {
    return `${this.deps.publicUrl}/i/${token}`;
  }

  /** The state scenario of an invitation right now (state rules only, no message). */
  stateOf(invitation: Invitation, job: Job, org: Org): StateScenarioId {
    const result = diagnose({ invitation, job: toJobState(job), policy: org.policy, now: this.deps.now() });
    return result.stateScenario ?? 'link-not-found';
  }

  async create(org: Org, input: CreateInvitationInput) {
    try {
      return await this.deps.db.transaction((tx) => this.insert(org, input, tx));
    } catch (error) {
      if (isUniqueViolation(error, 'invitations_org_external_key')) {
        throw new ConflictError(
          `An invitation with externalId ${input.externalId} exists; PUT /api/v1/invitations/by-external-id/… updates it`,
          'external_id_taken',
        );
      }
      throw error;
    }
  }

  private async insert(org: Org, input: CreateInvitationInput, db: Queryable) {
    const job = await this.deps.jobs.get(org.id, input.jobId, db);
    if (!job) throw new NotFoundError('Job');
    const now = this.deps.now();
    const token = generateSecret();
    const invitation = await this.deps.invitations.create(
      {
        orgId: org.id,
        jobId: job.id,
        candidateName: input.candidate.name,
        candidateEmail: input.candidate.email,
        kind: input.kind ?? 'assessment',
        targetUrl: input.targetUrl,
        token,
        tokenEncrypted: encryptSecret(token, this.deps.secretKey),
        expiresAt: input.expiresAt ?? new Date(now.getTime() + (input.validForHours ?? org.defaultValidHours) * HOUR_MS),
        accessLimit: input.accessLimit ?? org.defaultAccessLimit,
        externalId: input.externalId ?? null,
      },
      db,
    );
    await this.deps.invitations.addEvent(invitation.id, 'created', now, {}, db);
    return { invitation, job, token };
  }

  async applyEvent(org: Org, id: string, event: EventInput, by: FixActor = 'platform'): Promise<Invitation> {
    const invitation = await this.deps.db.transaction((tx) => this.applyEventIn(tx, org, id, event, by));
    this.deps.outbox?.wake();
    return invitation;
  }

  /** Inside the caller's transaction, so a ticket action and its effects commit together. */
  async applyEventIn(tx: Queryable, org: Org, id: string, event: EventInput, by: FixActor = 'platform'): Promise<Invitation> {
    const before = await this.deps.invitations.get(org.id, id, tx, true);
    if (!before) throw new NotFoundError('Invitation');
    const now = this.deps.now();
    const changes = planEvent(before, event, org.policy, now);
    const after = await this.deps.invitations.update(id, changes, tx);
    // Who made the change is kept with the event (self-service counts the bot's own extensions).
    await this.deps.invitations.addEvent(id, event.type, event.at ?? now, { ...eventData(event, before), by }, tx);
    if (event.type === 'extended' || event.type === 'reset') {
      const job = await this.deps.jobs.get(org.id, after.jobId, tx);
      await this.fixed(tx, org, linkRefs(job, after), { fix: event.type, by, expiresAt: after.expiresAt.toISOString() });
    }
    return after;
  }

  /** A new invitation for the same candidate, job, kind and target; the old one is superseded. */
  async reissue(org: Org, id: string) {
    const created = await this.deps.db.transaction((tx) => this.reissueIn(tx, org, id));
    this.deps.outbox?.wake();
    return created;
  }

  async reissueIn(tx: Queryable, org: Org, id: string, by: FixActor = 'platform') {
    const old = await this.deps.invitations.get(org.id, id, tx, true);
    if (!old) throw new NotFoundError('Invitation');
    if (old.supersededBy) {
      throw new ConflictError(`Already superseded by invitation ${old.supersededBy}; reissue that one`, 'invitation_superseded');
    }
    const job = await this.deps.jobs.get(org.id, old.jobId, tx);
    if (!job || job.status !== 'open') {
      throw new ConflictError(`The job is ${job?.status ?? 'gone'}; new invitations need an open job`, 'job_not_open');
    }
    // The platform's id follows the live link, so its upserts reach the one that works.
    if (old.externalId) await this.deps.invitations.update(old.id, { externalId: null }, tx);
    const created = await this.insert(
      org,
      {
        jobId: job.id,
        candidate: { name: old.candidateName, email: old.candidateEmail },
        kind: old.kind,
        targetUrl: old.targetUrl,
        accessLimit: old.accessLimit,
        externalId: old.externalId ?? undefined,
      },
      tx,
    );
    const now = this.deps.now();
    await this.deps.invitations.update(old.id, { revokedAt: old.revokedAt ?? now, revokedReason: 'superseded', supersededBy: created.invitation.id }, tx);
    await this.deps.invitations.addEvent(old.id, 'superseded', now, { supersededBy: created.invitation.id }, tx);
    await this.deps.invitations.addEvent(created.invitation.id, 'reissued', now, { reissuedFrom: old.id }, tx);
    await this.fixed(tx, org, linkRefs(job, old), {
      fix: 'reissued',
      by,
      expiresAt: created.invitation.expiresAt.toISOString(),
      newInvitationId: created.invitation.id,
    });
    return created;
  }

  private async fixed(tx: Queryable, org: Org, refs: LinkRefs, fix: Record<string, unknown>): Promise<void> {
    await this.deps.outbox?.enqueueEvent(tx, org.id, 'invitation.fixed', { ...refs, ...fix });
  }

  async scenarioOf(org: Org, invitation: Invitation): Promise<StateScenarioId> {
    const job = await this.deps.jobs.get(org.id, invitation.jobId);
    if (!job) throw new NotFoundError('Job');
    return this.stateOf(invitation, job, org);
  }

  async view(org: Org, invitation: Invitation, job?: Job) {
    const owningJob = job ?? (await this.deps.jobs.get(org.id, invitation.jobId));
    if (!owningJob) throw new NotFoundError('Job');
    return toInvitationView(invitation, LINK_STATUS[this.stateOf(invitation, owningJob, org)], this.revealUrl(invitation));
  }

  /** The link of a stored invitation, decrypted; null when it was sealed under another key. */
  revealUrl(invitation: Invitation): string | null {
    try {
      return this.linkUrl(decryptSecret(invitation.tokenEncrypted, this.deps.secretKey));
    } catch {
      return null; // encrypted under another SECRET_KEY: the link cannot be shown again
    }
  }
}

export function toInvitationView(inv: Invitation, status: string, url: string | null) {
  return {
    id: inv.id,
    jobId: inv.jobId,
    externalId: inv.externalId,
    url,
    status,
    candidate: { name: inv.candidateName, email: inv.candidateEmail },
    kind: inv.kind,
    targetUrl: inv.targetUrl,
    expiresAt: inv.expiresAt,
    accessLimit: inv.accessLimit,
    accessCount: inv.accessCount,
    sentAt: inv.sentAt,
    startedAt: inv.startedAt,
    lastActivityAt: inv.lastActivityAt,
    completedAt: inv.completedAt,
    completedReason: inv.completedReason,
    revokedAt: inv.revokedAt,
    revokedReason: inv.revokedReason,
    supersededBy: inv.supersededBy,
    createdAt: inv.createdAt,
    updatedAt: inv.updatedAt,
  };
}
