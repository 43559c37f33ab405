import { Router } from 'express';
import { z } from 'zod';
import { currentOrg } from '../http/api-key-auth';
import { ConflictError, NotFoundError } from '../http/errors';
import { validate } from '../http/validate';
import { pointsInside } from './public-address';
import type { Webhook, WebhookStore } from './webhook-store';

// Each webhook multiplies every event of its org into a delivery: a small cap keeps
// one org from turning the outbox into a request amplifier.
export const MAX_WEBHOOKS_PER_ORG = 10;

const topicSchema = z.string().regex(/^(\*|[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+)$/, 'a topic such as ticket.created, or *');

const webhookUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2000);

const createWebhookSchema = (allowPrivateAddresses: boolean) =>
  z.object({
    url: allowPrivateAddresses ? webhookUrl : webhookUrl.refine((url) => !pointsInside(url), 'must be a public internet address'),
    topics: z.array(topicSchema).min(1).max(50).optional(),
  });

const toWebhookView = (w: Webhook) => ({ id: w.id, url: w.url, topics: w.topics, active: w.active, createdAt: w.createdAt });

/**
 * Platform API for an org's webhooks; mounted behind API-key auth. Unless
 * `allowPrivateAddresses`, URLs must point at the public internet (the sender checks
 * the address it connects to as well).
 */
export function createWebhookRouter(webhooks: WebhookStore, options: { allowPrivateAddresses?: boolean } = {}): Router {
  const router = Router();
  const schema = createWebhookSchema(options.allowPrivateAddresses === true);

  router.post('/webhooks', async (req, res) => {
    const org = currentOrg(res);
    const input = validate(schema, req.body);
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
