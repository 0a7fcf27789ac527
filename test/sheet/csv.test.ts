// Reading sheets: CSV with quoted cells, line breaks inside them (LF and CRLF), a byte-order
// mark, semicolons and tabs, broken rows refused at their line; NDJSON and JSON arrays.
import { describe, expect, it } from 'vitest';
import { readSheet } from '../../src/sheet/index.js';

describe('readSheet on CSV', () => {
  it('reads quoted cells with separators, quotes and line breaks, and keeps each row’s line', () => {
    const text =
      'exchange,figure,note\r\n' +
      'x1,44,"a note, with a comma"\r\n' +
      'x2,40,"two lines\r\nin one cell"\r\n' +
      'x3,"over 2,200","she said ""hundreds"""\r\n' +
      '\r\n' +
      'x4,52,"three\nlines\nhere"\r\n' +
      'x5,1,last\r\n';
    const read = readSheet(text);
    expect(read.refused).toEqual([]);
    expect(read.rows.map((r) => r.line)).toEqual([2, 3, 5, 7, 10]);
    expect(read.rows[1]?.cells['note']).toBe('two lines\r\nin one cell');
    expect(read.rows[2]?.cells).toEqual({
      exchange: 'x3',
      figure: 'over 2,200',
      note: 'she said "hundreds"',
    });
  });

  it('reads on after a change of line ending, each row at its line', () => {
    const read = readSheet('a,b\r\n1,2\r\n\r\n3,"x\ny"\n5,6\n');
    expect(read.refused).toEqual([]);
    expect(read.rows.map((r) => r.line)).toEqual([2, 4, 6]);
    expect(read.rows[1]?.cells['b']).toBe('x\ny');
  });

  it('drops a byte-order mark and finds the semicolon from the header', () => {
    const read = readSheet('\uFEFFподія;цифра;нотатка\nx1;близько 100;"a, b; c"\n');
    expect(read.rows).toEqual([
      { line: 2, cells: { подія: 'x1', цифра: 'близько 100', нотатка: 'a, b; c' } },
    ]);
  });

  it('finds tabs, and ignores separators inside quoted header cells', () => {
    expect(readSheet('a\tb\n1\t2\n').rows[0]?.cells).toEqual({ a: '1', b: '2' });
    const read = readSheet('"a;b",c,d\n1,2,3\n');
    expect(read.rows[0]?.cells).toEqual({ 'a;b': '1', c: '2', d: '3' });
  });

  it('takes the delimiter it is given over the one it would find', () => {
    const read = readSheet('a;b,c\n1;2,3\n', { delimiter: ',' });
    expect(read.rows[0]?.cells).toEqual({ 'a;b': '1;2', c: '3' });
  });

  it('refuses a row with too few cells at its line, and reads the rows after it', () => {
    const read = readSheet('a,b,c\n1,2,3\n"x\ny",5\n7,8,9\n');
    expect(read.rows.map((r) => [r.line, r.cells['a']])).toEqual([
      [2, '1'],
      [5, '7'],
    ]);
    expect(read.refused).toEqual([
      expect.objectContaining({ line: 3, column: '', code: 'malformed-row' }),
    ]);
  });

  it('refuses a broken quote at the line where its row starts, saying how far it read', () => {
    const read = readSheet('a,b\r\n1,2\r\n3,"bad"x\r\n5,6\r\n');
    expect(read.rows.map((r) => r.line)).toEqual([2]);
    expect(read.refused[0]).toMatchObject({ line: 3, code: 'malformed-row' });
    expect(read.rows.length + read.refused.length).toBeGreaterThanOrEqual(2);
  });

  it('reads nothing from empty text, and never throws', () => {
    expect(readSheet('')).toEqual({ rows: [], refused: [] });
    expect(() => readSheet('"')).not.toThrow();
  });
});

describe('readSheet on JSON', () => {
  it('reads NDJSON a line at a time, refusing lines that are not rows', () => {
    const read = readSheet('{"a":"1"}\n\nnot json\n[1]\n{"a":2,"b":{"c":true}}\n');
    expect(read.rows).toEqual([
      { line: 1, cells: { a: '1' } },
      { line: 5, cells: { a: '2', b: '{"c":true}', 'b.c': 'true' } },
    ]);
    expect(read.refused.map((p) => [p.line, p.code])).toEqual([
      [3, 'not-json'],
      [4, 'not-a-row'],
    ]);
  });

  it('reads a JSON array of rows at the lines where they start', () => {
    const read = readSheet('[\n  {"a": "x"},\n  {\n    "a": ["y", "z"]\n  }\n]');
    expect(read.rows).toEqual([
      { line: 2, cells: { a: 'x', '#index': '1' } },
      { line: 3, cells: { a: 'y|z', '#index': '2' } },
    ]);
  });

  it('reads the nested lists a mapping names, with the parent’s fields', () => {
    const text = '{"events": [{"id": "e1", "claims": [{"n": 1}, {"n": 2}]}]}';
    const read = readSheet(text, {
      lists: [
        { path: 'events', rows: 'claims', parent: 'event', cells: { id: '{event.id}/{#index:2}' } },
      ],
    });
    expect(read.rows.map((r) => r.cells)).toEqual([
      { '#list': 'events', 'event.id': 'e1', n: '1', '#index': '1', id: 'e1/01' },
      { '#list': 'events', 'event.id': 'e1', n: '2', '#index': '2', id: 'e1/02' },
    ]);
  });

  it('keeps a __proto__ key as a cell, never as a prototype', () => {
    const read = readSheet('{"__proto__": {"polluted": "yes"}, "a": "1"}\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(read.rows[0]?.cells['a']).toBe('1');
  });
});
