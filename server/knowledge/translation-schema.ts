import { z } from 'zod';
import { ALL_SCENARIOS } from '../diagnosis/scenario-ids';
import { variantOverrideSchema } from './article-schema';

// The shape of one knowledge/<locale>/<id>.yaml: the words of an English article in
// another language. Everything else (audience, category, related, escalation) is
// the English article's: a translation cannot change what an answer does.

const text = z.string().trim().min(1, 'must not be empty');

export const translationSchema = z
  .object({
    id: z.enum(ALL_SCENARIOS, { error: (issue) => `unknown scenario id ${JSON.stringify(issue.input)}` }),
    /** The English article's `version` this was translated from: older means stale. */
    translatedFrom: z.number().int().positive(),
    title: text,
    summary: text,
    facts: z.array(text).default([]),
    steps: z.array(text).min(1),
    variants: z
      .object({
        policy: z.object({ strict: variantOverrideSchema.optional(), flexible: variantOverrideSchema.optional() }).strict().optional(),
        kind: z
          .object({ assessment: variantOverrideSchema.optional(), ai_interview: variantOverrideSchema.optional(), video_interview: variantOverrideSchema.optional() })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    questions: z.array(text).min(6, 'needs at least 6 example questions in its language'),
    keywords: z.array(text).min(1),
  })
  .strict();

export type Translation = z.infer<typeof translationSchema>;
