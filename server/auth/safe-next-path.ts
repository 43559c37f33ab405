const PLACEHOLDER_ORIGIN = 'http://next.invalid';

/**
 * Where to send the browser after login: only a path on this site. `//evil.test`,
 * `/\evil.test`, `https://…` and anything with control characters fall back to `/`,
 * so the login page cannot be turned into an open redirect.
 */
export function safeNextPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 2048) return fallback;
  // Browsers read a backslash as a slash and drop tabs and newlines inside URLs.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
