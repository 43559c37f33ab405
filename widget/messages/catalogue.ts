// Looks up the widget's sentences. English is built in; another language is its own
// module (`./es.ts`, …), built apart (build-widget.ts) and loaded on demand, so that
// it never weighs on the first answer. Parts of the widget that load on demand bring their
// English sentences with them (addEnglish), and a language's module may carry their
// translations as further exports: every export of it is merged.
import type { Locale } from '../../server/i18n/locales';
import { importAsset } from '../asset-base';
import type { EscalationKey } from './en-escalation';
import type { SelfCheckKey } from './en-self-check';
import { en, type MessageKey } from './en';

export type { MessageKey } from './en';
export type TextKey = MessageKey | EscalationKey | SelfCheckKey;
export type Words = Partial<Record<TextKey, string>>;
export type Translate = (key: TextKey, values?: Record<string, string | number>) => string;

const english: Words = { ...en };
let active: Words = english;
let current: Locale = 'en';
let intlTag = 'en';

// File name of each language's module, by locale (set by the build; a language whose
// file is missing is left out, and the widget stays in English for it).
declare const LINKDOCTOR_LANGUAGES: Partial<Record<Locale, string>>;

/** The sentences of `locale`, fetched the first time they are needed; rejects when they cannot be. */
export async function loadWords(locale: Locale): Promise<Words> {
  const file = locale === 'en' ? undefined : LINKDOCTOR_LANGUAGES[locale];
  if (!file) return english;
  const words: Words = {};
  for (const part of Object.values(await importAsset<Record<string, Words>>(file))) Object.assign(words, part);
  return words;
}

/** Makes `words` the active catalogue; `tag` is what Intl formats dates with. */
export function useWords(locale: Locale, words: Words, tag: string = locale): void {
  active = words;
  current = locale;
  intlTag = tag;
}

/** The English sentences of a part loaded on demand (the escalation form, the self-check). */
export function addEnglish(words: Words): void {
  Object.assign(english, words);
}

export function currentLocale(): Locale {
  return current;
}

export function currentIntlTag(): string {
  return intlTag;
}

/** `template` with `{name}` replaced by `values[name]`. Pure: the server renders pages with it too. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The sentence for `key` in the active language, English where it has none yet. */
export const t: Translate = (key, values) => fill(active[key] ?? english[key] ?? key, values);
