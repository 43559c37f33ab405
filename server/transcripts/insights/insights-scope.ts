import { z } from 'zod';
import { ALL_SCENARIOS } from '../../diagnosis/scenario-ids';
import { idParamSchema } from '../../http/schemas';
import { HAS_CONTENT, SqlParams } from '../transcript-query';
import type { Range } from './insights-store';

// Which conversations a figure of GET /api/v1/insights counts: started in the range,
// someone spoke (empty ones are in no rate), within the reader's org, and narrowed
// by org, scenario and policy when asked.

export const insightsFilterSchema = z.object({
  org: idParamSchema.optional(),
  scenario: z.enum(ALL_SCENARIOS).optional(),
  policy: z.enum(['strict', 'flexible']).optional(),
});

export interface InsightsScope extends Range, z.output<typeof insightsFilterSchema> {
  /** The one org the reader may see; null: every org. */
  orgScope: string | null;
}

/** The WHERE clause over conversations `c`, its values collected in `params`. */
export function insightsWhere(scope: InsightsScope, params: SqlParams): string {
  const where = [`c.created_at >= ${params.add(scope.from)}`, `c.created_at < ${params.add(scope.to)}`, HAS_CONTENT('c')];
  if (scope.orgScope) where.push(`c.org_id = ${params.add(scope.orgScope)}`);
  if (scope.org) where.push(`c.org_id = ${params.add(scope.org)}`);
  if (scope.policy) where.push(`c.org_id IN (SELECT po.id FROM orgs po WHERE po.policy = ${params.add(scope.policy)})`);
  if (scope.scenario) {
    where.push(`EXISTS (SELECT 1 FROM conversation_messages sc
      WHERE sc.conversation_id = c.id AND sc.role = 'bot' AND sc.scenario = ${params.add(scope.scenario)})`);
  }
  return `WHERE ${where.join(' AND ')}`;
}
