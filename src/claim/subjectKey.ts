import type { Subject } from './SubjectSchema.js';

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
 * A canonical key for a subject: the same for every claim about the same thing, whatever order
 * its fields were written in. An absent category is `people`; the parties of an exchange count
 * are sorted. Ids cannot contain `|` or `=`, so the key is unambiguous.
 *
 * @param subject - What a claim counts.
 * @returns A string such as `transferred|exchange=ua-ru-2023-04-26|to=UA|category=people`.
 * @example
 * ```ts
 * import { subjectKey } from 'swapledger';
 * subjectKey({ type: 'transferred', to: 'UA', exchange: 'ua-ru-2023-04-26' });
 * // 'transferred|exchange=ua-ru-2023-04-26|to=UA|category=people'
 * subjectKey({ type: 'exchange-count', parties: ['UA', 'RU'] }) === subjectKey({ type: 'exchange-count', parties: ['RU', 'UA'] }); // true
 * ```
 */
export function subjectKey(subject: Subject): string {
  const parts: string[] = [subject.type];
  const record = subject as unknown as Record<string, unknown>;
  for (const field of FIELDS[subject.type]) {
    let value = record[field];
    if (field === 'category' && value === undefined && WITH_CATEGORY.has(subject.type))
      value = 'people';
    if (value === undefined) continue;
    if (Array.isArray(value)) value = [...(value as string[])].sort().join(',');
    parts.push(`${field}=${String(value)}`);
  }
  return parts.join('|');
}
