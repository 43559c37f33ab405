import type { ScenarioId } from '../diagnosis/scenario-ids';
import type { Article } from './article-schema';
import type { KnowledgeBase } from './knowledge-types';
import { loadKnowledgeOrThrow, type LoadOptions } from './load-knowledge';
import { renderArticle } from './render-article';
import { createSearchIndex } from './search-index';

export class UnknownArticleError extends Error {
  constructor(readonly id: string) {
    super(`no knowledge article with id "${id}"`);
    this.name = 'UnknownArticleError';
  }
}

/** The base over already validated articles; search and classify come from the index. */
export function createKnowledgeBase(articles: Article[]): KnowledgeBase {
  const byId = new Map<string, Article>(articles.map((article) => [article.id, article]));
  const ids = articles.map((article): ScenarioId => article.id);
  const index = createSearchIndex(articles);
  return {
    has: (id) => byId.has(id),
    ids: () => [...ids],
    render(id, context) {
      const article = byId.get(id);
      if (!article) throw new UnknownArticleError(id);
      return renderArticle(article, context, articles);
    },
    search: (query, options) => index.search(query, options),
    classify: index.classify,
  };
}

/** Loads `dir` (throws KnowledgeLoadError naming file and line) and builds the base. */
export function loadKnowledgeBase(dir: string, options?: LoadOptions): KnowledgeBase {
  return createKnowledgeBase(loadKnowledgeOrThrow(dir, options));
}
