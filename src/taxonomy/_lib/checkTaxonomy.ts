import type * as z from 'zod';
import { fast } from '../../validation/_lib/fast.js';
import { fromZod } from '../../validation/_lib/fromZod.js';
import { fail, ok } from '../../result/_lib/result.js';
import { safely } from '../../validation/_lib/safely.js';
import type { Result } from '../../result/Result.js';
import type { Issue } from '../../validation/Issue.js';
import type { TaxonomyLike } from './taxonomyIndex.js';
import { taxonomyStructureIssues } from './taxonomyStructure.js';

/**
 * A taxonomy's whole check: its shape by `schema`, then the rules between its records. The one
 * check behind `safeAssertTaxonomy` and the taxonomy schema's Standard Schema.
 */
export function checkTaxonomy<S extends z.ZodType<TaxonomyLike>>(
  schema: S,
  input: unknown,
): Result<z.output<S>, readonly Issue[]> {
  return safely(() => {
    const parsed = fast(schema).safeParse(input);
    if (!parsed.success) return fail(fromZod(parsed.error.issues, input));
    const issues = taxonomyStructureIssues(parsed.data);
    return issues.length > 0 ? fail(issues) : ok(parsed.data);
  });
}
