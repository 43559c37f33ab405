import type { Config } from '../config';
import { loadKnowledgeBase } from './knowledge-base';
import type { KnowledgeBase } from './knowledge-types';
import { watchKnowledge, type KnowledgeLogger } from './watch-knowledge';

export interface KnowledgeHandle {
  /** The base to use now; with watching on, it follows edits to the directory. */
  current: () => KnowledgeBase;
  stop(): void;
}

/**
 * Loads the knowledge base for the server, throwing KnowledgeLoadError (every
 * file and line at fault) when it is broken, so the server refuses to start.
 */
export function startKnowledge(config: Pick<Config, 'kbDir' | 'kbWatch'>, logger: KnowledgeLogger): KnowledgeHandle {
  if (!config.kbWatch) {
    const base = loadKnowledgeBase(config.kbDir);
    logger.info({ dir: config.kbDir, articles: base.ids().length }, 'knowledge base loaded');
    return { current: () => base, stop: () => undefined };
  }
  const watched = watchKnowledge(config.kbDir, { logger });
  logger.info({ dir: config.kbDir, articles: watched.ids().length }, 'knowledge base loaded; watching for edits');
  return { current: () => watched, stop: () => watched.close() };
}
