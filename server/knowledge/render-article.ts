import { resolveTimeZone } from './format-time';
import type { Article, VariantOverride } from './article-schema';
import type { RenderContext, RenderedArticle } from './knowledge-types';
import { withKnownJson } from '../http/json-parts';
import { placeholderLookup, type PlaceholderLookup, type PlaceholderName } from './placeholders';
import { compileTemplate, fillCompiled, type CompiledTemplate } from './template';

interface ArticleText {
  summary: string;
  facts: string[];
  steps: string[];
}

interface CompiledText {
  /** Tells this variant apart in the memo of rendered articles. */
  id: number;
  summary: CompiledTemplate;
  facts: CompiledTemplate[];
  steps: CompiledTemplate[];
  /** Every placeholder the variant uses: their values decide the rendered text. */
  names: PlaceholderName[];
}

/**
 * The text that applies to these facts: base, then the kind variant, then the
 * policy variant. Policy wins because it decides which remedies exist at all.
 */
export function resolveVariant(article: Article, context: RenderContext): ArticleText {
  const { policy, kind } = context.facts;
  const layers: (VariantOverride | undefined)[] = [
    kind && article.variants?.kind?.[kind],
    article.variants?.policy?.[policy],
  ];
  let text: ArticleText = { summary: article.summary, facts: article.facts, steps: article.steps };
  for (const layer of layers) if (layer) text = { ...text, ...definedOnly(layer) };
  return text;
}

function definedOnly(layer: VariantOverride): Partial<ArticleText> {
  return Object.fromEntries(Object.entries(layer).filter(([, value]) => value !== undefined));
}

// An article has a handful of variants (kind × policy × reader on UTC or not), each
// compiled the first time it is asked for. Articles are immutable once loaded, and a
// reload brings new objects, so the old compilations go with them.
const compiledVariants = new WeakMap<Article, Map<string, CompiledText>>();
let variantIds = 0;

function placeholderNames(lines: CompiledTemplate[]): PlaceholderName[] {
  const names = new Set<PlaceholderName>();
  for (const line of lines) for (const part of line) if (typeof part !== 'string') names.add(part.name as PlaceholderName);
  return [...names];
}

function compiledVariant(article: Article, context: RenderContext, readerOnUtc: boolean): CompiledText {
  let variants = compiledVariants.get(article);
  if (!variants) compiledVariants.set(article, (variants = new Map()));
  const key = `${context.facts.kind ?? ''}|${context.facts.policy}|${readerOnUtc}`;
  let compiled = variants.get(key);
  if (!compiled) {
    const text = resolveVariant(article, context);
    // A reader already on UTC would read the same moment twice: "17:00 UTC (17:00 UTC)".
    const compile = (line: string) => compileTemplate(readerOnUtc ? line.replaceAll(' ({{deadlineUtc}})', '') : line);
    const [summary, facts, steps] = [compile(text.summary), text.facts.map(compile), text.steps.map(compile)];
    compiled = { id: (variantIds += 1), summary, facts, steps, names: placeholderNames([summary, ...facts, ...steps]) };
    variants.set(key, compiled);
  }
  return compiled;
}

// Lines whose facts are unknown are dropped rather than shown half empty; the loader
// makes sure summary and steps always have fallbacks, so only facts drop.
function fillLines(lines: CompiledTemplate[], values: PlaceholderLookup): string[] {
  const filled: string[] = [];
  for (const line of lines) {
    const text = fillCompiled(line, values);
    if (text !== null) filled.push(text);
  }
  return filled;
}

// Only a memo miss gets here, and the result is frozen with the rest of the article.
function relatedOf(article: Article, allArticles: readonly Article[]): RenderedArticle['related'] {
  const related = article.related.flatMap((id) => {
    const other = allArticles.find((candidate) => candidate.id === id);
    return other ? [Object.freeze({ id, title: other.title })] : [];
  });
  return Object.freeze(related) as RenderedArticle['related'];
}

// The same link read in the same minute renders the same text (a chat asks on every
// turn; a widget and its page ask together): rendered articles are kept by variant and
// placeholder values, frozen with their JSON, and cleared all at once when full.
const rendered = new Map<string, RenderedArticle>();
const MAX_RENDERED = 500;
const amongIds = new WeakMap<readonly Article[], number>();
let amongCount = 0;

function renderKey(text: CompiledText, values: PlaceholderLookup, allArticles: readonly Article[]): string {
  let among = amongIds.get(allArticles);
  if (among === undefined) amongIds.set(allArticles, (among = amongCount += 1));
  let key = `${text.id}:${among}`;
  // Each value prefixed by its length, so no two lists of values read as one key.
  for (const name of text.names) {
    const value = values(name);
    key += value === undefined ? '|-' : `|${value.length}:${value}`;
  }
  return key;
}

// One empty list, not a new one per call: the memo tells lists apart by identity.
const NO_ARTICLES: readonly Article[] = Object.freeze([]);

/**
 * `article` (already in the language to show) filled with the reader's facts.
 * `notice`, when given, says the text is English because its translation is
 * missing; it opens the body.
 */
export function renderArticle(
  article: Article,
  context: RenderContext,
  allArticles: readonly Article[] = NO_ARTICLES,
  notice?: string,
): RenderedArticle {
  const values = placeholderLookup(context);
  const text = compiledVariant(article, context, resolveTimeZone(context.timeZone) === 'UTC');
  const key = `${renderKey(text, values, allArticles)}|${notice ?? ''}`;
  const known = rendered.get(key);
  if (known) return known;
  const summary = fillCompiled(text.summary, values) ?? '';
  const facts = fillLines(text.facts, values);
  const steps = fillLines(text.steps, values);
  const result: RenderedArticle = {
    id: article.id,
    locale: context.language ?? 'en',
    ...(notice ? { notice } : {}),
    title: article.title,
    audience: article.audience,
    version: article.version,
    summary,
    facts: Object.freeze(facts) as string[],
    steps: Object.freeze(steps) as string[],
    body: notice ? `${notice}\n\n${composeBody(summary, facts, steps)}` : composeBody(summary, facts, steps),
    related: relatedOf(article, allArticles),
    offerEscalation: article.offerEscalation,
  };
  if (rendered.size >= MAX_RENDERED) rendered.clear();
  rendered.set(key, withKnownJson(Object.freeze(result)));
  return result;
}

/** Plain text for clients that show one block: summary, facts, numbered steps. */
export function composeBody(summary: string, facts: string[], steps: string[]): string {
  const blocks = [summary, facts.join('\n'), steps.map((step, index) => `${index + 1}. ${step}`).join('\n')];
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}
