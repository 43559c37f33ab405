import { existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ScenarioId } from '../diagnosis/scenario-ids';
import { SUPPORTED_LOCALES, type Locale } from '../i18n/locales';
import type { Article } from './article-schema';
import { listFiles, located, readYamlFile, type KnowledgeError } from './load-knowledge';
import { checkTranslation, localizeArticle } from './translation-checks';
import { translationSchema } from './translation-schema';

// knowledge/<locale>/<id>.yaml: the candidate articles in another language. A broken
// translation is an error like a broken article (the server refuses to start, kb lint
// fails); a missing or stale one is only a warning: English is shown with a one-line
// note in the candidate's language, never a wrong or half-filled answer.

/** The up-to-date translated articles of one language, by id. */
export type TranslatedArticles = ReadonlyMap<ScenarioId, Article>;

export interface TranslationsResult {
  byLocale: Map<Locale, TranslatedArticles>;
  errors: KnowledgeError[];
  warnings: KnowledgeError[];
}

export const TRANSLATED_LOCALES = SUPPORTED_LOCALES.filter((locale) => locale !== 'en');

function loadLocale(dir: string, english: ReadonlyMap<string, Article>, brokenSources: ReadonlySet<string>): { articles: Map<ScenarioId, Article>; errors: KnowledgeError[]; warnings: KnowledgeError[] } {
  const articles = new Map<ScenarioId, Article>();
  const warnings: KnowledgeError[] = [];
  const { files, errors } = listFiles(dir);
  for (const file of files) {
    const read = readYamlFile(file, translationSchema);
    errors.push(...read.errors);
    if (!read.value || !read.locator) continue;
    const source = english.get(read.value.id);
    // An English article that failed to load reports itself; its translations wait for it.
    if (!source && brokenSources.has(read.value.id)) continue;
    const check = checkTranslation(read.value, source, basename(file, '.yaml'));
    errors.push(...check.errors.map((problem) => located(problem, file, read.locator!)));
    if (check.stale) warnings.push(located(check.stale, file, read.locator));
    else if (check.errors.length === 0 && source) articles.set(source.id, localizeArticle(source, read.value));
  }
  for (const article of english.values()) {
    if (article.audience !== 'candidate' || existsSync(join(dir, `${article.id}.yaml`))) continue;
    warnings.push({ file: join(dir, `${article.id}.yaml`), line: 0, column: 0, message: `missing translation of ${article.id}; English is shown` });
  }
  return { articles, errors, warnings };
}

/** Every language folder under `dir` that exists, checked against the English articles. */
export function loadTranslations(dir: string, englishArticles: readonly Article[], englishFiles: readonly string[] = []): TranslationsResult {
  const english = new Map(englishArticles.map((article) => [article.id as string, article]));
  const brokenSources = new Set(englishFiles.map((file) => basename(file, '.yaml')).filter((id) => !english.has(id)));
  const result: TranslationsResult = { byLocale: new Map(), errors: [], warnings: [] };
  for (const locale of TRANSLATED_LOCALES) {
    const folder = join(dir, locale);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) continue;
    const loaded = loadLocale(folder, english, brokenSources);
    result.byLocale.set(locale, loaded.articles);
    result.errors.push(...loaded.errors);
    result.warnings.push(...loaded.warnings);
  }
  return result;
}
