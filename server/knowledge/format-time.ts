// Dates and durations as a stressed reader needs them: their own clock, the zone
// spelt out, no ambiguity between 03/04 and 04/03. Intl only, no date library.

// Day-month-year with English month names: the articles are English, so the date
// must be too, whatever the reader's locale; the locale only picks 12 or 24 hours.
const LAYOUT_LOCALE = 'en-GB';

// Building an Intl.DateTimeFormat costs far more than using one, and a reply
// formats several dates in the same few zones: keep them. Keys are bounded by the
// zones and locales readers send; the cap guards against a stream of made-up
// (but valid) locale tags growing it without end.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 1000;

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, options);
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, cached);
  }
  return cached;
}

// Asked on every reply; the answer for a given name never changes.
const zoneValidity = new Map<string, boolean>();

export function isValidTimeZone(timeZone: string): boolean {
  let valid = zoneValidity.get(timeZone);
  if (valid === undefined) {
    try {
      formatter('en', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    if (zoneValidity.size >= MAX_FORMATTERS) zoneValidity.clear();
    zoneValidity.set(timeZone, valid);
  }
  return valid;
}

/** The zone to render in: the reader's when it is a real IANA zone, else UTC. */
export function resolveTimeZone(timeZone: string | undefined): string {
  return timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC';
}

function uses12Hours(locale: string | undefined): boolean {
  if (!locale) return false;
  try {
    const cycle = formatter(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    return cycle === 'h12' || cycle === 'h11';
  } catch {
    return false; // an unknown locale tag from a browser is not worth failing a reply for
  }
}

// en-GB names European zones (CET) but not American ones (GMT-5), en-US the
// reverse, en-IN India's (IST); take whichever gives a name rather than a bare offset.
function zoneName(date: Date, timeZone: string): string {
  const nameIn = (locale: string) =>
    formatter(locale, { timeZone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  const british = nameIn('en-GB');
  if (!british.startsWith('GMT') || british === 'GMT') return british;
  const named = ['en-US', 'en-IN'].map(nameIn).find((name) => !name.startsWith('GMT'));
  return named ?? british;
}

interface DateTimeOptions {
  timeZone?: string;
  /** The reader's BCP 47 tag (`es-MX`): 12 or 24 hours, and the region of a translated date. */
  locale?: string;
  /** The language of the sentence the date goes into; English when absent. */
  language?: string;
  weekday?: boolean;
}

// The same few dates (a link's deadline, its start) are formatted on every request and
// chat turn about that link, each time through several formatToParts calls: keep the
// strings too. A pure function of its arguments, so the memo is always right.
const formatted = new Map<string, string>();
const MAX_FORMATTED = 10_000;

/** e.g. "Tue 24 Nov 2026, 17:00 CET", or "24 Nov 2026, 16:00 UTC" without weekday. */
export function formatDateTime(date: Date, options: DateTimeOptions = {}): string {
  const key = `${date.getTime()}|${options.timeZone ?? ''}|${options.locale ?? ''}|${options.language ?? ''}|${options.weekday !== false}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = options.language && options.language !== 'en' ? formatInLanguage(date, options.language, options) : formatDateTimeNow(date, options);
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, text);
  }
  return text;
}

function formatDateTimeNow(date: Date, options: DateTimeOptions): string {
  const timeZone = resolveTimeZone(options.timeZone);
  const hour12 = uses12Hours(options.locale);
  const parts = formatter(LAYOUT_LOCALE, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: hour12 ? 'numeric' : '2-digit',
    minute: '2-digit',
    hourCycle: hour12 ? 'h12' : 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const period = hour12 ? ` ${part('dayPeriod').toUpperCase()}` : '';
  const day = `${part('day')} ${part('month')} ${part('year')}`;
  const dated = options.weekday === false ? day : `${part('weekday')} ${day}`;
  return `${dated}, ${part('hour')}:${part('minute')}${period} ${zoneName(date, timeZone)}`;
}

/** The reader's own tag when it is of this language (`pt-BR` for Portuguese), else the bare language. */
function tagFor(language: string, locale: string | undefined): string {
  const own = locale?.toLowerCase().split('-')[0] === language ? locale : undefined;
  try {
    return own ? (Intl.getCanonicalLocales(own)[0] ?? language) : language;
  } catch {
    return language;
  }
}

// In a translated sentence the date follows that language's own order and month
// names ("mar, 24 nov 2026, 17:00 CET"); the zone is still spelt out.
function formatInLanguage(date: Date, language: string, options: DateTimeOptions): string {
  const timeZone = resolveTimeZone(options.timeZone);
  const text = formatter(tagFor(language, options.locale), {
    timeZone,
    ...(options.weekday === false ? {} : { weekday: 'short' }),
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
  return `${text} ${zoneName(date, timeZone)}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function unit(count: number, name: string): string {
  return `${count} ${name}${count === 1 ? '' : 's'}`;
}

const units = new Map<string, Intl.NumberFormat>();
function unitIn(language: string, count: number, name: 'day' | 'hour' | 'minute'): string {
  const key = `${language}|${name}`;
  let format = units.get(key);
  if (!format) units.set(key, (format = new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'long' })));
  return format.format(count);
}

/**
 * A span in the two largest units that matter: "2 days 3 hours", "45 minutes";
 * in another language through Intl ("2 días 3 horas"), with that language's words
 * for under a minute.
 */
export function formatDuration(ms: number, language?: { code: string; lessThanAMinute: string }): string {
  const span = Math.max(0, ms);
  if (language && language.code !== 'en') return durationIn(span, language.code, language.lessThanAMinute);
  if (span < MINUTE) return 'less than a minute';
  const days = Math.floor(span / DAY);
  const hours = Math.floor((span % DAY) / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return minutes > 0 ? `${unit(hours, 'hour')} ${unit(minutes, 'minute')}` : unit(hours, 'hour');
  return unit(minutes, 'minute');
}

function durationIn(span: number, language: string, lessThanAMinute: string): string {
  if (span < MINUTE) return lessThanAMinute;
  const days = Math.floor(span / DAY);
  const hours = Math.floor((span % DAY) / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  const pair = (a: string, b: string | undefined) => (b ? `${a} ${b}` : a);
  if (days > 0) return pair(unitIn(language, days, 'day'), hours > 0 ? unitIn(language, hours, 'hour') : undefined);
  if (hours > 0) return pair(unitIn(language, hours, 'hour'), minutes > 0 ? unitIn(language, minutes, 'minute') : undefined);
  return unitIn(language, minutes, 'minute');
}
