import { sheetAmbiguousAlias } from '../../_lib/messages.js';
import type { Issue } from '../../validation/Issue.js';
import type { SheetMapping } from '../SheetMappingSchema.js';
import { normal } from './normal.js';

/**
 * The wordings a mapping gives to two different things: an alias (or a record's id or name) of
 * two parties or two sources, a wording of two media, subjects, cohorts, date notes or
 * categories. The importer matches a cell to the first; a mapping that says two things of one
 * wording is refused instead, each clash at the path of its second use. Wordings are compared as
 * they are matched ({@link normal}). The same wording given twice for the same thing is no clash.
 *
 * @internal
 */
export function mappingAmbiguities(mapping: SheetMapping): Issue[] {
  const issues: Issue[] = [];
  const check = (kind: string) => {
    const seen = new Map<string, { what: string; label: string }>();
    return (wording: string, what: string, label: string, path: (string | number)[]) => {
      const key = normal(wording);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, { what, label });
      else if (first.what !== what)
        issues.push({
          path,
          code: 'invalid-value',
          message: sheetAmbiguousAlias(kind, wording, first.label, label),
        });
    };
  };
  const party = check('parties');
  (mapping.parties ?? []).forEach(({ record, aliases }, i) => {
    party(record.id, record.id, record.id, ['parties', i, 'record', 'id']);
    party(record.name, record.id, record.id, ['parties', i, 'record', 'name']);
    (aliases ?? []).forEach((a, k) => party(a, record.id, record.id, ['parties', i, 'aliases', k]));
  });
  const source = check('sources');
  (mapping.sources ?? []).forEach(({ record, aliases }, i) => {
    source(record.id, record.id, record.id, ['sources', i, 'record', 'id']);
    source(record.name, record.id, record.id, ['sources', i, 'record', 'name']);
    (aliases ?? []).forEach((a, k) => {
      const wording = typeof a === 'string' ? a : a.wording;
      const via = typeof a === 'string' ? undefined : a.reportedBy;
      const what = via === undefined ? record.id : `${record.id}\u0000${via}`;
      const label = via === undefined ? record.id : `${record.id} (reported by ${via})`;
      source(wording, what, label, ['sources', i, 'aliases', k]);
    });
  });
  const media = check('media');
  (mapping.media ?? []).forEach((e, i) =>
    media(
      e.wording,
      `${e.medium}\u0000${e.reportedBy ?? ''}`,
      e.reportedBy === undefined ? e.medium : `${e.medium} (reported by ${e.reportedBy})`,
      ['media', i, 'wording'],
    ),
  );
  const subjects = check('subjects');
  (mapping.subjects ?? []).forEach((e, i) => {
    const what = JSON.stringify([e.subject, e.asOf ?? null]);
    subjects(e.wording, what, `subjects[${i}]`, ['subjects', i, 'wording']);
  });
  const cohorts = check('cohorts');
  (mapping.cohorts ?? []).forEach((e, i) =>
    cohorts(e.wording, e.cohort, e.cohort, ['cohorts', i, 'wording']),
  );
  const notes = check('date notes');
  (mapping.dateNotes ?? []).forEach((e, i) =>
    notes(e.wording, e.note, e.note, ['dateNotes', i, 'wording']),
  );
  const categories = new Map<string, ReturnType<typeof check>>();
  (mapping.crosswalk ?? []).forEach((e, i) => {
    const scope = `${e.language ?? ''}\u0000${e.party ?? ''}`;
    const walk = categories.get(scope) ?? check('categories');
    categories.set(scope, walk);
    walk(e.wording, e.category, e.category, ['crosswalk', i, 'wording']);
  });
  (mapping.exchanges ?? []).forEach((x, j) => {
    const walk = check(`categories for the exchange ${JSON.stringify(x.id)}`);
    (x.crosswalk ?? []).forEach((e, i) =>
      walk(e.wording, e.category, e.category, ['exchanges', j, 'crosswalk', i, 'wording']),
    );
  });
  return issues;
}
