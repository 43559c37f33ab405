import { watch, type FSWatcher } from 'node:fs';
import { loadKnowledgeBase } from './knowledge-base';
import type { KnowledgeBase } from './knowledge-types';
import { KnowledgeLoadError, formatKnowledgeError, type LoadOptions } from './load-knowledge';

/** The subset of pino (and console) the watcher logs through. */
export interface KnowledgeLogger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface WatchOptions extends LoadOptions {
  logger?: KnowledgeLogger;
  /** Editors write a file in several steps (truncate, write, rename); wait for quiet. */
  debounceMs?: number;
}

/** A knowledge base that follows edits to its directory (development only). */
export interface WatchedKnowledgeBase extends KnowledgeBase {
  /** Loads the directory again now; false when the edit was rejected. */
  reload(): boolean;
  close(): void;
}

/**
 * Loads `dir` (throwing like loadKnowledgeBase when it is broken at start) and
 * reloads it on every change. A broken edit is logged and the last good base
 * stays in service, so a typo mid-edit never takes the chat down.
 */
export function watchKnowledge(dir: string, options: WatchOptions = {}): WatchedKnowledgeBase {
  const { logger = console, debounceMs = 150 } = options;
  let current = loadKnowledgeBase(dir, options);
  let timer: NodeJS.Timeout | undefined;

  const reload = (): boolean => {
    try {
      current = loadKnowledgeBase(dir, options);
      logger.info({ dir, articles: current.ids().length }, 'knowledge base reloaded');
      return true;
    } catch (error) {
      const errors = error instanceof KnowledgeLoadError ? error.errors.map(formatKnowledgeError) : [String(error)];
      logger.error({ dir, errors }, 'knowledge edit rejected; keeping the last good knowledge base');
      return false;
    }
  };
  // Recursive: translations live in knowledge/<locale>/.
  const watcher: FSWatcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(reload, debounceMs);
  });
  watcher.on('error', (error) => logger.error({ dir, error: String(error) }, 'knowledge watcher failed'));
  watcher.unref(); // watching alone must not keep a process (or a test run) alive

  return {
    has: (id) => current.has(id),
    ids: () => current.ids(),
    render: (id, context) => current.render(id, context),
    search: (query, searchOptions) => current.search(query, searchOptions),
    classify: (message, audience) => current.classify(message, audience),
    understand: (message, audience) => current.understand(message, audience),
    titleOf: (id) => current.titleOf(id),
    get confidentScore() {
      return current.confidentScore;
    },
    reload,
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
