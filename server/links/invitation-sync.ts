import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/store-errors';
import { encodeCursor, type CursorKey } from '../http/cursor';
import { ConflictError } from '../http/errors';
import type { Job, JobStore } from '../jobs/job-store';
import type { Org } from '../orgs/org-store';
import type { Invitation } from './invitation';
import type { CreateInvitationInput, InvitationService } from './invitation-service';
import type { InvitationListFilter, InvitationStore } from './invitation-store';
import { LINK_STATUS } from './link-status';

export interface InvitationListQuery extends InvitationListFilter {
  /** A link status (`active`, `expired`, …), decided by the same rules as the diagnosis. */
  status?: string;
  limit: number;
  cursor?: CursorKey;
}

export type InvitationView = Awaited<ReturnType<InvitationService['view']>>;

/** `token` only when created: an existing link's token is not shown again here. */
export interface UpsertResult {
  created: boolean;
  invitation: Invitation;
  job?: Job;
  token?: string;
}

// A status is decided by the state rules (diagnose()), not stored, so a filtered list
// scans rows in batches; a page may hold fewer items than asked while `nextCursor`
// is not null. The scan per request is bounded.
const STATUS_BATCH = 200;
const MAX_SCAN = 2_000;

/** What platforms need to sync: upserts by their own ids and resumable lists. */
export class InvitationSync {
  constructor(private readonly deps: { db: Database; invitations: InvitationStore; jobs: JobStore; service: InvitationService }) {}

  /**
   * Creates the invitation known by `externalId`, or updates its candidate, target and
   * access limit. Its deadline and state change only through events, where the org's
   * policy applies; another job is a conflict (reissue or create one instead).
   */
  async upsert(org: Org, externalId: string, input: CreateInvitationInput, retried = false): Promise<UpsertResult> {
    const existing = await this.deps.invitations.findByExternalId(org.id, externalId);
    if (!existing) {
      try {
        return { created: true, ...(await this.deps.service.create(org, { ...input, externalId })) };
      } catch (error) {
        // A concurrent retry created it first: update that one.
        if (!retried && (isUniqueViolation(error) || (error as ConflictError).code === 'external_id_taken')) return this.upsert(org, externalId, input, true);
        throw error;
      }
    }
    if (existing.jobId !== input.jobId) {
      throw new ConflictError(`Invitation ${externalId} belongs to job ${existing.jobId}; reissue or create another`, 'job_mismatch');
    }
    const invitation = await this.deps.invitations.update(existing.id, {
      candidateName: input.candidate.name,
      candidateEmail: input.candidate.email,
      targetUrl: input.targetUrl,
      ...(input.accessLimit !== undefined ? { accessLimit: input.accessLimit } : {}),
    });
    return { created: false, invitation, job: undefined, token: undefined };
  }

  async list(org: Org, query: InvitationListQuery): Promise<{ invitations: InvitationView[]; nextCursor: string | null }> {
    const batch = query.status ? STATUS_BATCH : query.limit + 1;
    const jobs = new Map<string, Job>();
    const found: { invitation: Invitation; view: InvitationView }[] = [];
    let after = query.cursor;
    let scanned = 0;
    let exhausted = false;
    while (found.length <= query.limit && scanned < MAX_SCAN && !exhausted) {
      const rows = await this.deps.invitations.listPage(org.id, query, { limit: batch, after });
      exhausted = rows.length < batch;
      await this.loadJobs(org, rows, jobs);
      for (const invitation of rows) {
        scanned += 1;
        after = { at: invitation.updatedAt, id: invitation.id };
        const view = await this.deps.service.view(org, invitation, jobs.get(invitation.jobId));
        if (query.status && view.status !== query.status) continue;
        found.push({ invitation, view });
        if (found.length > query.limit) break;
      }
    }
    const items = found.slice(0, query.limit);
    const last = items.at(-1)?.invitation;
    let nextCursor: string | null = null;
    if (found.length > query.limit && last) nextCursor = encodeCursor({ at: last.updatedAt, id: last.id });
    else if (!exhausted && after) nextCursor = encodeCursor(after); // the scan stopped early
    return { invitations: items.map((i) => i.view), nextCursor };
  }

  private async loadJobs(org: Org, rows: Invitation[], jobs: Map<string, Job>): Promise<void> {
    const missing = [...new Set(rows.map((r) => r.jobId))].filter((id) => !jobs.has(id));
    for (const job of await this.deps.jobs.getMany(org.id, missing)) jobs.set(job.id, job);
  }
}

export const LIST_STATUSES = [...new Set(Object.values(LINK_STATUS))] as [string, ...string[]];
