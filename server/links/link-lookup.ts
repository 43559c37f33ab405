import type { Queryable } from '../db/database';
import type { DiagnosisInput, JobState } from '../diagnosis/diagnosis-types';
import type { Job, JobStore } from '../jobs/job-store';
import type { Org, OrgStore } from '../orgs/org-store';
import type { Invitation } from './invitation';
import type { InvitationStore } from './invitation-store';
import { queryLinkContext } from './link-context-query';
import { hashSecret } from '../security/secrets';
import type { LinkContextCache } from './link-context-cache';

/** Everything the diagnosis needs about one link. */
export interface LinkContext {
  invitation: Invitation;
  job: Job;
  org: Org;
  /** Newer invitations that replaced this one, oldest first. */
  chain: Invitation[];
}

const jobStates = new WeakMap<Job, JobState>();

// A cached link's job is one frozen object asked about on every turn: convert it once.
// Only frozen jobs are remembered, since nothing can change them afterwards.
export const toJobState = (job: Job): JobState => {
  const known = jobStates.get(job);
  if (known) return known;
  const state: JobState = {
    id: job.id,
    title: job.title,
    status: job.status,
    recruiterName: job.recruiter.name,
    recruiterEmail: job.recruiter.email,
  };
  if (Object.isFrozen(job)) jobStates.set(job, Object.freeze(state));
  return state;
};

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
    /** With it, plain reads take one joined query instead of three (see link-context-query.ts). */
    private readonly store?: Queryable,
    /**
     * Serves plain reads made outside a transaction (see link-context-cache.ts for
     * how it stays fresh). Reads inside one always go to the store. Its contexts are
     * frozen: copy before changing one.
     */
    private readonly cache?: LinkContextCache,
  ) {}

  /** `forUpdate` locks the invitation row; pass the transaction's `db` then. */
  async byToken(token: string, db?: Queryable, forUpdate = false): Promise<LinkContext | undefined> {
    const handle = db ?? this.store;
    if (handle && !forUpdate) {
      const tokenHash = hashSecret(token);
      const load = async () => this.withChain(await queryLinkContext(handle, { tokenHash }), handle);
      return this.cache && !db ? this.cache.read(`token:${tokenHash}`, load) : load();
    }
    const invitation = await this.invitations.findByToken(token, db, forUpdate);
    return invitation && this.around(invitation, db);
  }

  /** A link the service holds with its org (a conversation's): one query when possible. */
  async byOrgInvitation(orgId: string, invitationId: string, db?: Queryable): Promise<LinkContext | undefined> {
    const handle = db ?? this.store;
    if (handle) {
      const load = async () => this.withChain(await queryLinkContext(handle, { orgId, invitationId }), handle);
      return this.cache && !db ? this.cache.read(`invitation:${orgId}:${invitationId}`, load) : load();
    }
    const invitation = await this.invitations.get(orgId, invitationId, db);
    return invitation && this.around(invitation, db);
  }

  private async withChain(context: LinkContext | undefined, db: Queryable): Promise<LinkContext | undefined> {
    if (context?.invitation.supersededBy) context.chain = await this.invitations.supersedeChain(context.invitation, db);
    return context;
  }

  /** For links the service already holds by id (a conversation's, a ticket's); not org-scoped. */
  async byInvitationId(id: string, db?: Queryable): Promise<LinkContext | undefined> {
    const invitation = await this.invitations.findById(id, db);
    return invitation && this.around(invitation, db);
  }

  private async around(invitation: Invitation, db?: Queryable): Promise<LinkContext | undefined> {
    const [org, job] = await Promise.all([this.orgs.get(invitation.orgId, db), this.jobs.get(invitation.orgId, invitation.jobId, db)]);
    if (!org || !job) return undefined;
    const chain = invitation.supersededBy ? await this.invitations.supersedeChain(invitation, db) : [];
    return { invitation, job, org, chain };
  }
}
