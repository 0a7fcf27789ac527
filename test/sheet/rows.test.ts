// Each row stands for itself: a refused row decides nothing about its exchange; CRLF, LF and CR
// may be mixed; a refused row lists every problem; header names are matched trimmed; a side that
// contradicts the registry is told; empty unnamed trailing columns are ignored.
import { describe, expect, it } from 'vitest';
import {
  importSheet,
  readSheet,
  safeImportSheet,
  type SheetProblem,
} from '../../src/sheet/index.js';

import { HEADER, mapping } from './_sheet.js';
const run = (text: string, strict = false) => {
  const read = readSheet(text, mapping);
  return { read, ...importSheet(read.rows, mapping, { strict }) };
};
const where = (ps: readonly SheetProblem[]) => ps.map((p) => [p.line, p.column, p.code]);

describe('a refused row does not decide its exchange', () => {
  const text =
    `${HEADER}\n` +
    'x,2023-04-20,UA|BY,Andrii Yermak,UA,2023-04-26,Telegram,https://a.org,returned to Nowhere,44\n' +
    'x,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://a.org,returned to Ukraine,44\n' +
    'x,2023-04-26,UA|RU,Russian Ministry of Defence,RU,2023-04-26,statement,https://a.org,returned to Russia,40\n';

  it('takes the exchange’s facts from the first row taken', () => {
    const { dataset, report } = run(text);
    expect(where(report.refused)).toEqual([[2, 'counted', 'unknown-subject']]);
    expect(report.guessed).toEqual([]);
    expect(report.taken).toBe(2);
    const x = dataset.exchanges.find((e) => e.id === 'x');
    expect(x?.parties).toEqual(['UA', 'RU']);
    expect(x?.stages).toEqual([{ on: '2023-04-26' }]);
    expect(x?.transfers.map((t) => [t.from, t.to])).toEqual([
      ['RU', 'UA'],
      ['UA', 'RU'],
    ]);
    expect(dataset.parties.map((p) => p.id)).toEqual(['UA', 'RU']);
  });

  it('under strict, refuses only that row, and blames a party on the row whose cell holds it', () => {
    const { report } = run(text, true);
    expect(where(report.refused)).toEqual([
      [2, 'parties', 'unknown-party'],
      [2, 'counted', 'unknown-subject'],
    ]);
    expect(report.taken).toBe(2);
  });

  it('compares a later row with the first row taken, not a refused one', () => {
    const { report } = run(
      text +
        'x,2023-04-27,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://c.org,returned to Ukraine,45\n',
    );
    expect(where(report.guessed)).toEqual([[5, 'dates', 'exchange-conflict']]);
    expect(report.guessed[0]?.message).toContain('line 3');
  });
});

describe('mixed line endings', () => {
  const rows = (text: string) => readSheet(text).rows.map((r) => [r.line, r.cells['b']]);

  it('ends a row at CRLF, LF or CR, in either order', () => {
    expect(readSheet('a,b\r\n1,2\r\n3,4\n5,6\r\n').refused).toEqual([]);
    expect(rows('a,b\r\n1,2\r\n3,4\n5,6\r\n')).toEqual([
      [2, '2'],
      [3, '4'],
      [4, '6'],
    ]);
    expect(rows('a,b\n1,2\n3,4\r\n5,6\n')).toEqual([
      [2, '2'],
      [3, '4'],
      [4, '6'],
    ]);
    expect(rows('a,b\r1,2\r3,4\n5,6')).toEqual([
      [2, '2'],
      [3, '4'],
      [4, '6'],
    ]);
  });

  it('keeps a CRLF inside a quoted cell, and the lines after it', () => {
    const read = readSheet('a,b\n1,"x\r\ny"\r\n3,4\n5,"p\nq"\r6,7\n');
    expect(read.refused).toEqual([]);
    expect(rows('a,b\n1,"x\r\ny"\r\n3,4\n5,"p\nq"\r6,7\n')).toEqual([
      [2, 'x\r\ny'],
      [4, '4'],
      [5, 'p\nq'],
      [7, '7'],
    ]);
  });
});

describe('under strict, every problem of a refused row', () => {
  it('is listed in column order, past an unknown subject or an unreadable figure', () => {
    const { report } = run(
      `${HEADER},category\n` +
        'x,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,pigeon,https://x.org,returned to Nowhere,44,\n' +
        'x,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,pigeon,https://x.org,returned to Ukraine,lots and lots,\n' +
        'x,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://x.org,returned to Nowhere,lots and lots,wizards\n' +
        'x,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://x.org,returned to Ukraine,44,\n',
      true,
    );
    expect(where(report.refused)).toEqual([
      [2, 'medium', 'unknown-medium'],
      [2, 'counted', 'unknown-subject'],
      [3, 'medium', 'unknown-medium'],
      [3, 'figure', 'unreadable-figure'],
      [4, 'counted', 'unknown-subject'],
      [4, 'figure', 'unreadable-figure'],
      [4, 'category', 'unknown-category'],
    ]);
  });
});

describe('header cells with spaces', () => {
  it('are matched trimmed', () => {
    const { report } = run(
      'exchange,dates,parties,source,side,stated_on,medium,url,counted, figure \n' +
        'x,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://a.org,returned to Ukraine,44\n',
    );
    expect(report.refused).toEqual([]);
    expect(report.taken).toBe(1);
    expect(report.notices).toEqual([]);
  });
});

describe('a side that contradicts the registry', () => {
  const text =
    `${HEADER}\n` +
    'x,2023-04-26,UA|RU,Andrii Yermak,RU,2023-04-26,Telegram,https://a.org,returned to Ukraine,44\n';

  it('is told as a guess, the registry’s affiliation kept', () => {
    const { report, dataset } = run(text);
    expect(where(report.guessed)).toEqual([[2, 'side', 'side-conflict']]);
    expect(report.guessed[0]?.message).toContain('Andrii Yermak');
    expect(dataset.sources.find((s) => s.id === 'ua-yermak')?.affiliation).toBe('UA');
  });

  it('is refused under strict', () => {
    expect(where(run(text, true).report.refused)).toEqual([[2, 'side', 'side-conflict']]);
  });
});

describe('trailing unnamed columns', () => {
  it('are ignored when empty', () => {
    const { read, report } = run(
      `${HEADER},,,\n` +
        'x,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://a.org,returned to Ukraine,44,,,\n',
    );
    expect(read.refused).toEqual([]);
    expect(report.refused).toEqual([]);
    expect(report.notices).toEqual([]);
    expect(report.taken).toBe(1);
  });

  it('are told when they hold text, at the first line that holds it', () => {
    const { report } = run(
      `${HEADER},,\n` +
        'x,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://a.org,returned to Ukraine,44,,\n' +
        'x,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://b.org,returned to Ukraine,44,,stray\n',
    );
    expect(report.taken).toBe(2);
    expect(where(report.notices)).toEqual([[1, '', 'column-unnamed']]);
    expect(report.notices[0]?.message).toMatch(/column 12.*line 3.*stray/);
  });
});

describe('messages', () => {
  const row = (figure: string, note = '') =>
    `${HEADER},note\nx,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://a.org,returned to Ukraine,${figure},${note}\n`;

  it('say plainly that a leading plus sign is not read', () => {
    const { report } = run(row('+44'));
    expect(where(report.refused)).toEqual([[2, 'figure', 'unreadable-figure']]);
    expect(report.refused[0]?.message).toContain('a leading plus sign is not read');
    expect(report.refused[0]?.message).not.toContain('position 0');
  });

  it('tell a cell too long in one sentence, with separators', () => {
    const { report } = run(row('44', 'n'.repeat(10_000_000)));
    expect(report.refused[0]?.message).toMatch(
      /^"note" holds a text of 10,000,000 characters, longer than the limit of [\d,]+$/,
    );
  });

  it('say that rows must be an array', () => {
    const result = safeImportSheet(null as never, {});
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error[0]?.message).toBe('rows must be an array of rows');
  });

  it('say that an exchange’s only dates were not valid', () => {
    const { report } = run(
      `${HEADER}\nx,26.04.2023,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://a.org,returned to Ukraine,44\n` +
        'x,,UA|RU,Russian Ministry of Defence,RU,2023-04-26,statement,https://a.org,returned to Russia,40\n',
    );
    expect(where(report.refused)).toEqual([
      [2, 'dates', 'invalid-date'],
      [3, 'dates', 'missing-field'],
    ]);
    expect(report.refused[1]?.message).toContain('line 2');
    expect(report.refused[1]?.message).toContain('not valid');
  });
});

describe('a name too long for a record, in a cell that makes one', () => {
  const long = (name: string) =>
    `${HEADER}\n` +
    'x,2023-04-26,UA|RU,Andrii Yermak,UA,2023-04-26,Telegram,https://a.org,returned to Ukraine,44\n' +
    `y,2023-05-26,UA|RU,${name},UA,2023-05-26,Telegram,https://a.org/b,returned to Ukraine,45\n` +
    `z,2023-06-26,"UA|${name}",Andrii Yermak,UA,2023-06-26,Telegram,https://a.org/c,returned to Ukraine,46\n`;

  it('refuses that row alone, in characters, and keeps the others whole', () => {
    // 301 characters, of which 300 are emoji: 601 UTF-16 units.
    for (const name of ['P'.repeat(301), `a${'\u{1F600}'.repeat(300)}`]) {
      const { dataset, report } = run(long(name));
      expect(where(report.refused)).toEqual([
        [3, 'source', 'invalid-record'],
        [4, 'parties', 'invalid-record'],
      ]);
      expect(report.refused[0]?.message).toBe(
        '"source" holds a text of 301 characters, longer than the limit of 300',
      );
      expect(report.taken).toBe(1);
      // No record was made from the long name, cut or whole.
      expect(dataset.sources.map((source) => source.name)).not.toContainEqual(
        expect.stringMatching(/^(P|a)/),
      );
      expect(dataset.parties.map((party) => party.id)).toEqual(['UA', 'RU']);
    }
  });

  it('makes the record of a name of 300 characters', () => {
    const { report } = run(long('P'.repeat(300)));
    expect(report.refused).toEqual([]);
    expect(report.taken).toBe(3);
  });
});
