import { en, enGateway } from '../../widget/messages/en';
import { es, esGateway } from '../../widget/messages/es';
import { fr, frGateway } from '../../widget/messages/fr';
import { hi, hiGateway } from '../../widget/messages/hi';
import { pt, ptGateway } from '../../widget/messages/pt';
import { BOT_CATALOGUE_EN } from '../chat/bot-words';
import { findPlaceholders } from '../knowledge/template';
import { botWordsIn, candidateWordsIn } from './catalogues';
import { CANDIDATE_WORDS_EN } from './candidate-words';
import { SUPPORTED_LOCALES, type Locale } from './locales';

// Every translated catalogue says the same things as the English one: the same keys,
// and in each sentence the same {{placeholders}} and {markers}, so nothing a
// candidate reads is left unfilled or loses a fact.

/** "path → names" for every string in `value`, names sorted. */
function markersOf(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') {
    const names = [...findPlaceholders(value).map((p) => `{{${p.name}}}`), ...[...value.replace(/\{\{[^}]*\}\}/g, '').matchAll(/\{(\w+)\}/g)].map((m) => `{${m[1]}}`)];
    found.set(path, names.sort().join(' '));
    return found;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) for (const [p, names] of markersOf(item, `${path}.${key}`)) found.set(p, names);
  }
  return found;
}

const WIDGET: Record<Exclude<Locale, 'en'>, [object, object]> = { es: [es, esGateway], pt: [pt, ptGateway], fr: [fr, frGateway], hi: [hi, hiGateway] };
const TRANSLATED = SUPPORTED_LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

describe.each(TRANSLATED)('the %s catalogues', (locale) => {
  it.each([
    ['bot sentences', BOT_CATALOGUE_EN, botWordsIn(locale)],
    ['server words', CANDIDATE_WORDS_EN, candidateWordsIn(locale)],
    ['widget', en, WIDGET[locale][0]],
    ['gateway page', enGateway, WIDGET[locale][1]],
  ])('%s: same keys and markers as English, and translated', (_name, english, translated) => {
    const source = markersOf(english);
    const target = markersOf(translated);
    expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
    const differing = [...source].filter(([path, names]) => target.get(path) !== names).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(translated).not.toEqual(english);
  });
});
