// Candidates paste links from email and chat apps, which mangle them: quotes and
// brackets around, punctuation after, quote markers and line breaks inside (long
// URLs get wrapped), percent-encoding from click-tracking redirects. This finds the
// token anyway; the caller checks it against the store.

const MIN_TOKEN = 22;
const MAX_TOKEN = 64;
// Pasted text is untrusted and may be a whole email; the link sits near its top.
const MAX_INPUT = 20_000;

const TOKEN_RUN = /^[A-Za-z0-9_-]*/;
const ANCHOR = /\/\s*i\s*\//gi;
// A break inside a URL: spaces and at most one line break; a blank line ends it.
const GAP = /^[ \t]*(?:\n[ \t]*)?/;
// What ordinary words after a link look like; a random token fragment rarely does.
const WORD = /^[A-Z]?[a-z]+(?:-[a-z]+)*$/;
const WORDLIKE = /^(?:[A-Z]?[a-z]+(?:-[a-z]+)*|[A-Z]{1,4}|\d+[a-z]{0,2})$/;
// A piece with nothing after it on its line but punctuation: where a wrapped tail ends.
const LINE_END = /^(?:$|\n|[^\sA-Za-z0-9])/;
// Query or fragment right after a piece: it was part of the URL, not prose.
const URL_TAIL = /^(?:[?&][\w-]+=|#)/;

function normalize(pasted: string): string {
  return pasted
    .slice(0, MAX_INPUT)
    .replace(/%(0[9AD]|[2-7][0-9A-F])/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\u00A0/g, ' ')
    .replace(/=\n/g, '') // quoted-printable soft line break
    .replace(/^[ \t]*(?:>[ \t]*)+/gm, ''); // reply quote markers at line starts
}

interface Piece {
  text: string;
  /** The text right after the piece, to tell a URL tail from prose. */
  after: string;
  /** Whether a line break came before it: a mail client's wrap rather than a typed space. */
  wrapped: boolean;
}

/** The token-character runs after an anchor, as far as a break inside a URL could reach. */
function readPieces(text: string, from: number): Piece[] {
  const pieces: Piece[] = [];
  let at = from;
  let total = 0;
  let wrapped = false;
  while (total <= MAX_TOKEN) {
    const run = TOKEN_RUN.exec(text.slice(at))![0];
    if (pieces.length > 0 && run === '') break;
    at += run.length;
    total += run.length;
    pieces.push({ text: run, after: text.slice(at, at + 40), wrapped });
    const gap = GAP.exec(text.slice(at))![0];
    if (gap === '') break;
    at += gap.length;
    wrapped = gap.includes('\n');
  }
  return pieces;
}

// Prose after a link ("thanks", "2 days left") is words; a wrapped tail is random,
// but a short random tail ("X", "4", "8d") can look like a word, so alone on a
// wrapped line only a real word of two letters or more counts as prose.
function continuesToken(piece: Piece): boolean {
  if (!WORDLIKE.test(piece.text) || URL_TAIL.test(piece.after)) return true;
  const aloneOnLine = piece.wrapped && LINE_END.test(piece.after);
  return aloneOnLine && !(WORD.test(piece.text) && piece.text.length >= 2);
}

const plausible = (token: string) => token.length >= MIN_TOKEN && token.length <= MAX_TOKEN;

/** Best guess first: join pieces while the token is too short or the next piece looks random. */
function tokensAt(text: string, from: number): string[] {
  const pieces = readPieces(text, from);
  const prefixes: string[] = [];
  let joined = '';
  for (const piece of pieces) {
    joined += piece.text;
    prefixes.push(joined);
  }
  let best = pieces[0].text;
  for (const piece of pieces.slice(1)) {
    const longer = best + piece.text;
    if (longer.length > MAX_TOKEN) break;
    if (best.length >= MIN_TOKEN && !continuesToken(piece)) break;
    best = longer;
  }
  return [best, ...prefixes].filter(plausible);
}

/** WhatsApp writes _italic_: a link so wrapped ends in an underscore that is not the token's. */
function withoutItalics(text: string, anchorAt: number, tokens: string[]): string[] {
  const lineStart = Math.max(text.lastIndexOf(' ', anchorAt), text.lastIndexOf('\n', anchorAt)) + 1;
  const italic = /^["'“‘<([]*_/.test(text.slice(lineStart, anchorAt));
  if (!italic) return tokens;
  return tokens.flatMap((token) => (token.endsWith('_') ? [token.slice(0, -1), token] : [token])).filter(plausible);
}

/** "host/base" of the public URL, to prefer our own links over look-alikes. */
function ownPrefix(publicUrl: string | undefined): string | null {
  if (!publicUrl) return null;
  try {
    const url = new URL(publicUrl);
    return (url.host + url.pathname.replace(/\/+$/, '')).toLowerCase();
  } catch {
    return null;
  }
}

function isOwnLink(text: string, anchorAt: number, prefix: string | null): boolean {
  if (!prefix) return false;
  const before = text
    .slice(Math.max(0, anchorAt - 300), anchorAt)
    .replace(/\s+/g, '')
    .toLowerCase();
  return before.endsWith(prefix);
}

// A token pasted alone: no spaces or only wrap breaks, and random-looking, so that
// a long word or a sentence typed into the link field is not taken for a token.
function bareToken(text: string): string | null {
  const stripped = text
    .trim()
    .replace(/^[\s"'`“”‘’«»<([{*]+/, '')
    .replace(/[\s"'`“”‘’«»>)\]}*.,;:!?]+$/, '');
  const pieces = stripped.split(/\s+/);
  if (pieces.length > 4 || (pieces.length > 1 && pieces.some((piece) => WORDLIKE.test(piece)))) return null;
  const token = pieces.join('');
  return /^[A-Za-z0-9_-]+$/.test(token) && plausible(token) && looksRandom(token) ? token : null;
}

function looksRandom(token: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[_-]/];
  return classes.filter((pattern) => pattern.test(token.slice(1))).length >= 2;
}

/**
 * Every plausible token in pasted text, best guess first, without duplicates. Links
 * on publicUrl's host come before others; a bare token counts only when alone.
 */
export function extractTokenCandidates(pasted: string, publicUrl?: string): string[] {
  const text = normalize(pasted ?? '');
  const prefix = ownPrefix(publicUrl);
  const found: { own: boolean; tokens: string[] }[] = [];
  for (const anchor of text.matchAll(ANCHOR)) {
    const at = anchor.index;
    const tokens = withoutItalics(text, at, tokensAt(text, at + anchor[0].length));
    if (tokens.length > 0) found.push({ own: isOwnLink(text, at, prefix), tokens });
  }
  found.sort((a, b) => Number(b.own) - Number(a.own));
  const candidates = found.flatMap((entry) => entry.tokens);
  if (candidates.length === 0) {
    const bare = bareToken(text);
    if (bare) candidates.push(bare);
  }
  return [...new Set(candidates)];
}

/** The token in a pasted link (or a bare token), or null when nothing is plausible. */
export function extractToken(pasted: string, publicUrl?: string): string | null {
  return extractTokenCandidates(pasted, publicUrl)[0] ?? null;
}

/** The host a link names just before its `/i/`, or null when the paste has none. */
function hostBefore(text: string, anchorAt: number): string | null {
  const url = /([^\s"'`<>()[\]{}]*)$/.exec(text.slice(Math.max(0, anchorAt - 300), anchorAt))?.[1] ?? '';
  if (url === '') return null;
  try {
    const hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `https://${url}`).hostname;
    return hostname === '' ? null : hostname;
  } catch {
    return url.toLowerCase();
  }
}

export interface PastedLinkReading {
  /** Tokens of links on our own host (or with no host at all), best guess first. */
  candidates: string[];
  /**
   * The host of a link that looks like ours but is not on PUBLIC_URL's host (another
   * domain, `ours@elsewhere`, a look-alike in another script), when no link of ours
   * was pasted. Its token is never looked up: that link is not ours, whatever it holds.
   */
  foreignHost: string | null;
}

/** Reads a paste as extractTokenCandidates does, but only PUBLIC_URL's host is ours. */
export function readPastedLink(pasted: string, publicUrl: string): PastedLinkReading {
  const text = normalize(pasted ?? '');
  const prefix = ownPrefix(publicUrl);
  const own: string[] = [];
  const hostless: string[] = [];
  let foreignHost: string | null = null;
  let anchors = 0;
  for (const anchor of text.matchAll(ANCHOR)) {
    const at = anchor.index;
    const tokens = withoutItalics(text, at, tokensAt(text, at + anchor[0].length));
    if (tokens.length === 0) continue;
    anchors += 1;
    const host = hostBefore(text, at);
    if (isOwnLink(text, at, prefix)) own.push(...tokens);
    else if (host === null) hostless.push(...tokens);
    else foreignHost ??= host;
  }
  const candidates = [...own, ...hostless];
  if (anchors === 0) {
    const bare = bareToken(text);
    if (bare) candidates.push(bare);
  }
  return { candidates: [...new Set(candidates)], foreignHost: own.length === 0 ? foreignHost : null };
}
