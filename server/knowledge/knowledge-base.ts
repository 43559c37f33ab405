import type { ScenarioId } from '../diagnosis/scenario-ids';
import { candidateWordsIn } from '../i18n/catalogues';
import type { Locale } from '../i18n/locales';
import type { Article } from './article-schema';
import type { TranslatedArticles } from './load-translations';
import type { Audience, KnowledgeBase } from './knowledge-types';
import { loadKnowledgeSourcesOrThrow, type LoadOptions } from './load-knowledge';
import { renderArticle } from './render-article';
import { createSearchIndex } from './search-index';
import { createMessageReader, type Understanding, type UnderstandingTuning } from './understand-message';

const RECENT_READINGS = 256;

export class UnknownArticleError extends Error {
  constructor(readonly id: string) {
    super(`no knowledge article with id "${id}"`);
    this.name = 'UnknownArticleError';
  }
}

export interface KnowledgeSources {
  articles: Article[];
  /** Example messages that ask nothing; see load-small-talk.ts. */
  smallTalk?: string[];
  tuning?: UnderstandingTuning;
  /** Reuse a model trained earlier from the same examples (default true); see intent-model-cache.ts. */
  modelCache?: boolean;
  /** Up-to-date translations by language; see load-translations.ts. */
  translations?: ReadonlyMap<Locale, TranslatedArticles>;
}

/**
 * What the reader learns from: each English article with the example questions and
 * keywords of its translations added, so a question in Spanish finds its answer
 * whatever language the answer is then shown in.
 */
function withTranslatedExamples(articles: Article[], translations: ReadonlyMap<Locale, TranslatedArticles>): Article[] {
  if (translations.size === 0) return articles;
  return articles.map((article) => {
    const translated = [...translations.values()].flatMap((byId) => byId.get(article.id) ?? []);
    if (translated.length === 0) return article;
    return {
      ...article,
      questions: [...article.questions, ...translated.flatMap((t) => t.questions)],
      examples: [...article.examples, ...translated.flatMap((t) => t.examples)],
      keywords: [...article.keywords, ...translated.flatMap((t) => t.keywords)],
    };
  });
}

/**
 * The base over already validated articles. Messages are read by the intent model
 * blended with the lexical index; search results are that same reading, so the
 * search API, the diagnosis and the chat always agree.
 */
export function createKnowledgeBase(sources: Article[] | KnowledgeSources): KnowledgeBase {
  const { articles, smallTalk = [], tuning, modelCache, translations = new Map<Locale, TranslatedArticles>() } = Array.isArray(sources) ? { articles: sources } : sources;
  const byId = new Map<string, Article>(articles.map((article) => [article.id, article]));
  const ids = articles.map((article): ScenarioId => article.id);
  const examples = withTranslatedExamples(articles, translations);
  const index = createSearchIndex(examples);
  const reader = createMessageReader(examples, smallTalk, (text, audience) => index.search(text, { audience, limit: examples.length }), tuning, { cache: modelCache });
  // Related articles are listed by their titles in the same language as the answer.
  const allIn = new Map<Locale, Article[]>([...translations].map(([locale, byLocale]) => [locale, articles.map((a) => byLocale.get(a.id) ?? a)]));
  const inLanguage = (id: ScenarioId, language: Locale | undefined) => (language && translations.get(language)?.get(id)) || undefined;
  const titleOf = (id: ScenarioId, language?: Locale) => inLanguage(id, language)?.title ?? byId.get(id)?.title ?? id;
  // One chat turn reads the same message more than once (the diagnosis, the reply):
  // the last few readings are kept. Readings are never mutated once made.
  const recent = new Map<string, Understanding>();
  const understand = (message: string, audience?: Audience): Understanding => {
    const key = `${audience ?? ''}|${message}`;
    let reading = recent.get(key);
    if (!reading) {
      reading = reader.understand(message, audience);
      if (recent.size >= RECENT_READINGS) recent.delete(recent.keys().next().value as string);
      recent.set(key, reading);
    }
    return reading;
  };
  return {
    has: (id) => byId.has(id),
    ids: () => [...ids],
    render(id, context) {
      const article = byId.get(id);
      if (!article) throw new UnknownArticleError(id);
      const language = context.language ?? 'en';
      if (language === 'en' || article.audience !== 'candidate') return renderArticle(article, { ...context, language: 'en' }, articles);
      const translated = inLanguage(id, language);
      if (translated) return renderArticle(translated, context, allIn.get(language) ?? articles);
      return renderArticle(article, { ...context, language: 'en' }, articles, candidateWordsIn(language).translationPending);
    },
    understand,
    titleOf,
    confidentScore: reader.tuning.confidentScore,
    search(query, options = {}) {
      const { ranked } = understand(query, options.audience);
      return ranked
        .filter((entry) => entry.score > 0)
        .slice(0, options.limit ?? 5)
        .map(({ scenario, score }) => ({ id: scenario, title: titleOf(scenario), score }));
    },
    classify(message, audience) {
      const understanding = understand(message, audience);
      const [top, ...rest] = understanding.ranked;
      if (!top || understanding.smallTalk) return null;
      return { ...top, runnersUp: rest.slice(0, 3), otherTopics: understanding.otherTopics };
    },
  };
}

/** Loads `dir` (throws KnowledgeLoadError naming file and line) and builds the base. */
export function loadKnowledgeBase(dir: string, options?: LoadOptions): KnowledgeBase {
  return createKnowledgeBase(loadKnowledgeSourcesOrThrow(dir, options));
}
