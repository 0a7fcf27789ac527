// Nothing dropped or misattributed silently: every row of a sheet ends up in the dataset or in the
// report, and every problem at the line and the column of the sheet that caused it, in words
// that name the column and the value rather than a path inside the dataset.
import { describe, expect, it } from 'vitest';
import {
  importSheet,
  readSheet,
  safeImportSheet,
  type SheetMapping,
  type SheetProblem,
} from '../../src/sheet/index.js';

import { HEADER, mapping } from './_sheet.js';
const YERMAK = 'Andrii Yermak,UA,2023-04-26,Telegram,https://example.org/a,returned to Ukraine,44';
const MOD =
  'Russian Ministry of Defence,RU,2023-04-26,statement,https://example.org/b,returned to Russia,40';

const run = (text: string, map: SheetMapping = mapping, strict = false) => {
  const read = readSheet(text, map);
  return { read, ...importSheet(read.rows, map, { strict }) };
};
const where = (ps: readonly SheetProblem[]) => ps.map((p) => [p.line, p.column, p.code]);
const noPaths = (ps: readonly SheetProblem[]) => {
  for (const p of ps) expect(p.message).not.toMatch(/\b(claims|exchanges)\.\d+\./);
};

describe('duplicated column names', () => {
  it('refuses the header, naming the column and both positions, and counts every row', () => {
    const text = `${HEADER},figure\nx,2023-04-26,UA|RU,${YERMAK},999\nx,2023-04-26,UA|RU,${MOD},999\n`;
    const read = readSheet(text);
    expect(read.rows).toEqual([]);
    expect(read.refused).toEqual([
      expect.objectContaining({ line: 1, column: 'figure', code: 'duplicate-column', rows: 2 }),
    ]);
    expect(read.refused[0]?.message).toMatch(/"figure".*10.*11/);
  });

  it('refuses an NDJSON or JSON row that gives a key twice, at its line', () => {
    const read = readSheet('{"figure":"1","source":"a"}\n{"figure":"1","figure":"2"}\n');
    expect(read.rows.map((r) => r.line)).toEqual([1]);
    expect(where(read.refused)).toEqual([[2, 'figure', 'duplicate-column']]);
    const array = readSheet('[\n{"figure":"1"},\n{"figure":"1",\n "figure":"2"}\n]');
    expect(where(array.refused)).toEqual([[3, 'figure', 'duplicate-column']]);
  });
});

describe('an ambiguous mapping', () => {
  it('is refused when an alias names two sources, however it is spelt', () => {
    const collide: SheetMapping = {
      ...mapping,
      sources: [
        {
          record: { id: 'ua-yermak', name: 'Andrii Yermak', kind: 'official', affiliation: 'UA' },
          aliases: ['Yermak', '  russian ministry   of defence'],
        },
        ...(mapping.sources ?? []).slice(1),
      ],
    };
    const result = safeImportSheet([], collide);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error[0]?.message).toMatch(/russian ministry +of defence.*ua-yermak.*ru-mod/i);
  });

  it('is refused when a wording names two parties, subjects or media', () => {
    const parties: SheetMapping = {
      parties: [
        { record: { id: 'UA', name: 'Ukraine', kind: 'state' }, aliases: ['Kyiv'] },
        { record: { id: 'KY', name: 'KYIV', kind: 'other' } },
      ],
    };
    expect(safeImportSheet([], parties).success).toBe(false);
    const subjects: SheetMapping = {
      subjects: [
        { wording: 'held', subject: { type: 'held', holder: 'RU', of: 'UA' } },
        { wording: 'Held ', subject: { type: 'held', holder: 'UA', of: 'RU' } },
      ],
    };
    expect(safeImportSheet([], subjects).success).toBe(false);
    const media: SheetMapping = {
      media: [
        { wording: 'tg', medium: 'telegram' },
        { wording: 'TG', medium: 'website' },
      ],
    };
    expect(safeImportSheet([], media).success).toBe(false);
  });
});

describe('columns the mapping and the sheet disagree on', () => {
  it('tells a mapped column the sheet does not have, and a column nothing reads', () => {
    const typo: SheetMapping = { ...mapping, columns: { url: 'link' } };
    const { report } = run(`${HEADER}\nx,2023-04-26,UA|RU,${YERMAK}\n`, typo);
    expect(where(report.notices)).toEqual([
      [1, 'link', 'column-missing'],
      [1, 'url', 'column-unread'],
    ]);
    expect(report.taken).toBe(1);
  });

  it('refuses every row under strict', () => {
    const typo: SheetMapping = { ...mapping, columns: { url: 'link' } };
    const { report } = run(`${HEADER}\nx,2023-04-26,UA|RU,${YERMAK}\n`, typo, true);
    expect(report.taken).toBe(0);
    expect(where(report.refused)).toEqual([[2, 'link', 'column-missing']]);
  });
});

describe('rows that contradict their exchange', () => {
  const text = `${HEADER}\nx,2023-04-26,UA|RU,${YERMAK}\nx,2023-04-27,UA|RU,${MOD}\n`;
  it('keep the first row’s value, and say so at the line and column', () => {
    const { report, dataset } = run(text);
    expect(report.taken).toBe(2);
    expect(where(report.guessed)).toEqual([[3, 'dates', 'exchange-conflict']]);
    expect(report.guessed[0]?.message).toMatch(
      /2023-04-27.*2023-04-26.*line 2: the first row's value is kept$/,
    );
    expect(dataset.exchanges[0]?.stages).toEqual([{ on: '2023-04-26' }]);
  });
  it('are refused under strict', () => {
    const { report } = run(text, mapping, true);
    expect(where(report.refused)).toEqual([[3, 'dates', 'exchange-conflict']]);
    expect(report.refused[0]?.message).toMatch(
      /2023-04-27.*2023-04-26.*line 2; refused under strict$/,
    );
  });
});

describe('problems told at the column that caused them', () => {
  it('refuses a bad dates cell as invalid-date in "dates", at its own row only', () => {
    const { report } = run(`${HEADER}\nx,2023/04/26,UA|RU,${YERMAK}\nx,2023-04-26,UA|RU,${MOD}\n`);
    expect(where(report.refused)).toEqual([[2, 'dates', 'invalid-date']]);
    expect(report.taken).toBe(1);
    noPaths(report.refused);
  });

  it('puts a note too long on the note column, in plain words', () => {
    const note = 'a'.repeat(20_000);
    const { report } = run(`${HEADER},note\nx,2023-04-26,UA|RU,${YERMAK},${note}\n`);
    expect(where(report.refused)).toEqual([[2, 'note', 'invalid-record']]);
    noPaths(report.refused);
  });

  it('lists every problem of a row refused under strict', () => {
    const { report } = run(
      `${HEADER}\nx,2023-04-26,UA|RU,Anadolu,,2023-04-26,radio,https://example.org/c,returned to Russia,82\n`,
      mapping,
      true,
    );
    expect(where(report.refused)).toEqual([
      [2, 'source', 'unknown-source'],
      [2, 'medium', 'unknown-medium'],
    ]);
  });
});

describe('a broken quote', () => {
  it('is counted as every line it swallowed', () => {
    const lines = Array.from({ length: 5 }, (_, i) => `e${i},2023-04-26,UA|RU,${YERMAK}`);
    const text = `${HEADER}\ne,2023-04-26,UA|RU,${YERMAK.replace(',44', ',"44')}\n${lines.join('\n')}\n`;
    const read = readSheet(text);
    expect(read.rows).toEqual([]);
    expect(read.refused).toEqual([
      expect.objectContaining({ line: 2, through: 7, rows: 6, code: 'malformed-row' }),
    ]);
  });
});
