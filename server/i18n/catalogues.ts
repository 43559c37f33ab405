import type { BotCatalogue } from '../chat/bot-catalogue';
import { BOT_CATALOGUE_EN } from '../chat/bot-words';
import { es as botEs } from '../chat/bot-words.es';
import { fr as botFr } from '../chat/bot-words.fr';
import { hi as botHi } from '../chat/bot-words.hi';
import { pt as botPt } from '../chat/bot-words.pt';
import { CANDIDATE_WORDS_EN, type CandidateWords } from './candidate-words';
import { es as candidateEs } from './candidate-words.es';
import { fr as candidateFr } from './candidate-words.fr';
import { hi as candidateHi } from './candidate-words.hi';
import { pt as candidatePt } from './candidate-words.pt';
import { DEFAULT_LOCALE, type Locale } from './locales';

// Every language's server-side words, in one place: adding a language is a line
// here per catalogue (and a folder of articles, and a widget catalogue).

const BOT: Record<Locale, BotCatalogue> = { en: BOT_CATALOGUE_EN, es: botEs, pt: botPt, fr: botFr, hi: botHi };
const CANDIDATE: Record<Locale, CandidateWords> = { en: CANDIDATE_WORDS_EN, es: candidateEs, pt: candidatePt, fr: candidateFr, hi: candidateHi };

/** The bot's own sentences in `language`, English when it has none. */
export function botWordsIn(language: Locale | undefined): BotCatalogue {
  return BOT[language ?? DEFAULT_LOCALE];
}

/** The server's candidate-facing words in `language`, English when it has none. */
export function candidateWordsIn(language: Locale | undefined): CandidateWords {
  return CANDIDATE[language ?? DEFAULT_LOCALE];
}
