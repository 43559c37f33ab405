import { detectAll } from 'tinyld/light';
import type { Locale } from './locales';

// The language a candidate writes in, only when it is clear enough to answer in it:
// "help pls" or "ok" must not switch the conversation to French. tinyld knows
// English, Spanish, Portuguese and French; Hindi is recognised by its script, or,
// written in Latin letters (as most candidates in India type it), by words that
// only Hindi sentences are made of. tinyld has no model for romanised Hindi.

const DEVANAGARI = /[\u0900-\u097F]/g;
/** Hindi function words and verb forms that do not occur in the other four languages. */
const HINGLISH = new Set([
  'hai',
  'hain',
  'nahi',
  'nahin',
  'nhi',
  'kya',
  'kyu',
  'kyun',
  'kyon',
  'kaise',
  'kaisa',
  'kab',
  'kahan',
  'kaha',
  'kaun',
  'kisko',
  'mera',
  'meri',
  'mere',
  'mujhe',
  'maine',
  'humne',
  'aap',
  'aapka',
  'aapke',
  'ke',
  'ki',
  'ka',
  'ko',
  'liye',
  'pe',
  'ab',
  'abhi',
  'bhi',
  'aur',
  'lekin',
  'kar',
  'karu',
  'karun',
  'karna',
  'karein',
  'kare',
  'karke',
  'kiya',
  'diya',
  'liya',
  'raha',
  'rahi',
  'rahe',
  'gaya',
  'gayi',
  'gaye',
  'hua',
  'hui',
  'tha',
  'thi',
  'hoga',
  'hogi',
  'hoon',
  'hu',
  'sakta',
  'sakti',
  'sakte',
  'chahiye',
  'kyunki',
  'kripya',
  'dobara',
  'wapas',
  'wala',
  'wali',
  'kitna',
  'kitni',
  'kuch',
  'sab',
  'yaar',
  'jagah',
  'bhejna',
  'padega',
  'baar',
  'galti',
  'naya',
  'nayi',
  'khatam',
  'ghante',
  'pura',
  'poora',
  'aadha',
  'bol',
  'dikha',
  'mila',
  'milega',
]);
const MIN_WORDS = 3;
// Measured on the tuning sets (test/kb-eval/lang-check.ts): a message of five words or
// more goes by the detector's first choice when it has at least half of its belief;
// a shorter one only when it is near certain. Short English ("more time pls",
// "camera access denied") otherwise reads as French or Portuguese.
const LONG_MESSAGE = 5;
const SHARE_LONG = 0.5;
const SHARE_SHORT = 0.9;
const SAMPLE = 300;
const DETECTABLE = ['en', 'es', 'pt', 'fr'];

// Candidates quote the (English) screen: "Interview Finished". The quote says nothing
// about the language they write in, so it is left out when enough remains.
const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»/g;

function withoutQuotes(text: string): string {
  const rest = text.replace(QUOTED, ' ');
  return (rest.match(/\p{L}+/gu) ?? []).length >= MIN_WORDS ? rest : text;
}

export function detectMessageLanguage(message: string): Locale | null {
  const text = withoutQuotes(message);
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return null;
  if ((text.match(DEVANAGARI)?.length ?? 0) / letters.length > 0.3) return 'hi';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const hindiWords = words.filter((word) => HINGLISH.has(word)).length;
  if (hindiWords >= 2 && hindiWords / words.length >= 0.15) return 'hi';
  const [best, second] = detectAll(text.slice(0, SAMPLE), { only: DETECTABLE });
  if (!best || best.accuracy <= 0.05) return null;
  const share = best.accuracy / (best.accuracy + (second?.accuracy ?? 0));
  const sure = share >= (words.length >= LONG_MESSAGE ? SHARE_LONG : SHARE_SHORT);
  return sure ? (best.lang as Locale) : null;
}
