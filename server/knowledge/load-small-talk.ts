import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import type { KnowledgeError } from './load-knowledge';

// `_small-talk.yaml`: example messages that ask nothing ("hi", "thanks!", "asdfgh",
// "what's the salary?"). The intent model learns them as their own class, so a
// greeting is answered with a question back instead of a guessed article, and a
// "Hi team," in front of a real question does not pull it off course.

export const SMALL_TALK_FILE = '_small-talk.yaml';

const smallTalkSchema = z.object({ examples: z.array(z.string().trim().min(1)).min(10, 'needs at least 10 examples') }).strict();

/** The small-talk examples of `dir`; none (and no error) when the file is absent, as in test fixtures. */
export function loadSmallTalk(dir: string): { examples: string[]; errors: KnowledgeError[] } {
  const file = join(dir, SMALL_TALK_FILE);
  if (!existsSync(file)) return { examples: [], errors: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    return { examples: [], errors: [{ file, line, column: col, message: `YAML: ${yamlError.message}` }] };
  }
  const parsed = smallTalkSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { examples: [], errors: [{ file, line: 1, column: 1, message: `${issue.path.join('.') || 'file'}: ${issue.message}` }] };
  }
  return { examples: parsed.data.examples, errors: [] };
}
