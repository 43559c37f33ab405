import type { Locale } from '../i18n/locales';
import type { DiagnosisFacts, QuestionClassifier } from '../diagnosis/diagnosis-types';
import type { ScenarioId } from '../diagnosis/scenario-ids';
import type { Understanding } from './understand-message';

export type Audience = 'candidate' | 'recruiter';

/** How an article is rendered for one reader: their facts and their clock. */
export interface RenderContext {
  facts: DiagnosisFacts;
  /** IANA time zone of the reader (e.g. `Europe/Paris`); UTC when unknown. */
  timeZone?: string;
  /** The reader's BCP 47 tag, for 12 or 24 hours and a date's regional form. */
  locale?: string;
  /** The language to answer in; English when absent or when the article has no up-to-date translation. */
  language?: Locale;
}

/** An article with its placeholders filled and its policy/kind variant applied. */
export interface RenderedArticle {
  id: ScenarioId;
  /** The language the text is in: the one asked for, or English when its translation is missing or stale. */
  locale: Locale;
  /** One line in the asked-for language saying that the answer is shown in English, when it is. */
  notice?: string;
  title: string;
  audience: Audience;
  version: number;
  /** One or two sentences answering the question. */
  summary: string;
  /** What to do next, in order. */
  steps: string[];
  /** Sentences carrying the real facts (deadline, time left, ...); only those whose facts are known. */
  facts: string[];
  /** summary, facts and steps as plain text, for clients that show one block. */
  body: string;
  related: { id: ScenarioId; title: string }[];
  offerEscalation: boolean;
}

export interface SearchResult {
  id: ScenarioId;
  title: string;
  /** Confidence in 0..1, higher is better. */
  score: number;
}

export interface SearchOptions {
  audience?: Audience;
  limit?: number;
}

/** The loaded knowledge base: what the rest of the server may ask of it. */
export interface KnowledgeBase {
  has(id: string): boolean;
  ids(): ScenarioId[];
  render(id: ScenarioId, context: RenderContext): RenderedArticle;
  search(query: string, options?: SearchOptions): SearchResult[];
  /** The article's title (in `language` when translated), or the id itself for an unknown one. */
  titleOf(id: ScenarioId, language?: Locale): string;
  /** What a message is about, how sure that is, and what else it raises. */
  understand(message: string, audience?: Audience): Understanding;
  classify: QuestionClassifier;
  /** A classification scoring at or above this is acted on; below it, choices are offered. */
  readonly confidentScore: number;
}
