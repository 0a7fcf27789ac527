// Where an issue's path is in a JSON text: the place an editor should jump to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pathPositions,
  positionsOf,
  syntaxErrorPosition,
  valueOffsets,
} from '../../src/cli/position.js';

type Path = (string | number)[];

/** Every path in a value, its own included. */
function pathsIn(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Array.isArray(value)
    ? value.flatMap((item, i) => pathsIn(item, [...path, i]))
    : Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...path, key]));
  return [path, ...children];
}

const at = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)[key], value);

describe('valueOffsets', () => {
  it('finds the value each path names, in compact and in indented JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, indented) => {
        const text = JSON.stringify(value, null, indented ? 2 : undefined);
        const paths = pathsIn(value);
        const offsets = valueOffsets(text, paths);
        paths.forEach((path, i) => {
          const expected = JSON.stringify(at(value, path), null, indented ? 2 : undefined);
          // Indented, a nested value's lines carry its parent's indentation: compare the start.
          const start = text.slice(offsets[i], (offsets[i] ?? 0) + expected.split('\n')[0]!.length);
          expect(start, JSON.stringify(path)).toBe(expected.split('\n')[0]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to the nearest enclosing value for a path that is not there', () => {
    const text = '{\n  "claims": [\n    {"id": "a"},\n    {"id": "b"}\n  ]\n}';
    const [missing, beyond, root] = valueOffsets(text, [
      ['claims', 1, 'source'],
      ['claims', 7, 'id'],
      ['nothing'],
    ]);
    expect(text.slice(missing)).toMatch(/^\{"id": "b"\}/);
    expect(text.slice(beyond)).toMatch(/^\[/);
    expect(root).toBe(0);
  });

  it('reads keys unescaped, takes the last of a repeated key, and skips strings with brackets', () => {
    const text = '{"a\\u0062": "x]}\\"{", "ab": [1, {"c": 2}], "d": 3}';
    expect(text.slice(valueOffsets(text, [['ab', 1, 'c']])[0])).toMatch(/^2\}/);
    expect(text.slice(valueOffsets(text, [['d']])[0])).toBe('3}');
  });

  it('reads nesting deeper than the call stack allows', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    expect(valueOffsets(text, [Array.from({ length: depth }, () => 0)])).toEqual([depth]);
  });

  it('ends on text that is not JSON instead of looping or throwing', () => {
    for (const text of ['', '{', '[,]', '{"a" 1}', '{"a": [}', '"open']) {
      expect(valueOffsets(text, [['a', 0]]), text).toHaveLength(1);
    }
  });
});

describe('positionsOf and pathPositions', () => {
  it('give 1-based lines and columns, in any order of offsets', () => {
    const text = 'ab\ncd\r\nef';
    expect(positionsOf(text, [7, 0, 4])).toEqual([
      { line: 3, column: 1 },
      { line: 1, column: 1 },
      { line: 2, column: 2 },
    ]);
    expect(pathPositions('{\n  "a": [\n    true\n  ]\n}', [['a', 0]])).toEqual([
      { line: 3, column: 5 },
    ]);
  });

  it('place a syntax error, and nothing in valid JSON', () => {
    expect(syntaxErrorPosition('{\n  "parties": [,]\n}')).toEqual({ line: 2, column: 15 });
    expect(syntaxErrorPosition('{"a": 1}')).toBeUndefined();
  });
});
