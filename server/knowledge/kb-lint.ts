import { formatKnowledgeError, loadKnowledge } from './load-knowledge';

export interface LintResult {
  ok: boolean;
  /** One line per problem, "file:line:column: message". */
  errors: string[];
  /** Missing or stale translations, same format: reported, but the base still loads. */
  warnings: string[];
}

/** What `kb lint` reports: the whole base checked exactly as the server loads it. */
export function lintKnowledge(dir: string): LintResult {
  const { errors, warnings } = loadKnowledge(dir, { requireAllScenarios: true });
  return { ok: errors.length === 0, errors: errors.map(formatKnowledgeError), warnings: warnings.map(formatKnowledgeError) };
}
