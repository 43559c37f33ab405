// The candidate's own wall-clock time, as an <input type="datetime-local"> shows it
// and as the server wants it: ISO 8601 with the UTC offset that applied then, so
// "10:15 in Paris" stays exactly that even across a daylight-saving change.

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** `YYYY-MM-DDTHH:mm` in the browser's zone, the value datetime-local expects. */
export function toLocalInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A datetime-local value read in the browser's zone; null when empty or not a real date. */
export function parseLocalInput(value: string): Date | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year, month - 1, day, hour, minute, second);
  // new Date() rolls 31 February over to March; a real date survives the round trip.
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

/** `2024-05-01T10:15:00+02:00`: local time with the offset in force at that moment. */
export function isoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const local = `${toLocalInputValue(date)}:${pad(date.getSeconds())}`;
  return `${local}${zone}`;
}

/** The IANA zone of the browser (`Europe/Paris`), when it says. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
