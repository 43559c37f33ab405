import type { Queryable } from '../db/database';
import type { DiagnosisInput, JobState } from '../diagnosis/diagnosis-types';
import type { Job, JobStore } from '../jobs/job-store';
import type { Org, OrgStore } from '../orgs/org-store';
import type { Invitation } from './invitation';
import type { InvitationStore } from './invitation-store';

/** Everything the diagnosis needs about one link. */
export interface LinkContext {
  invitation: Invitation;
  job: Job;
  org: Org;
  /** Newer invitations that replaced this one, oldest first. */
  chain: Invitation[];
}

export const toJobState = (job: Job): JobState => ({
  id: job.id,
  title: job.title,
  status: job.status,
  recruiterName: job.recruiter.name,
  recruiterEmail: job.recruiter.email,
});

export function toDiagnosisInput(ctx: LinkContext | undefined, now: Date, message?: string): DiagnosisInput {
  if (!ctx) return { invitation: null, job: null, policy: 'strict', now, message };
  return {
    invitation: ctx.invitation,
    job: toJobState(ctx.job),
    orgName: ctx.org.name,
    policy: ctx.org.policy,
    now,
    supersedeChain: ctx.chain,
    message,
  };
}

export class LinkLookup {
  constructor(
    private readonly orgs: OrgStore,
    private readonly jobs: JobStore,
    private readonly invitations: InvitationStore,
  ) {}

  /** `forUpdate` locks the invitation row; pass the transaction's `db` then. */
  async byToken(token: string, db?: Queryable, forUpdate = false): Promise<LinkContext | undefined> {
    const invitation = await this.invitations.findByToken(token, db, forUpdate);
    return invitation && this.around(invitation, db);
  }

  /** For links the service already holds by id (a conversation's, a ticket's); not org-scoped. */
  async byInvitationId(id: string, db?: Queryable): Promise<LinkContext | undefined> {
    const invitation = await this.invitations.findById(id, db);
    return invitation && this.around(invitation, db);
  }

  private async around(invitation: Invitation, db?: Queryable): Promise<LinkContext | undefined> {
    const [org, job] = await Promise.all([
      this.orgs.get(invitation.orgId, db),
      this.jobs.get(invitation.orgId, invitation.jobId, db),
    ]);
    if (!org || !job) return undefined;
    const chain = invitation.supersededBy ? await this.invitations.supersedeChain(invitation, db) : [];
    return { invitation, job, org, chain };
  }
}
