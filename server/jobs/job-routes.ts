import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import { currentOrg } from '../http/api-key-auth';
import { page, pageQuerySchema } from '../http/cursor';
import { NotFoundError } from '../http/errors';
import { emailSchema, externalIdSchema, nameSchema } from '../http/schemas';
import { validate } from '../http/validate';
import type { Job, JobStore } from './job-store';

export const jobStatusSchema = z.enum(['open', 'paused', 'closed']);

const jobFields = {
  title: z.string().trim().min(1).max(300),
  status: jobStatusSchema.optional(),
  recruiter: z.object({ name: nameSchema, email: emailSchema }),
};

export const createJobSchema = z.object({ ...jobFields, externalId: externalIdSchema.optional() }).meta({ id: 'CreateJob' });
/** PUT by-external-id: the id is in the path; a missing status keeps the job's. */
export const upsertJobSchema = z.object(jobFields).meta({ id: 'UpsertJob' });
export const updateJobSchema = z.object({ status: jobStatusSchema }).meta({ id: 'UpdateJob' });
export const listJobsQuerySchema = pageQuerySchema;

export const toJobView = (job: Job) => ({
  id: job.id,
  title: job.title,
  status: job.status,
  recruiter: job.recruiter,
  externalId: job.externalId,
  createdAt: job.createdAt,
  updatedAt: job.updatedAt,
});

/** Platform API for jobs; mounted behind API-key auth. */
export function createJobRouter(jobs: JobStore, options: { idempotency?: RequestHandler } = {}): Router {
  const router = Router();
  const idempotency: RequestHandler[] = options.idempotency ? [options.idempotency] : [];

  router.post('/jobs', ...idempotency, async (req, res) => {
    const input = validate(createJobSchema, req.body);
    res.status(201).json(toJobView(await jobs.create(currentOrg(res).id, input)));
  });

  router.get('/jobs', async (req, res) => {
    const query = validate(listJobsQuerySchema, req.query, 'query');
    const rows = await jobs.listPage(currentOrg(res).id, { limit: query.limit + 1, after: query.cursor });
    const { items, nextCursor } = page(rows, query.limit, (j) => ({ at: j.createdAt, id: j.id }));
    res.json({ jobs: items.map(toJobView), nextCursor });
  });

  router.put('/jobs/by-external-id/:externalId', async (req, res) => {
    const { externalId } = validate(z.object({ externalId: externalIdSchema }), req.params, 'path');
    const input = validate(upsertJobSchema, req.body);
    const { job, created } = await jobs.upsertByExternalId(currentOrg(res).id, externalId, input);
    res.status(created ? 201 : 200).json(toJobView(job));
  });

  router.get('/jobs/:id', async (req, res) => {
    const job = await jobs.get(currentOrg(res).id, req.params.id);
    if (!job) throw new NotFoundError('Job');
    res.json(toJobView(job));
  });

  router.patch('/jobs/:id', async (req, res) => {
    const { status } = validate(updateJobSchema, req.body);
    const job = await jobs.setStatus(currentOrg(res).id, req.params.id, status);
    if (!job) throw new NotFoundError('Job');
    res.json(toJobView(job));
  });

  return router;
}
