import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// The one module that knows which language libraries the understanding uses, so
// a replacement touches this file only:
// - wink-nlp with its English model: tokens (contractions split, emoji and URLs
//   kept apart), English lemmas ("says" -> "say") and negation scope ("did not
//   submit" marks "submit"), and sentence boundaries;
// Which language a message is in is server/i18n/detect-language.ts's (tinyld and
// the scripts), the one detector for the trace and for the answer's language.
// Other languages need no stemmer here: character n-grams carry their inflections
// (measured: stems by detected language gained nothing on the tuning sets).

export interface AnalyzedToken {
  /** Lower case, accents folded. */
  word: string;
  /** The English lemma ("says" -> "say"); for other languages mostly the word itself. */
  base: string;
  /** Inside the scope of a negation ("didn't *submit*"). */
  negated: boolean;
}

export interface Sentence {
  /** As written (accents folded). */
  text: string;
  tokens: AnalyzedToken[];
}

export interface Analysis {
  /** Every word-like token of the text, in order. */
  tokens: AnalyzedToken[];
  sentences: Sentence[];
}

// Built on first use: loading the English model costs ~300 ms and ~16 MB, which a
// process that never reads a message (the CLI) should not pay.
let nlp: WinkMethods | undefined;
function engine(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'negation']);
  return nlp;
}

const MARKS = /\p{M}+/gu;
const WORD_LIKE = /[\p{L}\p{N}]/u;

/** Lower case with accents folded: "Évaluation" and "evaluacion" meet halfway. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** Tokens, lemmas, negation and sentences of `text`. */
export function analyze(text: string): Analysis {
  const { its } = engine();
  // Folded first: the English tokenizer splits accented words ("não" -> "n", "ão").
  const doc = engine().readDoc(foldWord(text));
  const all = doc.tokens();
  // wink's `its` getters are plain functions that never use `this`; passing them detached is its documented use.
  /* eslint-disable @typescript-eslint/unbound-method */
  const values = all.out(its.value);
  // wink's types declare the lemma getter with another signature; at run time it is a token getter.
  const lemmas = all.out(its.lemma as unknown as typeof its.value);
  const negations = all.out(its.negationFlag) as unknown as boolean[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  /* eslint-enable @typescript-eslint/unbound-method */
  const sentences: Sentence[] = [];
  const tokens: AnalyzedToken[] = [];
  for (const [first, last] of spans) {
    const own: AnalyzedToken[] = [];
    for (let i = first; i <= last; i++) {
      if (!WORD_LIKE.test(values[i])) continue;
      own.push({ word: values[i], base: (lemmas[i] ?? values[i]).toLowerCase(), negated: negations[i] === true });
    }
    sentences.push({ text: values.slice(first, last + 1).join(' '), tokens: own });
    tokens.push(...own);
  }
  return { tokens, sentences };
}
