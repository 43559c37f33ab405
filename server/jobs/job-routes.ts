import { Router } from 'express';
import { z } from 'zod';
import { currentOrg } from '../http/api-key-auth';
import { NotFoundError } from '../http/errors';
import { emailSchema, nameSchema } from '../http/schemas';
import { validate } from '../http/validate';
import type { Job, JobStore } from './job-store';

const jobStatusSchema = z.enum(['open', 'paused', 'closed']);

const createJobSchema = z.object({
  title: z.string().trim().min(1).max(300),
  status: jobStatusSchema.optional(),
  recruiter: z.object({ name: nameSchema, email: emailSchema }),
  externalId: z.string().trim().min(1).max(200).optional(),
});

const updateJobSchema = z.object({ status: jobStatusSchema });

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
export function createJobRouter(jobs: JobStore): Router {
  const router = Router();

  router.post('/jobs', async (req, res) => {
    const input = validate(createJobSchema, req.body);
    res.status(201).json(toJobView(await jobs.create(currentOrg(res).id, input)));
  });

  router.get('/jobs', async (_req, res) => {
    res.json({ jobs: (await jobs.list(currentOrg(res).id)).map(toJobView) });
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
