import type { Database, Queryable } from '../db/database';
import { diagnose } from '../diagnosis/diagnose';
import type { StateScenarioId } from '../diagnosis/scenario-ids';
import { ConflictError, NotFoundError } from '../http/errors';
import type { Job, JobStore } from '../jobs/job-store';
import type { Org } from '../orgs/org-store';
import { decryptSecret, encryptSecret, generateSecret } from '../security/secrets';
import type { Invitation } from './invitation';
import { eventData, planEvent, type EventInput } from './invitation-events';
import type { InvitationStore } from './invitation-store';
import { LINK_STATUS } from './link-status';
import { toJobState } from './link-lookup';

export interface InvitationServiceDeps {
  db: Database;
  invitations: InvitationStore;
  jobs: JobStore;
  secretKey: Buffer;
  publicUrl: string;
  now: () => Date;
}

export interface CreateInvitationInput {
  jobId: string;
  candidate: { name: string; email: string };
  kind?: Invitation['kind'];
  targetUrl: string;
  validForHours?: number;
  expiresAt?: Date;
  accessLimit?: number;
}

const HOUR_MS = 3_600_000;

/** Who made a change: recorded in the event's data as `by`, so the bot's own fixes can be counted. */
export type EventActor = 'bot' | 'recruiter' | 'platform';

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
    return this.deps.db.transaction((tx) => this.insert(org, input, tx));
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
      },
      db,
    );
    await this.deps.invitations.addEvent(invitation.id, 'created', now, {}, db);
    return { invitation, job, token };
  }

  async applyEvent(org: Org, id: string, event: EventInput, actor?: EventActor): Promise<Invitation> {
    return this.deps.db.transaction((tx) => this.applyEventIn(tx, org, id, event, actor));
  }

  /** Inside the caller's transaction, so a ticket action and its effects commit together. */
  async applyEventIn(tx: Queryable, org: Org, id: string, event: EventInput, actor?: EventActor): Promise<Invitation> {
    const before = await this.deps.invitations.get(org.id, id, tx, true);
    if (!before) throw new NotFoundError('Invitation');
    const now = this.deps.now();
    const changes = planEvent(before, event, org.policy, now);
    const after = await this.deps.invitations.update(id, changes, tx);
    const data = eventData(event, before);
    await this.deps.invitations.addEvent(id, event.type, event.at ?? now, actor ? { ...data, by: actor } : data, tx);
    return after;
  }

  /** A new invitation for the same candidate, job, kind and target; the old one is superseded. */
  async reissue(org: Org, id: string) {
    return this.deps.db.transaction((tx) => this.reissueIn(tx, org, id));
  }

  async reissueIn(tx: Queryable, org: Org, id: string) {
    const old = await this.deps.invitations.get(org.id, id, tx, true);
    if (!old) throw new NotFoundError('Invitation');
    if (old.supersededBy) {
      throw new ConflictError(`Already superseded by invitation ${old.supersededBy}; reissue that one`, 'invitation_superseded');
    }
    const job = await this.deps.jobs.get(org.id, old.jobId, tx);
    if (!job || job.status !== 'open') {
      throw new ConflictError(`The job is ${job?.status ?? 'gone'}; new invitations need an open job`, 'job_not_open');
    }
    const created = await this.insert(
      org,
      { jobId: job.id, candidate: { name: old.candidateName, email: old.candidateEmail }, kind: old.kind, targetUrl: old.targetUrl, accessLimit: old.accessLimit },
      tx,
    );
    const now = this.deps.now();
    await this.deps.invitations.update(
      old.id,
      { revokedAt: old.revokedAt ?? now, revokedReason: 'superseded', supersededBy: created.invitation.id },
      tx,
    );
    await this.deps.invitations.addEvent(old.id, 'superseded', now, { supersededBy: created.invitation.id }, tx);
    await this.deps.invitations.addEvent(created.invitation.id, 'reissued', now, { reissuedFrom: old.id }, tx);
    return created;
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
