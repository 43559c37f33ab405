import { Router } from 'express';
import { z } from 'zod';
import { currentOrg } from '../http/api-key-auth';
import { ConflictError, NotFoundError } from '../http/errors';
import { validate } from '../http/validate';
import type { Webhook, WebhookStore } from './webhook-store';

// Each webhook multiplies every event of its org into a delivery: a small cap keeps
// one org from turning the outbox into a request amplifier.
export const MAX_WEBHOOKS_PER_ORG = 10;

const topicSchema = z.string().regex(/^(\*|[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+)$/, 'a topic such as ticket.created, or *');

const createWebhookSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2000),
  topics: z.array(topicSchema).min(1).max(50).optional(),
});

const toWebhookView = (w: Webhook) => ({ id: w.id, url: w.url, topics: w.topics, active: w.active, createdAt: w.createdAt });

/** Platform API for an org's webhooks; mounted behind API-key auth. */
export function createWebhookRouter(webhooks: WebhookStore): Router {
  const router = Router();

  router.post('/webhooks', async (req, res) => {
    const org = currentOrg(res);
    const input = validate(createWebhookSchema, req.body);
    if ((await webhooks.count(org.id)) >= MAX_WEBHOOKS_PER_ORG) {
      throw new ConflictError(`An org may register at most ${MAX_WEBHOOKS_PER_ORG} webhooks`, 'webhook_limit_reached');
    }
    const topics = [...new Set(input.topics ?? ['*'])];
    const { webhook, secret } = await webhooks.create(org.id, { url: input.url, topics });
    res.status(201).json({ ...toWebhookView(webhook), secret });
  });

  router.get('/webhooks', async (_req, res) => {
    res.json({ webhooks: (await webhooks.list(currentOrg(res).id)).map(toWebhookView) });
  });

  router.delete('/webhooks/:id', async (req, res) => {
    if (!(await webhooks.delete(currentOrg(res).id, req.params.id))) throw new NotFoundError('Webhook');
    res.status(204).end();
  });

  return router;
}
