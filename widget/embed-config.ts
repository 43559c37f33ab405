// Where the widget talks to and about which link, read from its own <script> tag.

export interface EmbedConfig {
  /** Origin of the linkdoctor server (where widget.js came from). */
  serverUrl: string;
  token?: string;
  link?: string;
  open: boolean;
}

/** The parts of a <script> element the config needs (plain objects in tests). */
export interface ScriptInfo {
  src: string;
  dataset: Record<string, string | undefined>;
}

const GATEWAY_PATH = /^\/i\/([^/?#]+)\/?$/;

/** The token of a gateway page URL (`/i/<token>`), if the path is one. */
export function tokenFromPath(pathname: string): string | undefined {
  const match = GATEWAY_PATH.exec(pathname);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

export function readEmbedConfig(script: ScriptInfo | null, pageUrl: string): EmbedConfig {
  const page = new URL(pageUrl);
  const serverUrl = (script && originOf(script.src)) ?? page.origin;
  const data = script?.dataset ?? {};
  const token = nonEmpty(data.token);
  const link = nonEmpty(data.link);
  const open = data.open !== undefined && data.open !== 'false';
  if (token || link) return { serverUrl, token, link, open };
  // Only our own gateway pages carry tokens in their path; another site's `/i/...`
  // path means nothing to us.
  const pageToken = page.origin === serverUrl ? tokenFromPath(page.pathname) : undefined;
  return { serverUrl, token: pageToken, open };
}
