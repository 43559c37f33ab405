import { QUESTION_SCENARIOS, RECRUITER_SCENARIOS, STATE_SCENARIOS } from '../diagnosis/scenario-ids';
import type { Article, VariantOverride } from './article-schema';
import { isPlaceholderName } from './placeholders';
import { findPlaceholders, hasMalformedPlaceholder } from './template';
import type { YamlPath } from './yaml-location';

// Checks zod cannot express on one object: the placeholder vocabulary, the id that
// must match the file, the category that must match the scenario list. Each
// problem carries the YAML path so the loader can point at its line.

export interface ArticleProblem {
  path: YamlPath;
  message: string;
}

/** How a text field is used: shown always, shown when its facts are known, or never filled. */
type TextRole = 'always' | 'facts' | 'verbatim';

export interface TextField {
  path: YamlPath;
  text: string;
  role: TextRole;
}

function overrideFields(base: YamlPath, layer: VariantOverride | undefined): TextField[] {
  if (!layer) return [];
  return [
    ...(layer.summary ? [{ path: [...base, 'summary'], text: layer.summary, role: 'always' as const }] : []),
    ...(layer.facts ?? []).map((text, i) => ({ path: [...base, 'facts', i], text, role: 'facts' as const })),
    ...(layer.steps ?? []).map((text, i) => ({ path: [...base, 'steps', i], text, role: 'always' as const })),
  ];
}

export function textFields(article: Article): TextField[] {
  const list = (key: 'questions' | 'examples' | 'keywords', role: TextRole) =>
    article[key].map((text, i) => ({ path: [key, i], text, role }));
  const variants = article.variants ?? {};
  const variantLayers = [
    ...Object.entries(variants.policy ?? {}).map(([name, layer]) => overrideFields(['variants', 'policy', name], layer)),
    ...Object.entries(variants.kind ?? {}).map(([name, layer]) => overrideFields(['variants', 'kind', name], layer)),
  ];
  return [
    { path: ['title'], text: article.title, role: 'verbatim' },
    ...overrideFields([], { summary: article.summary, facts: article.facts, steps: article.steps }),
    ...list('questions', 'verbatim'),
    ...list('examples', 'verbatim'),
    ...list('keywords', 'verbatim'),
    ...variantLayers.flat(),
  ];
}

function placeholderProblems(field: TextField): ArticleProblem[] {
  const problems: ArticleProblem[] = [];
  const report = (message: string) => problems.push({ path: field.path, message });
  if (hasMalformedPlaceholder(field.text)) report('malformed placeholder: write {{name}} or {{name|fallback}}');
  for (const use of findPlaceholders(field.text)) {
    if (field.role === 'verbatim') report(`placeholder {{${use.name}}} is not filled here (title, questions and keywords are used as written)`);
    else if (!isPlaceholderName(use.name)) report(`unknown placeholder {{${use.name}}}`);
    else if (field.role === 'always' && !use.fallback)
      report(`placeholder {{${use.name}}} needs a fallback ({{${use.name}|...}}): summaries and steps are always shown`);
  }
  return problems;
}

function expectedCategory(id: string): Article['category'] {
  if ((STATE_SCENARIOS as readonly string[]).includes(id)) return 'state';
  if ((QUESTION_SCENARIOS as readonly string[]).includes(id)) return 'question';
  if ((RECRUITER_SCENARIOS as readonly string[]).includes(id)) return 'recruiter';
  throw new Error(`not a scenario id: ${id}`); // unreachable: zod checked the id
}

/** Problems within one article; `fileId` is its file name without extension. */
export function checkArticle(article: Article, fileId: string): ArticleProblem[] {
  const problems: ArticleProblem[] = textFields(article).flatMap(placeholderProblems);
  if (article.id !== fileId) problems.push({ path: ['id'], message: `id "${article.id}" must equal the file name "${fileId}"` });
  const category = expectedCategory(article.id);
  if (article.category !== category)
    problems.push({ path: ['category'], message: `category of ${article.id} must be "${category}"` });
  const audience = category === 'recruiter' ? 'recruiter' : 'candidate';
  if (article.audience !== audience)
    problems.push({ path: ['audience'], message: `audience of ${article.id} must be "${audience}"` });
  return problems;
}

/** Problems with `related`, which need the whole set of loaded ids. */
export function checkRelated(article: Article, knownIds: ReadonlySet<string>): ArticleProblem[] {
  const seen = new Set<string>();
  return article.related.flatMap((id, i): ArticleProblem[] => {
    const path = ['related', i];
    if (id === article.id) return [{ path, message: 'an article cannot be related to itself' }];
    if (seen.has(id)) return [{ path, message: `related id "${id}" is listed twice` }];
    seen.add(id);
    return knownIds.has(id) ? [] : [{ path, message: `unknown related id "${id}": no article has it` }];
  });
}
