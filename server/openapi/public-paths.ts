import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { loginSchema } from '../auth/auth-routes';
import { diagnoseSchema } from '../diagnosis/diagnosis-routes';
import { escalationSchema } from '../escalation/escalation-routes';
import { articleQuerySchema, searchQuerySchema } from '../knowledge/kb-routes';
import { body, errors, json, sessionAuth } from './openapi-common';

// Routes without an org API key: candidates' (diagnosis, escalation, the link), the
// knowledge base, operations, and staff sign-in.

const articleSchema = z
  .looseObject({
    id: z.string(),
    title: z.string(),
    audience: z.enum(['candidate', 'recruiter']),
    body: z.string(),
    locale: z
      .enum(['en', 'es', 'pt', 'fr', 'hi'])
      .meta({ description: 'The language actually used: the one asked for, or en while its translation is missing or stale.' }),
    notice: z.string().optional().meta({ description: 'In the asked-for language, when the article is shown in English instead.' }),
  })
  .meta({ id: 'Article' });

const diagnosisSchema = z
  .looseObject({
    scenario: z.string().meta({ description: 'A scenario id (shared/scenarios.md); equals article.id.' }),
    link: z.looseObject({ status: z.string(), kind: z.string(), jobTitle: z.string(), expiresAt: z.string() }).nullable(),
    article: articleSchema,
    trace: z.array(z.unknown()),
    suggestions: z.array(z.string()).optional(),
  })
  .meta({ id: 'Diagnosis' });

const escalationForm = z.object({
  ...escalationSchema.shape,
  screenshots: z
    .array(z.string().meta({ format: 'binary' }))
    .max(5)
    .optional()
    .meta({ description: 'PNG, JPEG or WebP, ≤ 5 × 5 MB.' }),
});

const actorSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), role: z.enum(['recruiter', 'agent', 'admin']), orgId: z.string().nullable() }),
});

export const publicPaths: ZodOpenApiPathsObject = {
  '/api/v1/diagnose': {
    post: {
      tags: ['Diagnosis'],
      summary: 'What is wrong with a link, and what to do',
      security: [],
      requestBody: body(diagnoseSchema),
      responses: { 200: json(diagnosisSchema, 'The diagnosis'), ...errors(400, 429) },
    },
  },
  '/api/v1/kb/search': {
    get: {
      tags: ['Knowledge base'],
      summary: 'Search articles',
      security: [],
      requestParams: { query: searchQuerySchema },
      responses: {
        200: json(z.object({ results: z.array(z.object({ id: z.string(), title: z.string(), score: z.number() })) }), 'Best first'),
        ...errors(400, 429),
      },
    },
  },
  '/api/v1/kb/articles/{id}': {
    get: {
      tags: ['Knowledge base'],
      summary: 'An article in its general form',
      security: [],
      requestParams: { path: z.object({ id: z.string().meta({ description: 'A scenario id.' }) }), query: articleQuerySchema },
      responses: { 200: json(articleSchema, 'The article'), ...errors(400, 404, 429) },
    },
  },
  '/api/v1/escalations': {
    post: {
      tags: ['Escalations'],
      summary: 'A candidate asks a person for help (a ticket)',
      security: [],
      requestParams: { header: z.object({ 'Idempotency-Key': z.string().max(200).optional() }) },
      requestBody: { required: true, content: { 'multipart/form-data': { schema: escalationForm }, 'application/json': { schema: escalationSchema } } },
      responses: { 201: json(z.object({ ticketId: z.string(), reference: z.string(), status: z.string() }), 'The ticket'), ...errors(400, 413, 429) },
    },
  },
  '/api/v1/auth/login': {
    post: {
      tags: ['Auth'],
      summary: 'Sign in; sets the session cookie',
      security: [],
      requestBody: body(loginSchema),
      responses: { 200: json(actorSchema, 'Signed in'), ...errors(400, 401, 403, 429) },
    },
  },
  '/api/v1/auth/logout': {
    post: { tags: ['Auth'], summary: 'Sign out', security: sessionAuth, responses: { 204: { description: 'Signed out' }, ...errors(401, 403) } },
  },
  '/api/v1/auth/me': {
    get: { tags: ['Auth'], summary: 'Who is signed in', security: sessionAuth, responses: { 200: json(actorSchema, 'The user'), ...errors(401) } },
  },
  '/api/v1/openapi.json': {
    get: {
      tags: ['Operations'],
      summary: 'This document',
      security: [],
      responses: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
    },
  },
  '/healthz': {
    get: {
      tags: ['Operations'],
      summary: 'Ready: migrations done and the store answers',
      security: [],
      responses: { 200: json(z.object({ status: z.literal('ok') }), 'Ready'), ...errors(503) },
    },
  },
  '/widget.js': {
    get: {
      tags: ['Widget'],
      summary: 'The chat widget script: `<script src="…/widget.js" async data-token="…" data-open>`',
      security: [],
      responses: { 200: { description: 'JavaScript', content: { 'text/javascript': { schema: z.string() } } } },
    },
  },
  '/widget/{file}': {
    get: {
      tags: ['Widget'],
      summary: 'A content-hashed module of the widget (loaded by `/widget.js`; immutable, brotli or gzip by `Accept-Encoding`)',
      security: [],
      requestParams: { path: z.object({ file: z.string() }) },
      responses: { 200: { description: 'JavaScript', content: { 'text/javascript': { schema: z.string() } } }, 404: { description: 'No such module' } },
    },
  },
  '/i/{token}': {
    get: {
      tags: ['Links'],
      summary: 'The candidate’s link: a usable one redirects (counted as an open)',
      security: [],
      requestParams: { path: z.object({ token: z.string() }) },
      responses: {
        302: { description: 'To the assessment or interview' },
        404: { description: 'Unknown link: an HTML page with the diagnosis and the chat widget', content: { 'text/html': { schema: z.string() } } },
        410: {
          description: 'Expired, completed, revoked…: an HTML page with the diagnosis and the chat widget',
          content: { 'text/html': { schema: z.string() } },
        },
        ...errors(429),
      },
    },
  },
};
