// Every timestamp twice: in the recruiter's own zone (what they think in) and in UTC
// (what they quote to colleagues and platforms elsewhere).
import { h } from './dom';

function valid(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function localTime(date: Date): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName, hence the parts.
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' };
  return new Intl.DateTimeFormat(undefined, options).format(date);
}

export function utcTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `<time>` with the local time, and the UTC time under it; null for a missing date. */
export function timeBoth(iso: string | null | undefined): HTMLElement | null {
  const date = valid(iso);
  if (!date) return null;
  return h('time', { attrs: { datetime: date.toISOString() } }, [localTime(date), h('span', { class: 'time-utc', text: utcTime(date) })]);
}

/** One line, for lists: local time with UTC in the tooltip and for screen readers after it. */
export function timeShort(iso: string | null | undefined): HTMLElement | string {
  const date = valid(iso);
  if (!date) return '';
  return h('time', { attrs: { datetime: date.toISOString(), title: utcTime(date) } }, [localTime(date)]);
}
