import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { ticketActionSchema } from '../escalation/ticket-actions';
import { ticketListQuerySchema } from '../escalation/ticket-routes';
import { labelSchema } from '../transcripts/insights/insights-routes';
import { rangeOnlySchema, transcriptExportSchema, transcriptListSchema } from '../transcripts/transcript-filters';
import { body, errors, idPath, json, nextCursor, sessionAuth, staffAuth, timestamp } from './openapi-common';

// Routes for people: recruiters' tickets (also an org API key), support agents'
// transcripts and insights (a session with the agent or admin role).

const ticketSummary = z
  .looseObject({ id: z.string(), reference: z.string(), status: z.enum(['open', 'in_progress', 'resolved']), scenario: z.string(), createdAt: timestamp })
  .meta({ id: 'TicketSummary' });
const ticketDetail = ticketSummary.extend({
  timeline: z.array(z.unknown()).optional(),
  diagnosis: z.record(z.string(), z.unknown()).optional(),
  screenshots: z.array(z.unknown()).optional(),
});
const transcriptSummary = z.looseObject({ conversationId: z.string(), scenario: z.string().nullable(), outcome: z.string() }).meta({ id: 'TranscriptSummary' });
const support = (tag: string) => ({ tags: [tag], security: sessionAuth, description: 'Roles `agent` and `admin`.' });

export const staffPaths: ZodOpenApiPathsObject = {
  '/api/v1/tickets': {
    get: {
      tags: ['Tickets'],
      summary: 'Tickets (a recruiter or API key sees its org’s)',
      security: staffAuth,
      requestParams: { query: ticketListQuerySchema },
      responses: { 200: json(z.object({ tickets: z.array(ticketSummary) }), 'Newest first'), ...errors(400, 401, 403) },
    },
  },
  '/api/v1/tickets/{id}': {
    get: {
      tags: ['Tickets'],
      summary: 'A ticket with its timeline, diagnosis snapshot, screenshots and transcript',
      security: staffAuth,
      requestParams: { path: idPath() },
      responses: { 200: json(ticketDetail, 'The ticket'), ...errors(401, 403, 404) },
    },
  },
  '/api/v1/tickets/{id}/screenshots/{n}': {
    get: {
      tags: ['Tickets'],
      summary: 'One screenshot (re-encoded, metadata stripped)',
      security: staffAuth,
      requestParams: { path: idPath().extend({ n: z.coerce.number().int().min(1).max(5) }) },
      responses: { 200: { description: 'The image', content: { 'image/png': {}, 'image/jpeg': {}, 'image/webp': {} } }, ...errors(401, 403, 404) },
    },
  },
  '/api/v1/tickets/{id}/actions': {
    post: {
      tags: ['Tickets'],
      summary: 'Reply, fix (reissue, extend, reset, resend) or resolve',
      security: staffAuth,
      requestParams: { path: idPath() },
      requestBody: body(ticketActionSchema),
      responses: { 200: json(ticketDetail, 'The ticket after the action'), ...errors(400, 401, 403, 404, 409) },
    },
  },
  '/api/v1/transcripts': {
    get: {
      ...support('Transcripts'),
      summary: 'Conversations, filtered',
      requestParams: { query: transcriptListSchema },
      responses: { 200: json(z.object({ transcripts: z.array(transcriptSummary), nextCursor }), 'A page'), ...errors(400, 401, 403) },
    },
  },
  '/api/v1/transcripts/export': {
    get: {
      ...support('Transcripts'),
      summary: 'Export conversations or turns as JSON or CSV',
      requestParams: { query: transcriptExportSchema },
      responses: { 200: { description: 'The export', content: { 'application/json': {}, 'text/csv': {} } }, ...errors(400, 401, 403) },
    },
  },
  '/api/v1/transcripts/{id}': {
    get: {
      ...support('Transcripts'),
      summary: 'A conversation with every turn’s trace',
      requestParams: { path: idPath() },
      responses: { 200: json(transcriptSummary.extend({ turns: z.array(z.unknown()) }), 'The transcript'), ...errors(401, 403, 404) },
    },
  },
  '/api/v1/transcripts/{id}/views': {
    get: {
      ...support('Transcripts'),
      description: 'Role `admin`.',
      summary: 'Who viewed a transcript (audit)',
      requestParams: { path: idPath() },
      responses: { 200: json(z.object({ views: z.array(z.unknown()) }), 'The views'), ...errors(401, 403, 404) },
    },
  },
  '/api/v1/insights': {
    get: {
      ...support('Insights'),
      summary: 'Outcomes, resolution rates, top questions over a range',
      requestParams: { query: rangeOnlySchema },
      responses: { 200: json(z.record(z.string(), z.unknown()), 'The report'), ...errors(400, 401, 403) },
    },
  },
  '/api/v1/insights/labels': {
    post: {
      ...support('Insights'),
      summary: 'Label a candidate question with its right scenario',
      requestBody: body(labelSchema),
      responses: {
        200: json(z.record(z.string(), z.unknown()), 'Relabelled'),
        201: json(z.record(z.string(), z.unknown()), 'Labelled'),
        ...errors(400, 401, 403, 404),
      },
    },
  },
  '/api/v1/insights/chart.svg': {
    get: {
      ...support('Insights'),
      summary: 'The weekly resolution chart, as a server-rendered SVG',
      requestParams: { query: rangeOnlySchema },
      responses: { 200: { description: 'The chart', content: { 'image/svg+xml': { schema: z.string() } } }, ...errors(400, 401, 403) },
    },
  },
  '/api/v1/inbox/stream': {
    get: {
      tags: ['Tickets'],
      security: sessionAuth,
      summary: 'Live inbox: server-sent events of new tickets and candidate messages (recruiter session)',
      responses: { 200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } }, ...errors(401, 403) },
    },
  },
  '/api/v1/insights/labels/export': {
    get: {
      ...support('Insights'),
      summary: 'The labelled questions, as evaluation cases',
      responses: { 200: json(z.array(z.unknown()), 'The cases'), ...errors(401, 403) },
    },
  },
};
