// JSON text of objects that never change, kept beside them, so an answer that embeds
// one (a rendered article, the same for every reader of a link in the same minute)
// serializes it once instead of on every answer. Only deep-frozen values may be
// registered: nothing can then make the kept text disagree with the object.

const texts = new WeakMap<object, string>();

/** Registers `value` (deep-frozen) and returns it; its JSON is computed now, once. */
export function withKnownJson<T extends object>(value: T): T {
  texts.set(value, JSON.stringify(value));
  return value;
}

/**
 * JSON.stringify(value) for a plain object whose properties may be registered values;
 * the same text, with theirs spliced in. Keys keep their order; undefined is skipped,
 * as JSON.stringify does.
 */
export function stringifyWithKnownParts(value: Record<string, unknown>): string {
  let json = '';
  for (const key of Object.keys(value)) {
    const part = value[key];
    if (part === undefined || typeof part === 'function' || typeof part === 'symbol') continue;
    const text = (typeof part === 'object' && part !== null && texts.get(part)) || JSON.stringify(part);
    json += `${json === '' ? '{' : ','}${JSON.stringify(key)}:${text}`;
  }
  return json === '' ? '{}' : `${json}}`;
}
