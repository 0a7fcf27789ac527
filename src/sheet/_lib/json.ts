/**
 * A JSON reader that also tells on which line each object starts, so that rows read from a JSON
 * document or from NDJSON are reported at their line like CSV rows. Values are parsed by
 * `JSON.parse`, token by token; the structure is walked here. Objects are built without a
 * prototype, so a `__proto__` key is a key like any other.
 *
 * @internal
 */
export interface Placed {
  readonly value: unknown;
  /** The line where each object of the document starts. */
  readonly lines: WeakMap<object, number>;
  /** The first key each object gives twice (JSON.parse would keep the last one silently). */
  readonly duplicates: WeakMap<object, string>;
}

/** Reads one JSON text; throws a SyntaxError where it is not JSON. @internal */
export function parsePlaced(text: string, firstLine = 1): Placed {
  const lines = new WeakMap<object, number>();
  const duplicates = new WeakMap<object, string>();
  let i = 0;
  let line = firstLine;
  const space = () => {
    for (; i < text.length; i += 1) {
      const c = text[i];
      if (c === '\n') line += 1;
      else if (c === '\r') {
        if (text[i + 1] !== '\n') line += 1;
      } else if (c !== ' ' && c !== '\t') return;
    }
  };
  const fail = (what: string): never => {
    throw new SyntaxError(`${what} at line ${line}`);
  };
  const stringToken = (): string => {
    let j = i + 1;
    for (; j < text.length; j += 1) {
      if (text[j] === '\\') j += 1;
      else if (text[j] === '"') break;
    }
    if (j >= text.length) fail('a string is not closed');
    const token = text.slice(i, j + 1);
    i = j + 1;
    return JSON.parse(token) as string;
  };
  const value = (depth: number): unknown => {
    if (depth > 200) fail('the document is nested too deeply');
    space();
    const c = text[i];
    if (c === '{') {
      const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      lines.set(object, line);
      i += 1;
      space();
      if (text[i] === '}') {
        i += 1;
        return object;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail('expected a key');
        const key = stringToken();
        space();
        if (text[i] !== ':') fail('expected ":"');
        i += 1;
        if (key in object && !duplicates.has(object)) duplicates.set(object, key);
        object[key] = value(depth + 1);
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return object;
        } else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      const array: unknown[] = [];
      lines.set(array, line);
      i += 1;
      space();
      if (text[i] === ']') {
        i += 1;
        return array;
      }
      for (;;) {
        array.push(value(depth + 1));
        space();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return array;
        } else fail('expected "," or "]"');
      }
    }
    if (c === '"') return stringToken();
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (m === null) return fail('unexpected text');
    i += m[0].length;
    return JSON.parse(m[0]) as unknown;
  };
  const result = value(0);
  space();
  if (i < text.length) fail('unexpected text after the value');
  return { value: result, lines, duplicates };
}

/**
 * The first key an object, or an object inside it, gives twice, as the cell it would name
 * (`value.exact`); undefined when there is none.
 *
 * @internal
 */
export function duplicateKey(
  object: Record<string, unknown>,
  duplicates: WeakMap<object, string>,
  prefix = '',
): string | undefined {
  const own = duplicates.get(object);
  if (own !== undefined) return prefix === '' ? own : `${prefix}.${own}`;
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const found = duplicateKey(
        value as Record<string, unknown>,
        duplicates,
        prefix === '' ? key : `${prefix}.${key}`,
      );
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The text of one cell: strings as they are, numbers and booleans as JSON writes them, lists as
 * their items joined by `|`, objects as JSON. An absent value or null is an empty cell.
 *
 * @internal
 */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
    return value.map((v) => cellText(v)).join('|');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The cells of a JSON object: its fields, nested objects also flattened to dotted names
 * (`value.exact`), so a mapping can name a field inside a field. The object itself is kept whole
 * too, as JSON, under its own name.
 *
 * @internal
 */
export function flatten(
  object: Record<string, unknown>,
  prefix = '',
  into: Record<string, string> = {},
): Record<string, string> {
  for (const key of Object.keys(object)) {
    const value = object[key];
    const name = prefix === '' ? key : `${prefix}.${key}`;
    Object.defineProperty(into, name, {
      value: cellText(value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      flatten(value as Record<string, unknown>, name, into);
  }
  return into;
}
