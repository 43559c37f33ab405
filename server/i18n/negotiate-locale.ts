import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, supportedLanguageOf, type Locale } from './locales';

// Which language to answer a candidate in, first match wins (issue 17):
//   1. chosen:   the embed's data-locale, or the candidate's pick in the widget's menu
//   2. detected: the language they write in, when the detector is sure
//   3. browser:  navigator.language sent by the widget, or the Accept-Language header
//   4. English
// Pure: the chat, the diagnose API and the gateway page all ask it.

export interface LocaleSignals {
  chosen?: string | null;
  detected?: Locale | null;
  browser?: string | null;
  acceptLanguage?: string | null;
}

export type LocaleSource = 'chosen' | 'detected' | 'browser' | 'default';

export interface NegotiatedLocale {
  locale: Locale;
  source: LocaleSource;
}

/** The best supported language of an Accept-Language header, by its q-values. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const preferred = new Negotiator({ headers: { 'accept-language': header } }).languages();
  for (const tag of preferred) {
    const language = supportedLanguageOf(tag);
    if (language) return language;
  }
  return undefined;
}

export function negotiateLocale(signals: LocaleSignals): NegotiatedLocale {
  const chosen = supportedLanguageOf(signals.chosen);
  if (chosen) return { locale: chosen, source: 'chosen' };
  if (signals.detected && (SUPPORTED_LOCALES as readonly string[]).includes(signals.detected)) return { locale: signals.detected, source: 'detected' };
  const browser = supportedLanguageOf(signals.browser) ?? fromAcceptLanguage(signals.acceptLanguage);
  if (browser) return { locale: browser, source: 'browser' };
  return { locale: DEFAULT_LOCALE, source: 'default' };
}
