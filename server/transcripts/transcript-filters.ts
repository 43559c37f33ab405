import { z } from 'zod';
import { ALL_SCENARIOS } from '../diagnosis/scenario-ids';
import { idParamSchema } from '../http/schemas';
import { validate } from '../http/validate';
import { RESOLUTIONS } from './insights/resolution-query';

// The query of GET /api/v1/transcripts, its export, and (from, to) of insights.
// Every bound becomes a half-open range [from, to) on the conversation's start.

export const OUTCOMES = ['open', 'self_served', 'escalated', 'abandoned'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** A day (UTC) or an ISO date-time with offset; `end` makes a day inclusive (up to the next midnight). */
function bound(side: 'start' | 'end') {
  return z.string().transform((value, ctx) => {
    const isDay = DAY.test(value);
    const parsed = z.iso.datetime({ offset: true }).safeParse(value);
    const at = isDay ? new Date(`${value}T00:00:00.000Z`) : parsed.success ? new Date(value) : null;
    if (!at || Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'must be a date (2026-11-20) or an ISO date-time with offset' });
      return z.NEVER;
    }
    if (side === 'start') return at;
    return new Date(at.getTime() + (isDay ? DAY_MS : 1));
  });
}

// A form submits an untouched filter as `name=`; that means "any", not an error.
export const dropEmpty = (query: unknown) => Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== ''));

const rangeSchema = {
  from: bound('start').optional(),
  to: bound('end').optional(),
};

const fromBeforeTo = (v: { from?: Date; to?: Date }) => !v.from || !v.to || v.from < v.to;
const fromBeforeToIssue = { path: ['to'], message: 'must be after from' };

const filterShape = {
  scenario: z.enum(ALL_SCENARIOS).optional(),
  outcome: z.enum(OUTCOMES).optional(),
  org: idParamSchema.optional(),
  job: idParamSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  /** Conversations with neither a candidate's message nor a ticket are hidden unless asked for. */
  includeEmpty: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** The conversations behind one insights figure. */
  resolution: z.enum(RESOLUTIONS).optional(),
  ...rangeSchema,
};

export const transcriptFilterSchema = z.object(filterShape).refine(fromBeforeTo, fromBeforeToIssue);

export type TranscriptFilters = z.output<typeof transcriptFilterSchema>;

/** The filters with the one org the reader may see (null or absent: every org). */
export type ScopedFilters = TranscriptFilters & { orgScope?: string | null; now?: Date };

/** Where a page starts: just after this conversation in (created_at, id) descending order. */
export interface Cursor {
  /** created_at with microseconds, as PostgreSQL prints it (a JS Date would lose them). */
  at: string;
  id: string;
}

const cursorSchema = z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/), idParamSchema]);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id]), 'utf8').toString('base64url');
}

function decodeCursor(value: string): Cursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

export const transcriptListSchema = z
  .object({
    ...filterShape,
    limit: z.coerce.number().int().min(1).max(100).default(25),
    cursor: z
      .string()
      .max(400)
      .transform((value, ctx) => decodeCursor(value) ?? (ctx.addIssue({ code: 'custom', message: 'not a cursor this API gave out' }), z.NEVER))
      .optional(),
  })
  .refine(fromBeforeTo, fromBeforeToIssue);

export interface Page {
  limit: number;
  cursor?: Cursor;
}

/** One validation for the whole query, so a 400 names every bad field at once. */
export function parseTranscriptQuery(query: unknown): { filters: TranscriptFilters; page: Page } {
  const { limit, cursor, ...filters } = validate(transcriptListSchema, dropEmpty(query), 'query');
  return { filters, page: cursor ? { limit, cursor } : { limit } };
}

export const transcriptExportSchema = z
  .object({
    ...filterShape,
    format: z.enum(['json', 'csv']).default('json'),
    granularity: z.enum(['conversation', 'turn']).default('conversation'),
  })
  .refine(fromBeforeTo, fromBeforeToIssue);

export interface ExportOptions {
  format: 'json' | 'csv';
  granularity: 'conversation' | 'turn';
}

export function parseExportQuery(query: unknown): { filters: TranscriptFilters; options: ExportOptions } {
  const { format, granularity, ...filters } = validate(transcriptExportSchema, dropEmpty(query), 'query');
  return { filters, options: { format, granularity } };
}

export const rangeOnlySchema = z.object(rangeSchema).refine(fromBeforeTo, fromBeforeToIssue);
const DEFAULT_RANGE_DAYS = 30;

/** (from, to) of insights; by default the last 30 days up to now. */
export function parseRange(query: unknown, now: Date): { from: Date; to: Date } {
  const { from, to } = validate(rangeOnlySchema, dropEmpty(query), 'query');
  const end = to ?? now;
  return { from: from ?? new Date(end.getTime() - DEFAULT_RANGE_DAYS * DAY_MS), to: end };
}
