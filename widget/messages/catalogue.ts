// Looks up the widget's sentences. One locale is bundled today; a new language is a
// file with the same keys added to CATALOGUES (tests check that no key is missing).
import { en, type Catalogue, type MessageKey } from './en';

export type { MessageKey } from './en';

const CATALOGUES: Record<string, Catalogue> = { en };
let active: Catalogue = en;

/** Picks the catalogue for a BCP 47 tag (`fr-CA` → `fr`), English when there is none. */
export function useLocale(tag: string | undefined): string {
  const language = (tag ?? '').toLowerCase().split('-')[0];
  const found = CATALOGUES[language];
  active = found ?? en;
  return found ? language : 'en';
}

/** `template` with `{name}` replaced by `values[name]`. Pure: the server renders pages with it too. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The widget's sentence for `key` in the locale picked by useLocale. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(active[key] ?? en[key], values);
}
