import type { ScenarioId } from '../diagnosis/scenario-ids';
import type { Article } from './article-schema';
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
}

/**
 * The base over already validated articles. Messages are read by the intent model
 * blended with the lexical index; search results are that same reading, so the
 * search API, the diagnosis and the chat always agree.
 */
export function createKnowledgeBase(sources: Article[] | KnowledgeSources): KnowledgeBase {
  const { articles, smallTalk = [], tuning, modelCache } = Array.isArray(sources) ? { articles: sources } : sources;
  const byId = new Map<string, Article>(articles.map((article) => [article.id, article]));
  const ids = articles.map((article): ScenarioId => article.id);
  const index = createSearchIndex(articles);
  const reader = createMessageReader(articles, smallTalk, (text, audience) => index.search(text, { audience, limit: articles.length }), tuning, { cache: modelCache });
  const titleOf = (id: ScenarioId) => byId.get(id)?.title ?? id;
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
      return renderArticle(article, context, articles);
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
