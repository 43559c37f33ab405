import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { createWebhookSchema, deliveriesQuerySchema } from '../delivery/webhook-routes';
import { updateOrgSchema } from '../orgs/org-routes';
import { createJobSchema, listJobsQuerySchema, updateJobSchema, upsertJobSchema } from '../jobs/job-routes';
import { eventInputSchema } from '../links/invitation-events';
import { createInvitationSchema, listInvitationsQuerySchema, upsertInvitationSchema } from '../links/invitation-routes';
import { apiKeyAuth, body, errors, idempotencyHeader, idPath, json } from './openapi-common';
import {
  createdInvitationSchema,
  createdWebhookSchema,
  deliveryListSchema,
  invitationDetailSchema,
  invitationListSchema,
  invitationSchema,
  jobListSchema,
  jobSchema,
  queuedEventSchema,
  webhookSchema,
} from './platform-schemas';

const externalIdPath = z.object({ externalId: z.string().min(1).max(200) });
const platform = (tag: string) => ({ tags: [tag], security: apiKeyAuth });

const selfServiceSchema = z.object({ extendHours: z.number().int().min(1).max(168), maxExtensions: z.number().int().min(0).max(5) });
const orgSchema = z
  .object({ id: z.string(), name: z.string(), policy: z.enum(['strict', 'flexible']), selfService: selfServiceSchema })
  .meta({ id: 'Org', description: 'The org of the API key, and what the bot may fix by itself in the chat.' });

export const platformPaths: ZodOpenApiPathsObject = {
  '/api/v1/org': {
    get: { ...platform('Org'), summary: "The API key's org and its settings", responses: { 200: json(orgSchema, 'The org'), ...errors(401) } },
    patch: {
      ...platform('Org'),
      summary: 'Change what the bot may fix by itself (self-service extensions)',
      requestBody: body(updateOrgSchema),
      responses: { 200: json(orgSchema, 'The org'), ...errors(400, 401, 409) },
    },
  },
  '/api/v1/jobs': {
    post: {
      ...platform('Jobs'),
      summary: 'Create a job',
      requestParams: { header: idempotencyHeader },
      requestBody: body(createJobSchema),
      responses: { 201: json(jobSchema, 'The job'), ...errors(400, 401, 409) },
    },
    get: {
      ...platform('Jobs'),
      summary: 'List jobs, newest first',
      requestParams: { query: listJobsQuerySchema },
      responses: { 200: json(jobListSchema, 'A page of jobs'), ...errors(400, 401) },
    },
  },
  '/api/v1/jobs/{id}': {
    get: { ...platform('Jobs'), summary: 'Get a job', requestParams: { path: idPath() }, responses: { 200: json(jobSchema, 'The job'), ...errors(401, 404) } },
    patch: {
      ...platform('Jobs'),
      summary: 'Change a job’s status (paused or closed disables its links)',
      requestParams: { path: idPath() },
      requestBody: body(updateJobSchema),
      responses: { 200: json(jobSchema, 'The job'), ...errors(400, 401, 404) },
    },
  },
  '/api/v1/jobs/by-external-id/{externalId}': {
    put: {
      ...platform('Jobs'),
      summary: 'Create or update the job known by your id',
      requestParams: { path: externalIdPath },
      requestBody: body(upsertJobSchema),
      responses: { 200: json(jobSchema, 'Updated'), 201: json(jobSchema, 'Created'), ...errors(400, 401) },
    },
  },
  '/api/v1/invitations': {
    post: {
      ...platform('Invitations'),
      summary: 'Create an invitation (a candidate’s link)',
      requestParams: { header: idempotencyHeader },
      requestBody: body(createInvitationSchema),
      responses: { 201: json(createdInvitationSchema, 'The invitation and its token'), ...errors(400, 401, 404, 409) },
    },
    get: {
      ...platform('Invitations'),
      summary: 'List invitations, oldest change first (sync with updatedSince)',
      description: 'With `status`, a page may hold fewer items than `limit` while `nextCursor` is not null: keep following it.',
      requestParams: { query: listInvitationsQuerySchema },
      responses: { 200: json(invitationListSchema, 'A page of invitations'), ...errors(400, 401) },
    },
  },
  '/api/v1/invitations/by-external-id/{externalId}': {
    put: {
      ...platform('Invitations'),
      summary: 'Create or update the invitation known by your id',
      description: 'Updates candidate, target URL and access limit; the deadline and state change only through events. Another job: 409.',
      requestParams: { path: externalIdPath },
      requestBody: body(upsertInvitationSchema),
      responses: { 200: json(invitationSchema, 'Updated'), 201: json(createdInvitationSchema, 'Created'), ...errors(400, 401, 404, 409) },
    },
  },
  '/api/v1/invitations/{id}': {
    get: {
      ...platform('Invitations'),
      summary: 'Get an invitation with its timeline and state',
      requestParams: { path: idPath() },
      responses: { 200: json(invitationDetailSchema, 'The invitation'), ...errors(401, 404) },
    },
  },
  '/api/v1/invitations/{id}/events': {
    post: {
      ...platform('Invitations'),
      summary: 'Record what happened to a link (sent, started, completed, revoked, extended, reset…)',
      requestParams: { path: idPath() },
      requestBody: body(eventInputSchema),
      responses: { 200: json(invitationSchema, 'The invitation after the event'), ...errors(400, 401, 404, 409) },
    },
  },
  '/api/v1/invitations/{id}/reissue': {
    post: {
      ...platform('Invitations'),
      summary: 'Replace a link with a new one (the old is superseded)',
      requestParams: { path: idPath() },
      responses: { 201: json(createdInvitationSchema, 'The new invitation'), ...errors(401, 404, 409) },
    },
  },
  '/api/v1/webhooks': {
    post: {
      ...platform('Webhooks'),
      summary: 'Register a webhook (Standard Webhooks signing)',
      requestBody: body(createWebhookSchema(false)),
      responses: { 201: json(createdWebhookSchema, 'The webhook and its secret (shown once)'), ...errors(400, 401, 409) },
    },
    get: {
      ...platform('Webhooks'),
      summary: 'List webhooks',
      responses: { 200: json(z.object({ webhooks: z.array(webhookSchema) }), 'The org’s webhooks'), ...errors(401) },
    },
  },
  '/api/v1/webhooks/{id}': {
    delete: {
      ...platform('Webhooks'),
      summary: 'Delete a webhook',
      requestParams: { path: idPath() },
      responses: { 204: { description: 'Deleted' }, ...errors(401, 404) },
    },
  },
  '/api/v1/webhooks/{id}/deliveries': {
    get: {
      ...platform('Webhooks'),
      summary: 'Every delivery attempt, newest first',
      requestParams: { path: idPath(), query: deliveriesQuerySchema },
      responses: { 200: json(deliveryListSchema, 'A page of attempts'), ...errors(400, 401, 404) },
    },
  },
  '/api/v1/webhooks/{id}/test': {
    post: {
      ...platform('Webhooks'),
      summary: 'Send a `ping` event to this webhook',
      requestParams: { path: idPath() },
      responses: { 202: json(queuedEventSchema, 'Queued'), ...errors(401, 404) },
    },
  },
  '/api/v1/webhooks/{id}/deliveries/{eventId}/redeliver': {
    post: {
      ...platform('Webhooks'),
      summary: 'Send an event again (same webhook-id)',
      requestParams: { path: idPath().extend(idPath('eventId').shape) },
      responses: { 202: json(queuedEventSchema, 'Queued'), ...errors(401, 404, 409) },
    },
  },
};
