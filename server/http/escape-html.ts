// Every dynamic string that reaches server-rendered HTML goes through here: job
// titles and candidate names come from hiring platforms we do not control.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element text and in quoted attribute values alike. */
export function escapeHtml(value: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- templates pass text and numbers; an object would print as harmless "[object Object]"
  return String(value ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char]);
}
