import type { AnalyzedToken } from './language';

// What the intent model sees of a message. Words and their bases carry meaning;
// negation keeps "did not submit" apart from "submitted"; neighbouring pairs keep
// "start new" apart from "start"; character n-grams inside each word carry typos
// ("assesment"), inflections and the other languages, where no lemma exists.

const MIN_GRAM = 3;
/** 5-grams added 40% more features for no gain on the tuning sets. */
const MAX_GRAM = 4;
/** A pasted wall of text is cut here so one message stays cheap to read. */
const MAX_TOKENS = 300;

function addGrams(word: string, into: Set<string>): void {
  if (word.length < 2 || /^\d+$/.test(word)) return;
  const padded = `<${word}>`;
  for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= padded.length; i++) into.add(`c:${padded.slice(i, i + n)}`);
  }
}

/** The distinct features of a run of tokens (a message or one of its sentences). */
export function messageFeatures(tokens: readonly AnalyzedToken[]): string[] {
  const features = new Set<string>();
  const kept = tokens.slice(0, MAX_TOKENS);
  kept.forEach((token, i) => {
    features.add(`w:${token.word}`);
    if (token.base !== token.word) features.add(`b:${token.base}`);
    if (token.negated) features.add(`n:${token.base}`);
    if (i > 0) features.add(`p:${kept[i - 1].base} ${token.base}`);
    addGrams(token.word, features);
  });
  return [...features];
}

/**
 * The features of parts read as one run, from each part's own: theirs, plus the word
 * pairs across the joins; the same set messageFeatures gives for all their tokens,
 * without reading every word again.
 */
export function joinedFeatures(parts: readonly { tokens: readonly AnalyzedToken[]; features: readonly string[] }[]): string[] {
  if (parts.reduce((count, part) => count + part.tokens.length, 0) > MAX_TOKENS) return messageFeatures(parts.flatMap((part) => part.tokens));
  const features = new Set<string>();
  let previous: AnalyzedToken | undefined;
  for (const part of parts) {
    if (previous && part.tokens.length > 0) features.add(`p:${previous.base} ${part.tokens[0].base}`);
    for (const feature of part.features) features.add(feature);
    previous = part.tokens.at(-1) ?? previous;
  }
  return [...features];
}

