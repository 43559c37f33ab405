import express, { type Express, type RequestHandler } from 'express';
import type { Logger } from 'pino';
import { useRequestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { createAuthRouter } from './auth/auth-routes';
import { createLoginPageRouter } from './auth/login-page-routes';
import { createWebhookRouter } from './delivery/webhook-routes';
import { createEscalationRouter } from './escalation/escalation-routes';
import { authenticate } from './auth/actor';
import { createTicketRouter } from './escalation/ticket-routes';
import { publicCors } from './http/public-cors';
import { createInboxRouter } from './inbox/inbox-routes';
import { createInboxStreamRouter } from './inbox/inbox-stream';
import { diagnoseHandler } from './diagnosis/diagnosis-routes';
import { requireApiKey } from './http/api-key-auth';
import { idempotent } from './http/idempotency';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { activeLimits, limitPerClient } from './http/rate-limits';
import { createLimits, type Limits } from './http/limits';
import { rejectUndecodableInput } from './http/input-guard';
import { createJobRouter } from './jobs/job-routes';
import { createOrgRouter } from './orgs/org-routes';
import { createKbRouter } from './knowledge/kb-routes';
import { createGatewayRouter } from './links/gateway-routes';
import { createInvitationRouter } from './links/invitation-routes';
import type { Services } from './services';
import { createHealthRouter } from './http/health-routes';
import { createOpenApiRouter } from './openapi/openapi-routes';
import { createWidgetRouter } from './http/widget-routes';
import type { WidgetAssets } from './http/widget-assets';
import { compressResponses } from './http/compress-responses';
import { createDemoRouter } from './demo/demo-routes';
import { createConsoleRouter } from './transcripts/console/console-routes';
import { createInsightsRouter } from './transcripts/insights/insights-routes';
import { createTranscriptRouter } from './transcripts/transcript-routes';

export interface AppOptions {
  logger: Logger;
  rateLimit: boolean;
  trustProxy?: boolean | number | string;
  /** The built widget served at /widget.js and /widget/*; absent in API-only tests. */
  widget?: WidgetAssets;
  /** Webhook URLs on loopback or private networks (WEBHOOK_PRIVATE_ADDRESSES=allow); refused by default. */
  allowPrivateWebhooks?: boolean;
  /** Request metrics, /metrics and draining (server/ops/operations.ts); mounted first. */
  operations?: RequestHandler;
  /** Rate-limit counters, shared with the chat server; built from `rateLimit` when absent. */
  limits?: Limits;
}

export function createApp(services: Services, options: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-For is believed only when TRUST_PROXY says which proxies to trust.
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  if (options.operations) app.use(options.operations);

  useRequestLog(app, options.logger);
  app.use(compressResponses());
  app.use(securityHeaders(services.publicUrl));
  // Hashing every body for an ETag cost JSON answers (never revalidated) a share of
  // their CPU; the one response browsers do revalidate, /widget.js, sets its own.
  app.set('etag', false);
  app.use(express.json({ limit: '64kb' }));
  app.use(rejectUndecodableInput);

  const limits = options.limits ?? createLimits({ enabled: options.rateLimit, db: services.db });
  const publicLimit = limitPerClient(limits, 'publicEndpoint');

  // The busiest route first: every router a request walks past costs it CPU.
  app.post('/api/v1/diagnose', ...activeLimits(publicLimit), diagnoseHandler(services.diagnosis, limits));
  app.use(createHealthRouter(services.db));
  app.use(createOpenApiRouter());
  if (options.widget) app.use(createWidgetRouter(options.widget));
  app.use(
    createGatewayRouter({
      open: services.openLink,
      diagnosis: services.diagnosis,
      publicUrl: services.publicUrl,
      limits,
      widgetModules: options.widget?.firstModules,
    }),
  );
  app.use('/api/v1/kb', publicLimit);
  app.use('/api/v1', createKbRouter(services.knowledge));
  app.use('/api/v1', createAuthRouter(services, { limits }));
  app.use(createLoginPageRouter());
  app.use(createInboxRouter(services));
  app.use('/api/v1', createInboxStreamRouter(services));
  // The widget files escalations from host pages on any origin.
  app.use('/api/v1/escalations', publicCors());
  app.use('/api/v1', createEscalationRouter(services.escalation, activeLimits(publicLimit, limitPerClient(limits, 'escalation'))));

  // Tickets answer to a session (recruiter, agent, admin) or an org API key.
  app.use('/api/v1/tickets', authenticate(services));
  app.use('/api/v1', createTicketRouter({ ...services, actions: services.ticketActions, conversations: services.conversationPort }));

  const platform = express.Router();
  // Auth guards only the platform's paths, so an unknown path is a 404, not a 401.
  platform.use(['/jobs', '/invitations', '/webhooks', '/org'], requireApiKey(services.orgs));
  const idempotency = idempotent(services.idempotencyKeys);
  platform.use(createJobRouter(services.jobs, { idempotency }));
  platform.use(createOrgRouter(services.orgs));
  platform.use(
    createInvitationRouter(services.invitationService, services.invitations, {
      sync: services.invitationSync,
      idempotency,
      allowPrivateAddresses: options.allowPrivateWebhooks,
    }),
  );
  platform.use(createWebhookRouter(services.webhooks, { allowPrivateAddresses: options.allowPrivateWebhooks, db: services.db, outbox: services.outbox }));
  app.use('/api/v1', platform);
  app.use(createDemoRouter(services));
  app.use('/api/v1', createTranscriptRouter(services), createInsightsRouter(services));
  app.use(createConsoleRouter(services));

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
