import { z } from 'zod';

/** The answer of GET /api/v1/alert-rule: a PrometheusRule to paste (docs/api-alert-rule.md). */
export const alertRuleSchema = z.object({ yaml: z.string() });
export type AlertRuleBody = z.infer<typeof alertRuleSchema>;
