import { normalizeText } from './normalize-text';

// Turns text into the terms the search index counts. Stop words go because they
// carry no topic ("how do i ..."), a light stemmer folds "expired/expires/expiring"
// together, and a few synonyms map the words people use onto one concept.

const STOP_WORDS = new Set(
  (
    'a an the i me my mine myself we our us you your yours he him his she her it its they them their ' +
    'is am are was were be been being do does did doing have has had having will would shall should ' +
    'could can may might must to of in on at by for from with about into onto as and or but if so ' +
    'than then too very just also this that these those there here what which who whom whose ' +
    'please hi hello hey dear sir madam team thanks thank ok yes regards kindly okay pls ' +
    'some any all really actually now still even get got getting'
  ).split(' '),
);

/** Words people use for the same thing; both sides of the match see the canonical one. */
const SYNONYMS: Record<string, string> = {
  webcam: 'camera', cam: 'camera', mic: 'microphone', mike: 'microphone',
  audio: 'microphone', sound: 'microphone', cellphone: 'phone', smartphone: 'phone', mobile: 'phone',
  iphone: 'phone', android: 'phone', cell: 'phone', tablet: 'ipad', laptop: 'computer',
  desktop: 'computer', pc: 'computer', wifi: 'internet', net: 'internet', network: 'internet',
  test: 'assessment', exam: 'assessment', quiz: 'assessment', url: 'link', invite: 'invitation',
  invited: 'invitation', invites: 'invitation', hr: 'recruiter', recruiters: 'recruiter',
  employer: 'company', organisation: 'company', organization: 'company', redo: 'retake',
  rerecord: 'retake', role: 'job', position: 'job', vacancy: 'job',
  cancelled: 'revoked', canceled: 'revoked', withdrawn: 'revoked', deactivated: 'revoked',
  expiry: 'expire', finish: 'complete', finished: 'complete', done: 'complete',
  brother: 'friend', sister: 'friend', cousin: 'friend', colleague: 'friend', roommate: 'friend',
  mate: 'friend', buddy: 'friend', agent: 'human', representative: 'human',
  person: 'human', speak: 'contact', talk: 'contact', reach: 'contact',
  news: 'result', outcome: 'result', decision: 'result', extra: 'more', additional: 'more',
  due: 'deadline', prolong: 'extend', lengthen: 'extend', delay: 'postpone', reschedule: 'postpone',
  chrome: 'browser', safari: 'browser', firefox: 'browser', edge: 'browser', buffering: 'loading',
  froze: 'freeze', frozen: 'freeze', hangs: 'freeze', hung: 'freeze', stuck: 'freeze',
};

/** Irregular past forms the suffix stripper cannot reach. */
const IRREGULAR: Record<string, string> = {
  heard: 'hear', sent: 'send', began: 'begin', begun: 'begin', ran: 'run', went: 'go', gone: 'go',
  came: 'come', gave: 'give', given: 'give', took: 'take', taken: 'take', broke: 'break',
  broken: 'break', wrote: 'write', written: 'write', said: 'say', saw: 'see', seen: 'see',
  made: 'make', told: 'tell', thought: 'think', forgot: 'forget', forgotten: 'forget',
  chose: 'choose', chosen: 'choose', knew: 'know', known: 'know', lost: 'lose', paid: 'pay',
  died: 'die', dying: 'die', wiped: 'wipe',
};

/** Multi-word expressions folded into one word before anything else. */
const PHRASES: [RegExp, string][] = [
  [/\b(on (its|it|their) own|by (itself|themselves)|auto)\b/g, 'automatically'],
  [/\b((too|so) many|a lot of|lots of|multiple|several) times\b/g, 'many times'],
  [/\b(a lot|over and over( again)?|again and again)\b/g, 'many times'],
  [/\bnever\b/g, 'not'],
  [/\bhow much time\b/g, 'how long'],
  [/\b(start|started|starting) (over|again from scratch)\b/g, 'restart'],
];

const VOWEL = /[aeiouy]/;

function dropDoubleEnding(stem: string): string {
  const last = stem[stem.length - 1];
  return stem.length > 3 && last === stem[stem.length - 2] && !'lsz'.includes(last) ? stem.slice(0, -1) : stem;
}

/** Nouns back to their verb: "submission" is "submit", "extension" "extend", "connection" "connect". */
function foldNoun(w: string): string {
  if (w.length <= 6) return w;
  if (w.endsWith('ation')) return w.slice(0, -5);
  if (w.endsWith('mission')) return `${w.slice(0, -7)}mit`;
  if (w.endsWith('ension')) return `${w.slice(0, -6)}end`;
  if (w.endsWith('tion') && !w.endsWith('stion') && w.length > 7) return w.slice(0, -3);
  return w;
}

/** A small suffix stripper: good enough to match inflections, never shown to anyone. */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= 3 && VOWEL.test(base)) {
      w = dropDoubleEnding(base);
      break;
    }
  }
  w = foldNoun(w);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4 && !VOWEL.test(w[w.length - 2])) w = `${w.slice(0, -1)}i`;
  return w;
}

/** One already-normalized word to its index term, or null for a stop word. */
export function wordToTerm(word: string): string | null {
  if (STOP_WORDS.has(word)) return null;
  const term = stem(SYNONYMS[word] ?? IRREGULAR[word] ?? word);
  // Inflected forms ("finishing") reach their synonym through the stem.
  return SYNONYMS[term] ? stem(SYNONYMS[term]) : term;
}

/** Every index term of `text`, in order, repeats kept. */
export function toTerms(text: string): string[] {
  let normalized = normalizeText(text);
  if (!normalized) return [];
  for (const [pattern, replacement] of PHRASES) normalized = normalized.replace(pattern, replacement);
  const terms: string[] = [];
  for (const word of normalized.split(' ')) {
    const term = wordToTerm(word);
    if (term) terms.push(term);
  }
  return terms;
}

/** Neighbouring term pairs: "start new" or "not exist" say more than their words apart. */
export function toBigrams(terms: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < terms.length; i++) pairs.push(`${terms[i - 1]} ${terms[i]}`);
  return pairs;
}
