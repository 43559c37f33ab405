import { formatDateTime, formatDuration, isValidTimeZone, resolveTimeZone } from './format-time';

const deadline = new Date('2026-11-24T16:00:00Z');

describe('formatDateTime', () => {
  it('shows the same instant on the reader’s clock, with a zone name', () => {
    expect(formatDateTime(deadline, { timeZone: 'Europe/Paris' })).toBe('Tue 24 Nov 2026, 17:00 CET');
    expect(formatDateTime(deadline, { timeZone: 'America/New_York' })).toBe('Tue 24 Nov 2026, 11:00 EST');
    expect(formatDateTime(deadline, { timeZone: 'UTC' })).toBe('Tue 24 Nov 2026, 16:00 UTC');
  });

  it('moves to the next day when the zone is far enough east', () => {
    expect(formatDateTime(deadline, { timeZone: 'Australia/Sydney' })).toBe('Wed 25 Nov 2026, 03:00 GMT+11');
    expect(formatDateTime(deadline, { timeZone: 'Asia/Kolkata' })).toBe('Tue 24 Nov 2026, 21:30 IST');
  });

  it('follows daylight saving time', () => {
    const summer = new Date('2026-07-01T16:00:00Z');
    expect(formatDateTime(summer, { timeZone: 'America/New_York' })).toBe('Wed 1 Jul 2026, 12:00 EDT');
    expect(formatDateTime(summer, { timeZone: 'Europe/Paris' })).toBe('Wed 1 Jul 2026, 18:00 CEST');
  });

  it('uses UTC without a time zone, or with one that does not exist', () => {
    expect(formatDateTime(deadline)).toBe('Tue 24 Nov 2026, 16:00 UTC');
    expect(formatDateTime(deadline, { timeZone: 'Mars/Olympus' })).toBe('Tue 24 Nov 2026, 16:00 UTC');
  });

  it('leaves out the weekday on request', () => {
    expect(formatDateTime(deadline, { timeZone: 'UTC', weekday: false })).toBe('24 Nov 2026, 16:00 UTC');
  });

  it('takes a 12-hour clock from a locale that uses one, English words whatever the locale', () => {
    expect(formatDateTime(deadline, { timeZone: 'America/New_York', locale: 'en-US' })).toBe('Tue 24 Nov 2026, 11:00 AM EST');
    expect(formatDateTime(deadline, { timeZone: 'Europe/Paris', locale: 'fr-FR' })).toBe('Tue 24 Nov 2026, 17:00 CET');
    expect(formatDateTime(deadline, { timeZone: 'UTC', locale: 'not a locale!' })).toBe('Tue 24 Nov 2026, 16:00 UTC');
  });
});

describe('time zones', () => {
  it('accepts IANA zones and rejects anything else', () => {
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Nowhere/City')).toBe(false);
    expect(resolveTimeZone(undefined)).toBe('UTC');
    expect(resolveTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
  });
});

describe('formatDuration', () => {
  const minutes = (n: number) => n * 60_000;
  it('keeps the two largest units', () => {
    expect(formatDuration(minutes(51 * 60 + 20))).toBe('2 days 3 hours');
    expect(formatDuration(minutes(24 * 60))).toBe('1 day');
    expect(formatDuration(minutes(90))).toBe('1 hour 30 minutes');
    expect(formatDuration(minutes(120))).toBe('2 hours');
    expect(formatDuration(minutes(45))).toBe('45 minutes');
    expect(formatDuration(minutes(1))).toBe('1 minute');
  });

  it('says "less than a minute" rather than "0 minutes"', () => {
    expect(formatDuration(30_000)).toBe('less than a minute');
    expect(formatDuration(-5)).toBe('less than a minute');
  });
});
