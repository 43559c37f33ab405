// JSON text of objects that never change, kept beside them, so an answer that embeds
// one (a rendered article, the same for every reader of a link in the same minute)
// serializes it once instead of on every answer. Only deep-frozen values may be
// registered: nothing can then make the kept text disagree with the object.

/** null: registered, its text not needed yet (a chat turn never asks for it). */
const texts = new WeakMap<object, string | null>();

/** Registers `value`, which must be deep-frozen, and returns it. */
export function withKnownJson<T extends object>(value: T): T {
  texts.set(value, null);
  return value;
}

function textOf(part: unknown): string | undefined {
  if (typeof part !== 'object' || part === null) return JSON.stringify(part);
  const known = texts.get(part);
  if (known) return known;
  const text = JSON.stringify(part);
  if (known === null) texts.set(part, text);
  return text;
}

/**
 * JSON.stringify(value) for a plain object whose properties may be registered values;
 * the same text, with theirs spliced in. Keys keep their order; undefined is skipped,
 * as JSON.stringify does.
 */
export function stringifyWithKnownParts(value: Record<string, unknown>): string {
  let json = '';
  for (const key of Object.keys(value)) {
    const text = textOf(value[key]);
    // JSON.stringify leaves out what has no JSON (undefined, functions, symbols).
    if (text === undefined) continue;
    json += `${json === '' ? '{' : ','}${JSON.stringify(key)}:${text}`;
  }
  return json === '' ? '{}' : `${json}}`;
}
