import { z } from 'zod';
import { articleTextShape, modelExamples, scenarioId, text } from './article-schema';

// The shape of one knowledge/<locale>/<id>.yaml: the words of an English article in
// another language. Everything else (audience, category, related, escalation) is
// the English article's: a translation cannot change what an answer does.

export const translationSchema = z
  .object({
    id: scenarioId,
    /** The English article's `version` this was translated from: older means stale. */
    translatedFrom: z.number().int().positive(),
    ...articleTextShape,
    questions: z.array(text).min(6, 'needs at least 6 example questions in its language'),
    examples: modelExamples,
    keywords: z.array(text).min(1),
  })
  .strict();

export type Translation = z.infer<typeof translationSchema>;
