import type { Queryable } from '../db/database';
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

  async create(orgId: string, input: NewJob, db: Queryable = this.db): Promise<Job> {
    const [row] = await db.query<JobRow>(
      `INSERT INTO jobs (id, org_id, title, status, recruiter_name, recruiter_email, external_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [newId(), orgId, input.title, input.status ?? 'open', input.recruiter.name, input.recruiter.email, input.externalId ?? null],
    );
    return toJob(row);
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
    const [row] = await this.db.query<JobRow>(
      `UPDATE jobs SET status = $3, updated_at = now() WHERE id = $1 AND org_id = $2 RETURNING *`,
      [id, orgId, status],
    );
    return row && toJob(row);
  }
}
