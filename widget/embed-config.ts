// Where the widget talks to and about which link, read from its own <script> tag.

/** What the gateway page already shows: the widget refers to it instead of repeating it. */
export interface PageAnswer {
  scenario: string;
  title: string;
  /** The likely next questions (related articles), offered as quick replies. */
  related: { id: string; title: string }[];
}

export interface EmbedConfig {
  /** Origin of the linkdoctor server (where widget.js came from). */
  serverUrl: string;
  token?: string;
  link?: string;
  open: boolean;
  pageAnswer?: PageAnswer;
  /** `data-locale`: the language the host page wants the widget in (BCP 47). */
  locale?: string;
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

function isRelated(r: unknown): r is PageAnswer['related'][number] {
  const { id, title } = (r ?? {}) as Record<string, unknown>;
  return typeof id === 'string' && typeof title === 'string';
}

function relatedOf(json: string | undefined): PageAnswer['related'] {
  try {
    const list: unknown = JSON.parse(json ?? '[]');
    if (!Array.isArray(list)) return [];
    return (list as unknown[]).filter(isRelated).slice(0, 5);
  } catch {
    return [];
  }
}

/** `data-answer` (scenario) and `data-answer-title` on the gateway page's tag. */
function pageAnswerOf(data: ScriptInfo['dataset']): PageAnswer | undefined {
  const scenario = nonEmpty(data.answer);
  const title = nonEmpty(data.answerTitle);
  return scenario && title ? { scenario, title, related: relatedOf(data.answerRelated) } : undefined;
}

export function readEmbedConfig(script: ScriptInfo | null, pageUrl: string): EmbedConfig {
  const page = new URL(pageUrl);
  const serverUrl = (script && originOf(script.src)) ?? page.origin;
  const data = script?.dataset ?? {};
  const token = nonEmpty(data.token);
  const link = nonEmpty(data.link);
  const open = data.open !== undefined && data.open !== 'false';
  const pageAnswer = pageAnswerOf(data);
  const locale = nonEmpty(data.locale);
  const extra = { ...(pageAnswer ? { pageAnswer } : {}), ...(locale ? { locale } : {}) };
  if (token || link) return { serverUrl, token, link, open, ...extra };
  // Only our own gateway pages carry tokens in their path; another site's `/i/...`
  // path means nothing to us.
  const pageToken = page.origin === serverUrl ? tokenFromPath(page.pathname) : undefined;
  return { serverUrl, token: pageToken, open, ...(locale ? { locale } : {}) };
}
