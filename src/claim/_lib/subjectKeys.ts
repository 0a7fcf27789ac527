import type { Subject } from '../SubjectSchema.js';

/** The fields of each kind of subject, in the order the key lists them. */
const FIELDS = {
  transferred: ['exchange', 'to', 'transfer', 'throughStage', 'category', 'cohort'],
  exchanged: ['exchange', 'category'],
  'returned-total': [
    'to',
    'from',
    'since',
    'through',
    'agreement',
    'legalBasis',
    'registered',
    'category',
    'cohort',
  ],
  'exchanged-total': ['parties', 'since', 'through', 'agreement', 'category'],
  held: ['holder', 'of', 'category', 'cohort', 'onOfficialLists'],
  'captured-total': ['captor', 'of', 'since', 'category', 'cohort'],
  missing: ['of', 'believedHeldBy', 'registered', 'category'],
  'exchange-count': ['parties', 'since', 'through', 'agreement'],
  died: ['of', 'holder', 'during', 'exchange', 'since', 'category', 'cohort'],
  listed: ['by', 'to', 'stage', 'exchange', 'agreement', 'category'],
  agreed: ['agreement', 'to', 'category'],
} as const satisfies Record<Subject['type'], readonly string[]>;

const WITH_CATEGORY = new Set<string>([
  'transferred',
  'exchanged',
  'returned-total',
  'exchanged-total',
  'died',
  'listed',
  'held',
  'captured-total',
  'missing',
  'agreed',
]);

/**
 * The key of a subject but for its category and cohort: what claims about a part and claims about
 * the whole it belongs to have in common.
 *
 * @internal
 */
export function scopeKey(subject: Subject): string {
  return keyOfSubject(subject, true);
}

/** @internal */
export function keyOfSubject(subject: Subject, scopeOnly: boolean): string {
  // The pieces are joined once: a "field=value" string per field was made only to be joined.
  const pieces: string[] = [subject.type];
  const record = subject as unknown as Record<string, unknown>;
  for (const field of FIELDS[subject.type]) {
    if (scopeOnly && (field === 'category' || field === 'cohort')) continue;
    let value = record[field];
    if (field === 'category' && value === undefined && WITH_CATEGORY.has(subject.type))
      value = 'people';
    if (value === undefined) continue;
    if (Array.isArray(value)) value = [...(value as string[])].sort().join(',');
    pieces.push('|', field, '=', typeof value === 'string' ? value : String(value));
  }
  return pieces.join('');
}
