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

/** The sentence for `key`, with `{name}` replaced by `values[name]`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const template = active[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
