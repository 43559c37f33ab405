import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { core, z } from 'zod';
import { ALL_SCENARIOS } from '../diagnosis/scenario-ids';
import { checkArticle, checkRelated, type ArticleProblem } from './article-checks';
import { articleSchema, type Article } from './article-schema';
import { loadSmallTalk } from './load-small-talk';
import { loadTranslations, type TranslationsResult } from './load-translations';
import { createYamlLocator, formatYamlPath, type YamlLocator } from './yaml-location';

export interface KnowledgeError {
  file: string;
  /** 1-based; 0 when the problem is a file that is missing altogether. */
  line: number;
  column: number;
  message: string;
}

export interface LoadResult {
  /** The articles that parsed; only a complete base when `errors` is empty. */
  articles: Article[];
  /** Messages about nothing (greetings, thanks, gibberish), so the bot learns to tell them apart. */
  smallTalk: string[];
  /** Up-to-date translations by language (knowledge/<locale>/), see load-translations.ts. */
  translations: TranslationsResult['byLocale'];
  errors: KnowledgeError[];
  /** Missing or stale translations: reported by kb lint, English is shown meanwhile. */
  warnings: KnowledgeError[];
}

export interface LoadOptions {
  /** Demand one article per scenario id (the real base); tests load partial sets. */
  requireAllScenarios?: boolean;
}

export function formatKnowledgeError(error: KnowledgeError): string {
  const where = error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
  return `${where}: ${error.message}`;
}

/** Thrown when the server must not start: every problem, one per line. */
export class KnowledgeLoadError extends Error {
  constructor(readonly errors: KnowledgeError[]) {
    super(`invalid knowledge base:\n${errors.map(formatKnowledgeError).join('\n')}`);
    this.name = 'KnowledgeLoadError';
  }
}

interface ParsedFile {
  file: string;
  article: Article;
  locator: YamlLocator;
}

function issueProblem(issue: core.$ZodIssue, locator: YamlLocator, file: string): KnowledgeError {
  const where = formatYamlPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const position = locator.keyAt(issue.path, issue.keys[0]);
    return { file, ...position, message: `${where ? `${where}: ` : ''}unknown key(s) ${issue.keys.join(', ')}` };
  }
  // zod says "expected string, received undefined" for a key that is not there.
  const message = locator.exists(issue.path) ? issue.message : 'missing required key';
  return { file, ...locator.at(issue.path), message: `${where || 'article'}: ${message}` };
}

/** `file` parsed and checked against `schema`, with a locator for pointing at lines. */
export function readYamlFile<T>(file: string, schema: z.ZodType<T>): { value?: T; locator?: YamlLocator; errors: KnowledgeError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return { file, line, column: col, message: `YAML: ${error.message}` };
    });
    return { errors };
  }
  const locator = createYamlLocator(doc, lineCounter);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) return { errors: result.error.issues.map((issue) => issueProblem(issue, locator, file)) };
  return { value: result.data, locator, errors: [] };
}

function parseFile(file: string): { parsed?: ParsedFile; errors: KnowledgeError[] } {
  const { value: article, locator, errors } = readYamlFile(file, articleSchema);
  if (!article || !locator) return { errors };
  const fileId = basename(file).replace(/\.yaml$/, '');
  return { parsed: { file, article, locator }, errors: checkArticle(article, fileId).map((problem) => located(problem, file, locator)) };
}

export function located(problem: ArticleProblem, file: string, locator: YamlLocator): KnowledgeError {
  return { file, ...locator.at(problem.path), message: `${formatYamlPath(problem.path)}: ${problem.message}` };
}

export function listFiles(dir: string): { files: string[]; errors: KnowledgeError[] } {
  const names = readdirSync(dir).sort();
  const errors = names
    .filter((name) => name.endsWith('.yml'))
    .map((name) => ({ file: join(dir, name), line: 0, column: 0, message: 'rename to .yaml: only .yaml files are loaded' }));
  // `_`-files are not articles: `_small-talk.yaml` holds the examples of no question.
  const articles = names.filter((name) => name.endsWith('.yaml') && !name.startsWith('_'));
  return { files: articles.map((name) => join(dir, name)), errors };
}

/** Reads and validates every knowledge/*.yaml; never throws for content problems. */
export function loadKnowledge(dir: string, options: LoadOptions = {}): LoadResult {
  const { files, errors } = listFiles(dir);
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const result = parseFile(file);
    errors.push(...result.errors);
    if (result.parsed) parsed.push(result.parsed);
  }
  // A file that failed to parse still counts as present: its own errors say what
  // is wrong, without every article relating to it failing too.
  const ids = new Set(files.map((file) => basename(file, '.yaml')));
  for (const { file, article, locator } of parsed) {
    errors.push(...checkRelated(article, ids).map((problem) => located(problem, file, locator)));
  }
  if (options.requireAllScenarios ?? true) {
    for (const id of ALL_SCENARIOS.filter((scenario) => !ids.has(scenario))) {
      errors.push({ file: join(dir, `${id}.yaml`), line: 0, column: 0, message: `missing article for scenario ${id}` });
    }
  }
  const smallTalk = loadSmallTalk(dir);
  errors.push(...smallTalk.errors);
  const articles = parsed.map(({ article }) => article);
  const translations = loadTranslations(dir, articles, files);
  errors.push(...translations.errors);
  return { articles, smallTalk: smallTalk.examples, translations: translations.byLocale, errors, warnings: translations.warnings };
}

/** The articles and small talk, or a KnowledgeLoadError naming every file and line at fault. */
export function loadKnowledgeSourcesOrThrow(dir: string, options?: LoadOptions): Omit<LoadResult, 'errors' | 'warnings'> {
  const { articles, smallTalk, translations, errors } = loadKnowledge(dir, options);
  if (errors.length > 0) throw new KnowledgeLoadError(errors);
  return { articles, smallTalk, translations };
}

/** The articles, or a KnowledgeLoadError naming every file and line at fault. */
export function loadKnowledgeOrThrow(dir: string, options?: LoadOptions): Article[] {
  return loadKnowledgeSourcesOrThrow(dir, options).articles;
}
