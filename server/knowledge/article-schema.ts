import { z } from 'zod';
import { ALL_SCENARIOS } from '../diagnosis/scenario-ids';

// The shape of one knowledge/*.yaml file. `.strict()` everywhere: a misspelt key
// (say `setps:`) would otherwise be dropped silently and the article would render
// without the content its author believes is there.

export const text = z.string().trim().min(1, 'must not be empty');
export const scenarioId = z.enum(ALL_SCENARIOS, {
  // zod would list all 32 ids; the unknown one is what the author needs to see.
  error: (issue) => `unknown scenario id ${JSON.stringify(issue.input)}`,
});

/** What a variant may replace; each field it sets replaces the base one wholesale. */
export const variantOverrideSchema = z
  .object({
    summary: text.optional(),
    facts: z.array(text).optional(),
    steps: z.array(text).min(1).optional(),
  })
  .strict();

/** What a reader is shown: the same fields, with the same rules, in an article and in its translations. */
export const articleTextShape = {
  title: text,
  summary: text,
  facts: z.array(text).default([]),
  steps: z.array(text).min(1),
  variants: z
    .object({
      policy: z.object({ strict: variantOverrideSchema.optional(), flexible: variantOverrideSchema.optional() }).strict().optional(),
      kind: z
        .object({
          assessment: variantOverrideSchema.optional(),
          ai_interview: variantOverrideSchema.optional(),
          video_interview: variantOverrideSchema.optional(),
        })
        .strict()
        .optional(),
    })
    .strict()
    .optional(),
};

/**
 * More messages as people type them (fragments, typos, backstory), for the intent
 * model only: the search index reads the tidier `questions`, and stays small.
 * An article's and a translation's alike.
 */
export const modelExamples = z.array(text).default([]);

export const articleSchema = z
  .object({
    id: scenarioId,
    audience: z.enum(['candidate', 'recruiter']),
    category: z.enum(['state', 'question', 'recruiter']),
    version: z.number().int().positive(),
    ...articleTextShape,
    questions: z.array(text).min(6, 'needs at least 6 example questions'),
    examples: modelExamples,
    keywords: z.array(text).min(1),
    related: z.array(scenarioId).default([]),
    offerEscalation: z.boolean(),
  })
  .strict();

export type Article = z.infer<typeof articleSchema>;
export type VariantOverride = z.infer<typeof variantOverrideSchema>;
