// Importing sheets: the reference file through the committed mapping gives the committed sample;
// a second team's sheet in another layout imports with its mapping alone, and its report names
// exactly the rows it could not take; --strict turns guesses into refusals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { audit, safeParseDataset } from '../../src/index.js';
import { loadSampleDataset } from '../../src/sample/index.js';
import {
  importSheet,
  readSheet,
  safeImportSheet,
  type SheetList,
  type SheetMapping,
} from '../../src/sheet/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
const REFERENCE = join(ROOT, '..', 'shared', 'reference', 'reported-exchanges-2022-2023.json');
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as SheetMapping;

describe('the reference file, through the committed mapping', () => {
  const mapping = json(join(ROOT, 'src', 'sample', 'reference-mapping.json'));
  const read = readSheet(readFileSync(REFERENCE, 'utf8'), mapping);
  const { dataset, report } = importSheet(read.rows, mapping, { strict: true });

  it('takes every row, refusing none and guessing nothing', () => {
    expect(read.refused).toEqual([]);
    expect(report.refused).toEqual([]);
    expect(report.guessed).toEqual([]);
    expect(report.taken).toBe(report.rows);
    expect(report.rows).toBe(163);
  });

  it('gives a dataset that validates, equal to the committed sample', () => {
    expect(safeParseDataset(dataset).success).toBe(true);
    expect(dataset).toEqual(loadSampleDataset());
  });

  it('audits as the committed sample does', () => {
    const codes = (d: typeof dataset) => audit(d).findings.map((f) => [f.code, f.message]);
    expect(codes(dataset)).toEqual(codes(loadSampleDataset()));
  });
});

describe('a second team’s sheet: semicolons, a byte-order mark, Ukrainian and Russian wording', () => {
  const dir = join(import.meta.dirname, 'fixtures');
  const text = readFileSync(join(dir, 'uk-team-sheet.csv'), 'utf8');
  const mapping = json(join(dir, 'uk-team-mapping.json'));

  it('is read whole: ten rows, a byte-order mark and CRLF line ends', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    const read = readSheet(text, mapping);
    expect(read.refused).toEqual([]);
    expect(read.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('names exactly the row it could not take, and the guess it made', () => {
    const { report, dataset } = importSheet(readSheet(text, mapping).rows, mapping);
    expect(report.refused.map((p) => [p.line, p.column, p.code])).toEqual([
      [10, 'цифра', 'unreadable-figure'],
    ]);
    expect(report.guessed.map((p) => [p.line, p.column, p.code])).toEqual([
      [9, 'джерело', 'source-created'],
    ]);
    expect(report.taken).toBe(9);
    expect(safeParseDataset(dataset).success).toBe(true);
  });

  it('reads the wording with the lexicon and the crosswalk', () => {
    const { dataset } = importSheet(readSheet(text, mapping).rows, mapping);
    const byLine = new Map(dataset.claims.map((c) => [c.id, c]));
    expect(byLine.get('ua-ru-2022-10-29/1')?.value).toMatchObject({ low: 45, high: 55, best: 50 });
    expect(byLine.get('row-7')?.value).toMatchObject({ low: 6001, high: null });
    expect(byLine.get('row-7')?.subject).toMatchObject({ category: 'military' });
    expect(byLine.get('row-8')?.value).toMatchObject({ low: 200, high: 999 });
    expect(byLine.get('ua-ru-2022-03-24/1')?.subject).toMatchObject({ category: 'military' });
    expect(byLine.get('ua-ru-2023-04-26/1')?.breakdown?.map((p) => p.category)).toEqual([
      'enlisted',
      'officer',
      'civilian',
    ]);
    const exchange = dataset.exchanges.find((e) => e.id === 'ua-ru-2023-04-26');
    expect(exchange?.transfers.map((t) => [t.to, t.count])).toEqual([
      ['UA', { low: 44, high: 44 }],
      ['RU', { low: 40, high: 40 }],
    ]);
  });

  it('under strict, refuses the row with the unknown source instead of guessing', () => {
    const { report } = importSheet(readSheet(text, mapping).rows, mapping, { strict: true });
    expect(report.refused.map((p) => [p.line, p.column, p.code])).toEqual([
      [9, 'джерело', 'unknown-source'],
      [10, 'цифра', 'unreadable-figure'],
    ]);
    expect(report.guessed).toEqual([]);
  });
});

describe('importSheet', () => {
  it('refuses an invalid mapping, and only then fails', () => {
    const result = safeImportSheet([], { columns: { colour: 'x' } });
    expect(result.success).toBe(false);
    expect(() => importSheet([], { delimiter: '|' } as unknown as SheetMapping)).toThrow();
  });

  it('refuses rows it cannot read, each at its line and column, and never drops one', () => {
    const rows = readSheet(
      [
        'exchange,dates,parties,source,counted,figure,stated_on,breakdown',
        'x1,2023-04-26,UA|RU,Yermak,returned to Ukraine,44,2023-04-26,',
        'x1,2023-04-26,UA|RU,,returned to Ukraine,44,2023-04-26,',
        'x1,2023-04-26,UA|RU,Yermak,returned to nowhere,44,2023-04-26,',
        'x1,2023-04-26,UA|RU,Yermak,returned to Ukraine,44,2023-02-30,',
        'x1,2023-04-26,UA|RU,Yermak,returned to Ukraine,44,2023-04-26,6 astronauts',
        'x2,,UA|RU,Yermak,returned to Ukraine,44,,',
      ].join('\n'),
    ).rows;
    const { report, dataset } = importSheet(rows, {
      parties: [
        { record: { id: 'UA', name: 'Ukraine', kind: 'state' } },
        { record: { id: 'RU', name: 'Russia', kind: 'state' } },
      ],
      sources: [
        {
          record: { id: 'ua-yermak', name: 'Andrii Yermak', kind: 'official', affiliation: 'UA' },
          aliases: ['Yermak'],
        },
      ],
      subjects: [
        {
          wording: 'returned to Ukraine',
          subject: { type: 'transferred', exchange: '{exchange}', to: 'UA' },
        },
      ],
    });
    expect(report.refused.map((p) => [p.line, p.column, p.code])).toEqual([
      [3, 'source', 'missing-field'],
      [4, 'counted', 'unknown-subject'],
      [5, 'stated_on', 'invalid-date'],
      [6, 'breakdown', 'unknown-category'],
      [7, 'dates', 'missing-field'],
    ]);
    expect(report.taken + report.refused.length).toBe(rows.length);
    expect(dataset.claims.map((c) => c.id)).toEqual(['x1/1']);
  });
});

describe('SheetList', () => {
  it('is the type the mapping schema gives its lists', () => {
    expectTypeOf<SheetList>().toEqualTypeOf<NonNullable<SheetMapping['lists']>[number]>();
  });
});
