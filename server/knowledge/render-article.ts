import { resolveTimeZone } from './format-time';
import type { Article, VariantOverride } from './article-schema';
import type { RenderContext, RenderedArticle } from './knowledge-types';
import { placeholderLookup } from './placeholders';
import { fillTemplate } from './template';

interface ArticleText {
  summary: string;
  facts: string[];
  steps: string[];
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

export function renderArticle(
  article: Article,
  context: RenderContext,
  allArticles: readonly Article[] = [],
): RenderedArticle {
  const values = placeholderLookup(context);
  const text = resolveVariant(article, context);
  // Lines whose facts are unknown are dropped rather than shown half empty; the
  // loader makes sure summary and steps always have fallbacks, so only facts drop.
  // A reader already on UTC would read the same moment twice: "17:00 UTC (17:00 UTC)".
  const readerOnUtc = resolveTimeZone(context.timeZone) === 'UTC';
  const template = (line: string) => (readerOnUtc ? line.replaceAll(' ({{deadlineUtc}})', '') : line);
  const fill = (lines: string[]) =>
    lines.map((line) => fillTemplate(template(line), values)).filter((line): line is string => line !== null);
  const summary = fillTemplate(template(text.summary), values) ?? '';
  const facts = fill(text.facts);
  const steps = fill(text.steps);
  return {
    id: article.id,
    title: article.title,
    audience: article.audience,
    version: article.version,
    summary,
    facts,
    steps,
    body: composeBody(summary, facts, steps),
    related: article.related.flatMap((id) => {
      const other = allArticles.find((candidate) => candidate.id === id);
      return other ? [{ id, title: other.title }] : [];
    }),
    offerEscalation: article.offerEscalation,
  };
}

/** Plain text for clients that show one block: summary, facts, numbered steps. */
export function composeBody(summary: string, facts: string[], steps: string[]): string {
  const blocks = [summary, facts.join('\n'), steps.map((step, index) => `${index + 1}. ${step}`).join('\n')];
  return blocks.filter((block) => block.trim() !== '').join('\n\n');
}
