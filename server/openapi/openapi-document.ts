import { createDocument } from 'zod-openapi';
import { SECURITY_SCHEMES } from './openapi-common';
import { platformPaths } from './platform-paths';
import { publicPaths } from './public-paths';
import { staffPaths } from './staff-paths';
import { webhookPaths } from './webhook-paths';

type OpenApiDocument = ReturnType<typeof createDocument>;

let built: OpenApiDocument | undefined;

/**
 * The OpenAPI 3.1 document, generated from the zod schemas that validate requests
 * (zod-openapi), built once per process on first use.
 */
export function openApiDocument(): OpenApiDocument {
  built ??= createDocument({
    openapi: '3.1.0',
    info: {
      title: 'linkdoctor API',
      version: '1',
      description:
        'Link troubleshooting for hiring platforms. Platforms authenticate with an org API key (`Authorization: Bearer …`); ' +
        'errors are `{ error: { code, message, details? } }`; webhooks are signed per Standard Webhooks.',
    },
    tags: [
      { name: 'Jobs' },
      { name: 'Invitations' },
      { name: 'Webhooks' },
      { name: 'Diagnosis' },
      { name: 'Knowledge base' },
      { name: 'Escalations' },
      { name: 'Tickets' },
      { name: 'Transcripts' },
      { name: 'Insights' },
      { name: 'Auth' },
      { name: 'Links' },
      { name: 'Widget' },
      { name: 'Operations' },
      { name: 'Webhook events' },
    ],
    security: [{ apiKey: [] }],
    paths: { ...platformPaths, ...publicPaths, ...staffPaths },
    webhooks: webhookPaths,
    components: { securitySchemes: SECURITY_SCHEMES },
  });
  return built;
}
