import type { Crosswalk } from '../../taxonomy/CrosswalkSchema.js';
import { defaultTaxonomy } from '../../taxonomy/defaultTaxonomy.js';
import { safeExtendTaxonomy } from '../../taxonomy/extendTaxonomy.js';
import type { Taxonomy, TaxonomyExtension } from '../../taxonomy/TaxonomySchema.js';
import type { Issue } from '../../validation/Issue.js';
import { fast } from '../../validation/_lib/fast.js';
import { fromZod } from '../../validation/_lib/fromZod.js';
import * as messages from '../../_lib/messages.js';
import { DATASET_COLLECTIONS, DATASET_FORMAT, DatasetShape } from './datasetShape.js';
import { own } from '../../_lib/own.js';

/**
 * What a dataset says besides its records: the format, title, licence, description, and the
 * taxonomy and crosswalk its records are read with.
 *
 * @internal
 */
export interface Envelope {
  /** The default taxonomy with the dataset's additions. */
  readonly taxonomy: Taxonomy;
  readonly extension?: TaxonomyExtension | undefined;
  readonly crosswalk?: Crosswalk | undefined;
  /** The format, title, licence and description as checked; absent when the check failed. */
  readonly fields?: Readonly<Record<string, unknown>>;
}

/**
 * Checks a dataset's envelope (or an NDJSON header, whose records are `apart`) with `DatasetShape` itself, so that the schema and the validators
 * can never disagree on it: the record lists are shown to the schema empty (each record is
 * checked on its own, with its index, by the caller), everything else as it is. Returns
 * undefined when the input is not a dataset of this format at all, after reporting why: reading
 * another format as this one would only produce noise.
 *
 * @internal
 */
export function checkEnvelope(
  input: unknown,
  report: (issue: Issue) => void,
  records: 'inline' | 'apart' = 'inline',
): Envelope | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    report({
      path: [],
      code: 'invalid-type',
      message: messages.invalidType('a dataset object', input),
    });
    return undefined;
  }
  const format = own(input, 'format');
  if (format !== undefined && format !== DATASET_FORMAT) {
    report({
      path: ['format'],
      code: 'unsupported-format',
      message: messages.unsupportedFormat(format, DATASET_FORMAT),
    });
    return undefined;
  }
  const view: Record<string, unknown> = {};
  // An NDJSON header stands for the envelope alone: its records come on lines of their own.
  if (records === 'apart')
    for (const key of Object.keys(DATASET_COLLECTIONS)) {
      if (Object.hasOwn(input, key))
        report({ path: [key], code: 'unknown-field', message: messages.recordsApart(key) });
      view[key] = [];
    }
  for (const key of Object.keys(input)) {
    if (records === 'apart' && Object.hasOwn(DATASET_COLLECTIONS, key)) continue;
    const value = (input as Record<string, unknown>)[key];
    // Defined, not assigned: a key named "__proto__" must stay a key, to be reported as unknown.
    Object.defineProperty(view, key, {
      value: Object.hasOwn(DATASET_COLLECTIONS, key) && Array.isArray(value) ? [] : value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const parsed = fast(DatasetShape).safeParse(view);
  if (!parsed.success) {
    for (const issue of fromZod(parsed.error.issues, view)) report(issue);
    return { taxonomy: defaultTaxonomy };
  }
  const { taxonomy: extension, crosswalk } = parsed.data;
  // The envelope's own fields as the schema returned them: read once, so a getter cannot answer
  // one thing to the check and another to the result.
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed.data))
    if (!Object.hasOwn(DATASET_COLLECTIONS, key) && key !== 'taxonomy' && key !== 'crosswalk')
      fields[key] = value;
  if (extension === undefined) return { taxonomy: defaultTaxonomy, crosswalk, fields };
  const extended = safeExtendTaxonomy(defaultTaxonomy, extension);
  if (!extended.success) {
    for (const issue of extended.error) report({ ...issue, path: ['taxonomy', ...issue.path] });
    return { taxonomy: defaultTaxonomy, crosswalk, fields };
  }
  return { taxonomy: extended.data, extension, crosswalk, fields };
}
