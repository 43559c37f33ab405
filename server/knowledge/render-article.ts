import { resolveTimeZone } from './format-time';
import type { Article, VariantOverride } from './article-schema';
import type { RenderContext, RenderedArticle } from './knowledge-types';
import { placeholderLookup, type PlaceholderLookup } from './placeholders';
import { compileTemplate, fillCompiled, type CompiledTemplate } from './template';

interface ArticleText {
  summary: string;
  facts: string[];
  steps: string[];
}

interface CompiledText {
  summary: CompiledTemplate;
  facts: CompiledTemplate[];
  steps: CompiledTemplate[];
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

function compiledVariant(article: Article, context: RenderContext, readerOnUtc: boolean): CompiledText {
  let variants = compiledVariants.get(article);
  if (!variants) compiledVariants.set(article, (variants = new Map()));
  const key = `${context.facts.kind ?? ''}|${context.facts.policy}|${readerOnUtc}`;
  let compiled = variants.get(key);
  if (!compiled) {
    const text = resolveVariant(article, context);
    // A reader already on UTC would read the same moment twice: "17:00 UTC (17:00 UTC)".
    const compile = (line: string) => compileTemplate(readerOnUtc ? line.replaceAll(' ({{deadlineUtc}})', '') : line);
    compiled = { summary: compile(text.summary), facts: text.facts.map(compile), steps: text.steps.map(compile) };
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

const relatedTitles = new WeakMap<Article, { among: readonly Article[]; related: RenderedArticle['related'] }>();

function relatedOf(article: Article, allArticles: readonly Article[]): RenderedArticle['related'] {
  const known = relatedTitles.get(article);
  if (known?.among === allArticles) return known.related;
  const related = article.related.flatMap((id) => {
    const other = allArticles.find((candidate) => candidate.id === id);
    return other ? [Object.freeze({ id, title: other.title })] : [];
  });
  // Shared by every answer from this article: frozen, so no caller can change another's.
  Object.freeze(related);
  relatedTitles.set(article, { among: allArticles, related });
  return related;
}

export function renderArticle(
  article: Article,
  context: RenderContext,
  allArticles: readonly Article[] = [],
): RenderedArticle {
  const values = placeholderLookup(context);
  const text = compiledVariant(article, context, resolveTimeZone(context.timeZone) === 'UTC');
  const summary = fillCompiled(text.summary, values) ?? '';
  const facts = fillLines(text.facts, values);
  const steps = fillLines(text.steps, values);
  return {
    id: article.id,
    title: article.title,
    audience: article.audience,
    version: article.version,
    summary,
    facts,
    steps,
    body: composeBody(summary, facts, steps),
    related: relatedOf(article, allArticles),
    offerEscalation: article.offerEscalation,
  };
}

/** Plain text for clients that show one block: summary, facts, numbered steps. */
export function composeBody(summary: string, facts: string[], steps: string[]): string {
  let body = summary.trim() === '' ? '' : summary;
  const block = (text: string) => {
    if (text.trim() !== '') body = body === '' ? text : `${body}\n\n${text}`;
  };
  block(facts.join('\n'));
  let numbered = '';
  for (let i = 0; i < steps.length; i++) numbered += `${i === 0 ? '' : '\n'}${i + 1}. ${steps[i]}`;
  block(numbered);
  return body;
}
