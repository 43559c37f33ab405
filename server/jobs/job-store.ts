import type { Queryable } from '../db/database';
import { isUniqueViolation } from '../db/store-errors';
import type { CursorKey } from '../http/cursor';
import { ConflictError } from '../http/errors';
import type { JobStatus } from '../diagnosis/diagnosis-types';
import { newId } from '../security/secrets';

export interface Job {
  id: string;
  orgId: string;
  title: string;
  status: JobStatus;
  recruiter: { name: string; email: string };
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewJob {
  title: string;
  status?: JobStatus;
  recruiter: { name: string; email: string };
  externalId?: string;
}

export interface JobRow {
  id: string;
  org_id: string;
  title: string;
  status: JobStatus;
  recruiter_name: string;
  recruiter_email: string;
  external_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export const toJob = (r: JobRow): Job => ({
  id: r.id,
  orgId: r.org_id,
  title: r.title,
  status: r.status,
  recruiter: { name: r.recruiter_name, email: r.recruiter_email },
  externalId: r.external_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class JobStore {
  constructor(private readonly db: Queryable) {}

  /** A job whose `externalId` the org already used: 409 (PUT by-external-id upserts instead). */
  async create(orgId: string, input: NewJob, db: Queryable = this.db): Promise<Job> {
    try {
      const [row] = await db.query<JobRow>(
        `INSERT INTO jobs (id, org_id, title, status, recruiter_name, recruiter_email, external_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [newId(), orgId, input.title, input.status ?? 'open', input.recruiter.name, input.recruiter.email, input.externalId ?? null],
      );
      return toJob(row);
    } catch (error) {
      if (isUniqueViolation(error, 'jobs_org_external_key')) {
        throw new ConflictError(`A job with externalId ${input.externalId} exists; PUT /api/v1/jobs/by-external-id/… updates it`, 'external_id_taken');
      }
      throw error;
    }
  }

  /** Creates or updates the org's job known by `externalId`, in one statement (safe under concurrent retries). */
  async upsertByExternalId(orgId: string, externalId: string, input: Omit<NewJob, 'externalId'>): Promise<{ job: Job; created: boolean }> {
    const [row] = await this.db.query<JobRow & { created: boolean }>(
      `INSERT INTO jobs (id, org_id, title, status, recruiter_name, recruiter_email, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (org_id, external_id) WHERE external_id IS NOT NULL DO UPDATE
       SET title = EXCLUDED.title, status = COALESCE($8, jobs.status), recruiter_name = EXCLUDED.recruiter_name,
           recruiter_email = EXCLUDED.recruiter_email, updated_at = now()
       RETURNING *, (xmax = 0) AS created`,
      [newId(), orgId, input.title, input.status ?? 'open', input.recruiter.name, input.recruiter.email, externalId, input.status ?? null],
    );
    return { job: toJob(row), created: row.created };
  }

  async findByExternalId(orgId: string, externalId: string): Promise<Job | undefined> {
    const [row] = await this.db.query<JobRow>('SELECT * FROM jobs WHERE org_id = $1 AND external_id = $2', [orgId, externalId]);
    return row && toJob(row);
  }

  /** Newest first; `after` is the last job of the previous page (milliseconds, as cursors carry). Asks for `limit` rows. */
  async listPage(orgId: string, page: { limit: number; after?: CursorKey }): Promise<Job[]> {
    const rows = await this.db.query<JobRow>(
      `SELECT * FROM jobs WHERE org_id = $1
         AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', created_at), id) < ($2::timestamptz, $3::text))
       ORDER BY date_trunc('milliseconds', created_at) DESC, id DESC LIMIT $4`,
      [orgId, page.after?.at ?? null, page.after?.id ?? '', page.limit],
    );
    return rows.map(toJob);
  }

  async getMany(orgId: string, ids: string[], db: Queryable = this.db): Promise<Job[]> {
    if (ids.length === 0) return [];
    const rows = await db.query<JobRow>('SELECT * FROM jobs WHERE org_id = $1 AND id = ANY($2::text[])', [orgId, ids]);
    return rows.map(toJob);
  }

  /** Scoped to the org: another org's job is indistinguishable from a missing one. */
  async get(orgId: string, id: string, db: Queryable = this.db): Promise<Job | undefined> {
    const [row] = await db.query<JobRow>('SELECT * FROM jobs WHERE id = $1 AND org_id = $2', [id, orgId]);
    return row && toJob(row);
  }

  async list(orgId: string): Promise<Job[]> {
    const rows = await this.db.query<JobRow>('SELECT * FROM jobs WHERE org_id = $1 ORDER BY created_at DESC', [orgId]);
    return rows.map(toJob);
  }

  async setStatus(orgId: string, id: string, status: JobStatus): Promise<Job | undefined> {
    const [row] = await this.db.query<JobRow>(`UPDATE jobs SET status = $3, updated_at = now() WHERE id = $1 AND org_id = $2 RETURNING *`, [id, orgId, status]);
    return row && toJob(row);
  }
}
