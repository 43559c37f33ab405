import { BadRequestError } from '../http/errors';
import { encodeCursor, parseExportQuery, parseRange, parseTranscriptQuery } from './transcript-filters';

const fieldsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof BadRequestError) return (error.details ?? []).map((d) => d.field);
    throw error;
  }
  return [];
};

describe('parseTranscriptQuery', () => {
  it('turns days into a half-open UTC range and keeps the rest', () => {
    const { filters, page } = parseTranscriptQuery({ from: '2026-11-10', to: '2026-11-11', q: '  camera ', outcome: 'open' });
    expect(filters).toEqual({ from: new Date('2026-11-10T00:00:00Z'), to: new Date('2026-11-12T00:00:00Z'), q: 'camera', outcome: 'open' });
    expect(page).toEqual({ limit: 25 });
  });

  it('makes a date-time `to` inclusive', () => {
    expect(parseTranscriptQuery({ to: '2026-11-10T10:00:00+02:00' }).filters.to).toEqual(new Date('2026-11-10T08:00:00.001Z'));
  });

  it('round-trips a cursor and rejects forged ones', () => {
    const cursor = { at: '2026-11-10T09:00:00.123456Z', id: 'abc' };
    expect(parseTranscriptQuery({ cursor: encodeCursor(cursor) }).page.cursor).toEqual(cursor);
    const forged = Buffer.from(JSON.stringify(["2026'; DROP TABLE x", 'a'])).toString('base64url');
    expect(fieldsOf(() => parseTranscriptQuery({ cursor: forged }))).toEqual(['cursor']);
  });

  it('names every bad field', () => {
    expect(fieldsOf(() => parseTranscriptQuery({ scenario: 'x', outcome: 'y', limit: '500' })).sort()).toEqual(['limit', 'outcome', 'scenario']);
    expect(fieldsOf(() => parseTranscriptQuery({ org: ['a', 'b'] }))).toEqual(['org']);
  });
});

describe('parseExportQuery and parseRange', () => {
  it('defaults to JSON per conversation', () => {
    expect(parseExportQuery({}).options).toEqual({ format: 'json', granularity: 'conversation' });
  });

  it('defaults the range to the last 30 days', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(parseRange({}, now)).toEqual({ from: new Date('2026-10-21T12:00:00Z'), to: now });
    expect(fieldsOf(() => parseRange({ from: '2026-11-20', to: '2026-11-01' }, now))).toEqual(['to']);
  });
});
