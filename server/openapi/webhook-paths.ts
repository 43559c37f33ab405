import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { EVENT_CATALOGUE, eventEnvelopeSchema, type EventTopic } from '../delivery/event-catalogue';

// The OpenAPI `webhooks` section: one entry per event of the catalogue, the POST we
// send to a registered URL, with its Standard Webhooks headers.

const signedHeaders = z.object({
  'webhook-id': z.string().meta({ description: 'The event id; the same on every retry and redelivery. Deduplicate by it.' }),
  'webhook-timestamp': z.string().meta({ description: 'Unix seconds of this attempt; refuse ones more than 5 minutes off.' }),
  'webhook-signature': z.string().meta({ description: '`v1,<base64 HMAC-SHA256>` per Standard Webhooks; verify with the `standardwebhooks` library.' }),
});

export const webhookPaths: ZodOpenApiPathsObject = Object.fromEntries(
  (Object.keys(EVENT_CATALOGUE) as EventTopic[]).map((topic) => {
    const event = EVENT_CATALOGUE[topic];
    return [
      topic,
      {
        post: {
          tags: ['Webhook events'],
          summary: event.summary,
          operationId: `event_${topic.replace('.', '_')}`,
          requestParams: { header: signedHeaders },
          requestBody: { required: true, content: { 'application/json': { schema: eventEnvelopeSchema(topic, event.data) } } },
          responses: { 200: { description: 'Any 2xx: received. Anything else (or no answer within 10 s) is retried with backoff for about six hours.' } },
        },
      },
    ];
  }),
);
