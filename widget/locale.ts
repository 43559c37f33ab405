// Which language the widget speaks. Pure decisions here; storage and the catalogue
// modules live around them (language-choice.ts, messages/catalogue.ts).
import { DEFAULT_LOCALE, supportedLanguageOf, type Locale } from '../server/i18n/locales';

export interface LocaleInputs {
  /** The embed's `data-locale`: the host page knows its candidate's language. */
  attribute?: string | null;
  /** The candidate's own pick in the language menu, remembered from an earlier visit. */
  chosen?: string | null;
  /** `navigator.languages`, the browser's preference order. */
  browser?: readonly string[];
}

export interface LocaleChoice {
  locale: Locale;
  /**
   * Set when the page or the candidate named the language: it goes to the server as
   * the handshake's `language`, and the language the server answers in never
   * overrides it. Unset, the widget follows the server's `locale` on bot messages.
   */
  explicit?: Locale;
}

/** First match wins: data-locale, the candidate's choice, the browser, then English. */
export function negotiateLocale({ attribute, chosen, browser = [] }: LocaleInputs): LocaleChoice {
  const explicit = supportedLanguageOf(attribute) ?? supportedLanguageOf(chosen);
  if (explicit) return { locale: explicit, explicit };
  for (const tag of browser) {
    const locale = supportedLanguageOf(tag);
    if (locale) return { locale };
  }
  return { locale: DEFAULT_LOCALE };
}

// None of today's languages is written right to left; the next one may be.
const RTL = /^(ar|he|fa|ur|ps|sd|yi)$/;

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL.test(locale) ? 'rtl' : 'ltr';
}

/**
 * The tag dates and times are formatted with: the browser's own (`es-MX`) when it is a
 * variant of the widget's language, so regional formats survive; else the language.
 */
export function intlTagFor(locale: Locale, browserTag: string | undefined): string {
  return browserTag && supportedLanguageOf(browserTag) === locale ? browserTag : locale;
}
