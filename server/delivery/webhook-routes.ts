import { Router } from 'express';
import { z } from 'zod';
import type { Queryable } from '../db/database';
import { currentOrg } from '../http/api-key-auth';
import { page, pageQuerySchema } from '../http/cursor';
import { ConflictError, NotFoundError } from '../http/errors';
import { validate } from '../http/validate';
import { enqueue } from './outbox-store';
import { pointsInside } from './public-address';
import { listAttempts, redeliver } from './webhook-attempt-store';
import type { Webhook, WebhookStore } from './webhook-store';

// Each webhook multiplies every event of its org into a delivery: a small cap keeps
// one org from turning the outbox into a request amplifier.
export const MAX_WEBHOOKS_PER_ORG = 10;

const topicSchema = z.string().regex(/^(\*|[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+)$/, 'a topic such as ticket.created, or *');

const webhookUrl = z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).max(2000);

export const createWebhookSchema = (allowPrivateAddresses: boolean) =>
  z.object({
    url: allowPrivateAddresses ? webhookUrl : webhookUrl.refine((url) => !pointsInside(url), 'must be a public internet address'),
    topics: z.array(topicSchema).min(1).max(50).optional(),
  });

const toWebhookView = (w: Webhook) => ({
  id: w.id,
  url: w.url,
  topics: w.topics,
  active: w.active,
  secretFormat: w.secretFormat,
  createdAt: w.createdAt,
});

export const deliveriesQuerySchema = pageQuerySchema;

export interface WebhookRouterOptions {
  allowPrivateAddresses?: boolean;
  /** Test pings and redeliveries are written here and sent by the outbox worker. */
  db?: Queryable;
  /** Wakes this node's outbox worker so a ping goes out at once. */
  outbox?: { wake(): void };
}

/**
 * Platform API for an org's webhooks; mounted behind API-key auth. Unless
 * `allowPrivateAddresses`, URLs must point at the public internet (the sender checks
 * the address it connects to as well).
 */
export function createWebhookRouter(webhooks: WebhookStore, options: WebhookRouterOptions = {}): Router {
  const router = Router();
  const schema = createWebhookSchema(options.allowPrivateAddresses === true);
  const load = async (orgId: string, id: string): Promise<Webhook> => {
    const webhook = await webhooks.get(orgId, id);
    if (!webhook) throw new NotFoundError('Webhook');
    return webhook;
  };
  const db = () => {
    if (!options.db) throw new Error('createWebhookRouter: db is required for deliveries');
    return options.db;
  };

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

  router.get('/webhooks/:id/deliveries', async (req, res) => {
    const webhook = await load(currentOrg(res).id, req.params.id);
    const query = validate(deliveriesQuerySchema, req.query, 'query');
    const rows = await listAttempts(db(), webhook.id, { limit: query.limit + 1, before: query.cursor });
    const { items, nextCursor } = page(rows, query.limit, (a) => ({ at: a.at, id: a.id }));
    res.json({ deliveries: items, nextCursor });
  });

  // A ping goes to this webhook only, whatever its topics, so an integrator can
  // check the endpoint and its signature verification before any real event.
  router.post('/webhooks/:id/test', async (req, res) => {
    const org = currentOrg(res);
    const webhook = await load(org.id, req.params.id);
    const eventId = await enqueue(db(), {
      channel: 'webhook',
      orgId: org.id,
      topic: 'ping',
      webhookId: webhook.id,
      payload: { webhookId: webhook.id, url: webhook.url },
    });
    options.outbox?.wake();
    res.status(202).json({ eventId });
  });

  router.post('/webhooks/:id/deliveries/:eventId/redeliver', async (req, res) => {
    const webhook = await load(currentOrg(res).id, req.params.id);
    const outcome = await redeliver(db(), webhook.id, req.params.eventId);
    if (outcome === 'not_found') throw new NotFoundError('Delivery');
    if (outcome === 'in_progress') throw new ConflictError('This event is still being delivered', 'delivery_in_progress');
    options.outbox?.wake();
    res.status(202).json({ eventId: req.params.eventId });
  });

  return router;
}
