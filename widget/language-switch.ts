// The widget's language at run time: negotiated once (locale.ts), changed by the menu
// or by the language the server answers in, each catalogue fetched on first use. The
// widget keeps showing the language it has until the next one has arrived.
import { supportedLanguageOf, type Locale } from '../server/i18n/locales';
import { directionOf, intlTagFor, negotiateLocale, type LocaleChoice } from './locale';
import { currentLocale, loadWords, useWords } from './messages/catalogue';

const CHOSEN_KEY = 'linkdoctor-language';

function readChosen(): string | null {
  try {
    return localStorage.getItem(CHOSEN_KEY);
  } catch {
    return null; // storage blocked: the choice lasts as long as the page
  }
}

function remember(locale: Locale): void {
  try {
    localStorage.setItem(CHOSEN_KEY, locale);
  } catch {
    // as above
  }
}

export type ShowLanguage = (locale: Locale, dir: 'ltr' | 'rtl') => void;

export class LanguageSwitch {
  #choice: LocaleChoice;
  #wanted: Locale | undefined;
  #show: ShowLanguage;

  /** `attribute` is the embed's `data-locale`; `show` relabels the widget once a catalogue is active. */
  constructor(attribute: string | null, show: ShowLanguage) {
    const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
    this.#choice = negotiateLocale({ attribute, chosen: readChosen(), browser });
    this.#show = show;
  }

  /** Named by the page or the candidate: sent with the handshake, never overridden by the server. */
  get explicit(): Locale | undefined {
    return this.#choice.explicit;
  }

  start(): Promise<void> {
    return this.#use(this.#choice.locale);
  }

  /** The candidate's pick in the menu, remembered for their next visit. */
  choose(locale: Locale): Promise<void> {
    remember(locale);
    this.#choice = { locale, explicit: locale };
    return this.#use(locale);
  }

  /** The language of a bot message: followed unless the page or the candidate named one. */
  follow(tag: string | undefined): void {
    const locale = supportedLanguageOf(tag);
    if (!locale || this.#choice.explicit || locale === this.#choice.locale) return;
    this.#choice = { locale };
    void this.#use(locale);
  }

  async #use(locale: Locale): Promise<void> {
    this.#wanted = locale;
    try {
      const words = await loadWords(locale);
      // A later choice won the race; its own load will show it.
      if (this.#wanted !== locale) return;
      useWords(locale, words, intlTagFor(locale, navigator.language));
    } catch {
      // Could not fetch it (offline): the widget stays in the language it shows.
    }
    const shown = currentLocale();
    this.#show(shown, directionOf(shown));
  }
}
