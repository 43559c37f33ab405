import { detectLanguage } from '../knowledge/language';
import type { Locale } from './locales';

// The language a candidate writes in, only when it is clear enough to answer in it:
// "help pls" or "ok" must not switch the conversation to French. tinyld knows
// English, Spanish, Portuguese and French; Hindi is recognised by its script, or,
// written in Latin letters (as most candidates in India type it), by words that
// only Hindi sentences are made of. tinyld has no model for romanised Hindi.

const DEVANAGARI = /[\u0900-\u097F]/g;
/** Hindi function words and verb forms that do not occur in the other four languages. */
const HINGLISH = new Set([
  'hai', 'hain', 'nahi', 'nahin', 'nhi', 'kya', 'kyu', 'kyun', 'kaise', 'kaisa', 'mera', 'meri', 'mere', 'mujhe', 'maine',
  'hum', 'humne', 'aap', 'aapka', 'aapke', 'karu', 'karun', 'karna', 'karein', 'kare', 'raha', 'rahi', 'rahe', 'gaya', 'gayi',
  'hua', 'hui', 'tha', 'thi', 'kab', 'kahan', 'kaha', 'abhi', 'bhi', 'aur', 'lekin', 'chahiye', 'hoga', 'kyunki', 'kripya', 'dobara', 'wala', 'wali',
]);
const MIN_WORDS = 3;

export function detectMessageLanguage(text: string): Locale | null {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return null;
  if ((text.match(DEVANAGARI)?.length ?? 0) / letters.length > 0.3) return 'hi';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const hindiWords = words.filter((word) => HINGLISH.has(word)).length;
  if (hindiWords >= 2 && hindiWords / words.length >= 0.15) return 'hi';
  const detected = detectLanguage(text);
  return detected === 'en' || detected === 'es' || detected === 'pt' || detected === 'fr' ? detected : null;
}
