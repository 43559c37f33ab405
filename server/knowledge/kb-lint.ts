import { formatKnowledgeError, loadKnowledge } from './load-knowledge';

export interface LintResult {
  ok: boolean;
  /** One line per problem, "file:line:column: message". */
  errors: string[];
}

/** What `kb lint` reports: the whole base checked exactly as the server loads it. */
export function lintKnowledge(dir: string): LintResult {
  const { errors } = loadKnowledge(dir, { requireAllScenarios: true });
  return { ok: errors.length === 0, errors: errors.map(formatKnowledgeError) };
}
