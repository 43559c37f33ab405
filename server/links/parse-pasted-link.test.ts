import { extractToken, extractTokenCandidates } from './parse-pasted-link';

const BASE = 'https://linkdoctor.example.com';
const TOKEN = 'q3Zx-8_Lm2PvT9wKd4RbN7yHc1Fg6JsA0eUo5ViXtY'; // 43 chars, like 32 random bytes

// A tiny seeded PRNG so the "property" runs are random-looking but reproducible.
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
function randomToken(random: () => number, length: number): string {
  return Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join('');
}
const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

type Mangle = (url: string, random: () => number) => string;

const WRAPPERS: Mangle[] = [
  (url) => url,
  (url) => `  ${url}\t\n`,
  (url) => `"${url}"`,
  (url) => `'${url}'`,
  (url) => `“${url}”`,
  (url) => `‘${url}’`,
  (url) => `<${url}>`,
  (url) => `(${url})`,
  (url) => `[Start your assessment](${url})`,
  (url) => `[${url}](${url})`,
  (url) => `Link: ${url}.`,
  (url) => `Hi Jane,\n\nPlease complete it here: ${url}\n\nGood luck!\nSam`,
  (url) => `> Your interview link:\n> ${url}\n> Best regards`,
  (url) => `*${url}*`,
  (url) => `\u200B${url}\u00A0`,
  (url) => `<a href="${url}">Open</a>`,
  (url) => `https://click.mailer.test/track?u=${encodeURIComponent(url)}&id=7`,
];
const TAILS = ['', '?utm_source=email&utm_medium=link', '#start', '/', '?a=1#b'];
const PUNCTUATION = ['', '.', ',', ';', ':', '!', '?', ')', ']', '}', '>', "'", '"', '...', '!)', '.”'];
const SCHEMES = ['https://', 'http://', '', 'HTTPS://'];

/** Breaks the URL the way mail clients wrap it: anywhere, maybe with a quote marker. */
function wrap(url: string, random: () => number, token: string): string {
  const tokenAt = url.indexOf(token);
  // Inside the token, leave at least 6 characters after the break (see the ambiguity test).
  const limit = tokenAt >= 0 ? tokenAt + token.length - 6 : url.length;
  const at = 1 + Math.floor(random() * (limit - 1));
  const breaker = pick(random, ['\n', '\r\n', '\n> ', ' ', '=\n', '\n   ']);
  return url.slice(0, at) + breaker + url.slice(at);
}

function mangled(token: string, random: () => number): string {
  let url = `${pick(random, SCHEMES)}${pick(random, ['linkdoctor.example.com', 'www.linkdoctor.example.com'])}/i/${token}`;
  url += pick(random, TAILS);
  if (random() < 0.5) url = wrap(url, random, token);
  return pick(random, WRAPPERS)(url, random) + pick(random, PUNCTUATION);
}

describe('extractToken: many mangled variants of one link', () => {
  it('finds the same token in every variant', () => {
    const random = prng(42);
    for (let i = 0; i < 2000; i += 1) {
      const token = randomToken(random, pick(random, [22, 24, 32, 43, 64]));
      const pasted = mangled(token, random);
      expect({ pasted, token: extractToken(pasted, BASE) }).toEqual({ pasted, token });
    }
  });

  it('handles the classic cases spelled out', () => {
    const url = `${BASE}/i/${TOKEN}`;
    const variants = [
      url,
      ` ${url} `,
      `"${url}"`,
      `“${url}”`,
      `<${url}>`,
      `${url}.`,
      `${url}).`,
      `${url}?utm_source=whatsapp`,
      `${url}#top`,
      `linkdoctor.example.com/i/${TOKEN}`,
      `http://linkdoctor.example.com/i/${TOKEN}`,
      `[click here](${url})`,
      `Link: ${url}.`,
      `${BASE}/i/${TOKEN.slice(0, 30)}\n${TOKEN.slice(30)}`,
      `${BASE}/i/${TOKEN.slice(0, 10)} ${TOKEN.slice(10)}`,
      `${BASE}/\ni/${TOKEN}`,
      `${BASE}/i/\n${TOKEN}`,
      `${BASE}/i/${TOKEN.slice(0, 20)}=\n${TOKEN.slice(20)}`,
      `> ${BASE}/i/${TOKEN.slice(0, 25)}\n> ${TOKEN.slice(25)}\n> Thanks`,
      `_${url}_`,
      TOKEN,
      ` "${TOKEN}". `,
    ];
    for (const pasted of variants) expect({ pasted, token: extractToken(pasted) }).toEqual({ pasted, token: TOKEN });
  });

  it('does not swallow the prose that follows a link', () => {
    for (const after of [' thanks', '\nThanks, Jane', ' it says expired', ' OK?', ' 2pm', '\n\nzzzzzz']) {
      expect(extractToken(`${BASE}/i/${TOKEN}${after}`)).toBe(TOKEN);
    }
  });

  it('joins a short wrapped tail that sits alone on its line', () => {
    for (const cut of [1, 2, 3]) {
      const pasted = `Your link: ${BASE}/i/${TOKEN.slice(0, -cut)}\n${TOKEN.slice(-cut)}\nThanks, Sam`;
      expect(extractToken(pasted)).toBe(TOKEN);
    }
  });

  it('keeps an underscore that belongs to the token', () => {
    const token = `${TOKEN.slice(0, 30)}_`;
    expect(extractToken(`${BASE}/i/${token}`)).toBe(token);
    // In WhatsApp _italics_ the last underscore is probably markup, but both readings are offered.
    expect(extractTokenCandidates(`_${BASE}/i/${token}_`)).toEqual([token, `${token}_`]);
    expect(extractTokenCandidates(`_${BASE}/i/${TOKEN}_`)).toEqual([TOKEN, `${TOKEN}_`]);
  });
});

describe('extractTokenCandidates', () => {
  it('offers the other readings when a wrapped piece looks like a word', () => {
    const head = TOKEN.slice(0, 39);
    const pasted = `${BASE}/i/${head}\nabcd`;
    expect(extractToken(pasted)).toBe(head);
    expect(extractTokenCandidates(pasted)).toEqual([head, `${head}abcd`]);
  });

  it('prefers links on the public host over look-alikes', () => {
    const other = randomToken(prng(7), 32);
    const pasted = `old: https://elsewhere.test/i/${other} new: ${BASE}/i/${TOKEN}`;
    // "new" after a space could be the end of a wrapped token: offered last, never first.
    expect(extractTokenCandidates(pasted, BASE)).toEqual([TOKEN, other, `${other}new`]);
    expect(extractTokenCandidates(pasted)).toEqual([other, `${other}new`, TOKEN]);
    expect(extractToken(`${BASE.replace('https://', '')}/ld/i/${TOKEN}`, `${BASE}/ld/`)).toBe(TOKEN);
  });

  it('lists a token repeated in markdown once', () => {
    expect(extractTokenCandidates(`[${BASE}/i/${TOKEN}](${BASE}/i/${TOKEN})`)).toEqual([TOKEN]);
  });
});

describe('extractToken: nothing plausible', () => {
  const negatives = [
    '',
    '   ',
    'my link does not work',
    'my link is broken, can you help me please with the assessment',
    'Supercalifragilisticexpialidocious',
    'abcdefghijklmnopqrstuvwxyzabcdef',
    `${BASE}/i/`,
    `${BASE}/i/short`,
    `${BASE}/i/${'a1'.repeat(40)}`,
    `${BASE}/jobs/${TOKEN}`,
    `${BASE}/?token=${TOKEN.slice(0, 10)}`,
    'https://example.com',
    `${TOKEN} is my code and more words`,
    '/i/ /i/ /i/',
    '<script>alert(1)</script>',
  ];
  it.each(negatives)('%j → null', (pasted) => {
    expect(extractToken(pasted)).toBeNull();
  });

  it('survives null-ish and huge input', () => {
    expect(extractToken(undefined as unknown as string)).toBeNull();
    const huge = `${'x '.repeat(200_000)}${BASE}/i/${TOKEN}`;
    expect(extractToken(huge)).toBeNull(); // past the input cap: not worth scanning
    expect(extractToken(`${BASE}/i/${TOKEN} ${'x '.repeat(200_000)}`)).toBe(TOKEN);
  });
});
