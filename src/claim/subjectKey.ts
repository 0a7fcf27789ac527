import type { Subject } from './SubjectSchema.js';
import { keyOfSubject } from './_lib/subjectKeys.js';

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
  return keyOfSubject(subject, false);
}
