// The languages a candidate can be answered in. English is the source of every
// article and catalogue; the others are translations of it (README: "Languages").

export const SUPPORTED_LOCALES = ['en', 'es', 'pt', 'fr', 'hi'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for the widget's language menu. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  fr: 'Français',
  hi: 'हिन्दी',
};

/** Each language's name in English, for recruiter and agent screens (which stay English). */
const ENGLISH_NAMES: Record<Locale, string> = { en: 'English', es: 'Spanish', pt: 'Portuguese', fr: 'French', hi: 'Hindi' };

/** "Spanish" for `es`; null for no language or one we do not serve. */
export function languageName(locale: string | null | undefined): string | null {
  return isLocale(locale) ? ENGLISH_NAMES[locale] : null;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** The supported language of a BCP 47 tag (`pt-BR` → `pt`), if it is one of ours. */
export function supportedLanguageOf(tag: string | undefined | null): Locale | undefined {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : undefined;
}
