import { enGateway, type GatewayCatalogue } from '../../widget/messages/en';
import { esGateway } from '../../widget/messages/es';
import { frGateway } from '../../widget/messages/fr';
import { hiGateway } from '../../widget/messages/hi';
import { ptGateway } from '../../widget/messages/pt';
import type { Locale } from './locales';

// The gateway page's sentences by language. They live beside the widget's own (one
// catalogue file per language, widget/messages/<locale>.ts) but the widget's bundle
// leaves them out: only the server renders the page.
const GATEWAY: Record<Locale, GatewayCatalogue> = { en: enGateway, es: esGateway, pt: ptGateway, fr: frGateway, hi: hiGateway };

export function gatewayWordsIn(language: Locale): GatewayCatalogue {
  return GATEWAY[language];
}

/** Writing direction of a language we serve (all left to right today; say so when one is not). */
export function directionOf(_language: Locale): 'ltr' | 'rtl' {
  return 'ltr';
}
