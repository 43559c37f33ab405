import { checkArticle, textFields, type ArticleProblem } from './article-checks';
import type { Article } from './article-schema';
import { formatYamlPath, type YamlPath } from './yaml-location';
import { findPlaceholders } from './template';
import type { Translation } from './translation-schema';

// A translation must say the same thing as its English source in another language:
// the same fields, the same number of facts and steps, the same placeholders in
// each. What it may not do is change facts the renderer fills in, or go stale
// unnoticed when the English article changes (its `version` moves on).

/** The English article with its words replaced by the translation's; what is rendered. */
export function localizeArticle(english: Article, translation: Translation): Article {
  return {
    ...english,
    title: translation.title,
    summary: translation.summary,
    facts: translation.facts,
    steps: translation.steps,
    variants: translation.variants,
    questions: translation.questions,
    examples: translation.examples,
    keywords: translation.keywords,
  };
}

const key = (path: YamlPath) => formatYamlPath(path);
const namesIn = (text: string) => findPlaceholders(text).map((use) => use.name).sort().join(', ');

/** Errors that make the translation unusable, and whether it is merely out of date. */
export interface TranslationCheck {
  errors: ArticleProblem[];
  stale?: ArticleProblem;
}

export function checkTranslation(translation: Translation, english: Article | undefined, fileId: string): TranslationCheck {
  const errors: ArticleProblem[] = [];
  if (translation.id !== fileId) errors.push({ path: ['id'], message: `id "${translation.id}" must equal the file name "${fileId}"` });
  if (!english) return { errors: [...errors, { path: ['id'], message: `no English article "${translation.id}" to translate` }] };
  if (english.audience !== 'candidate') {
    return { errors: [...errors, { path: ['id'], message: `${english.id} is for recruiters, whose screens stay in English` }] };
  }
  if (translation.translatedFrom > english.version) {
    errors.push({ path: ['translatedFrom'], message: `translatedFrom ${translation.translatedFrom} is newer than the English version ${english.version}` });
  }
  const localized = localizeArticle(english, translation);
  errors.push(...checkArticle(localized, english.id));
  errors.push(...compareFields(english, localized));
  const stale =
    translation.translatedFrom < english.version
      ? { path: ['translatedFrom'], message: `stale: translated from version ${translation.translatedFrom}, the English article is now version ${english.version}; English is shown until it is updated` }
      : undefined;
  return { errors, stale };
}

/** Every rendered field of the English article has its counterpart, with the same placeholders. */
function compareFields(english: Article, localized: Article): ArticleProblem[] {
  const rendered = (article: Article) => new Map(textFields(article).filter((f) => f.role !== 'verbatim').map((f) => [key(f.path), f]));
  const source = rendered(english);
  const target = rendered(localized);
  const problems: ArticleProblem[] = [];
  for (const [where, field] of source) {
    const counterpart = target.get(where);
    if (!counterpart) {
      problems.push({ path: field.path, message: `missing: the English article has ${where}` });
    } else if (namesIn(field.text) !== namesIn(counterpart.text)) {
      problems.push({ path: counterpart.path, message: `placeholders {${namesIn(counterpart.text)}} differ from the English {${namesIn(field.text)}}` });
    }
  }
  for (const [where, field] of target) {
    if (!source.has(where)) problems.push({ path: field.path, message: `not in the English article: ${where}` });
  }
  return problems;
}
