// Where things are in a JSON text, as the line and column an editor jumps to: the value an issue's
// path names, or the first syntax error. One pass over the text serves every path at once, so a
// large document with many issues is still read once.
import { jsonErrorPosition } from './jsonErrorPosition.js';

/** A place in a text, both 1-based; the column counts UTF-16 units, as JavaScript strings do. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

type Segment = string | number;

/** The paths looked for, as a tree: each node may get the offset where its value starts. */
interface Node {
  readonly children: Map<string, Node>;
  offset?: number;
}

const node = (): Node => ({ children: new Map() });

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Where a string that starts at `i` ends (past its closing quote). */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const quote = text.indexOf('"', j);
    if (quote === -1) return text.length;
    let slashes = 0;
    for (let k = quote - 1; text.charCodeAt(k) === 92; k -= 1) slashes += 1;
    if (slashes % 2 === 0) return quote + 1;
    j = quote + 1;
  }
}

/** Where a number or a literal that starts at `i` ends. */
function tokenEnd(text: string, i: number): number {
  let j = i;
  for (; j < text.length; j += 1) {
    const c = text.charCodeAt(j);
    if (c === 44 || c === 93 || c === 125 || isSpace(c)) break;
  }
  return j;
}

/**
 * For each path, the offset in `text` (valid JSON) where its value starts; when the path is not
 * in the text (a missing field), the offset of the nearest enclosing value that is. Keys are
 * compared unescaped; of a key given twice, the last counts, as for JSON.parse.
 */
export function valueOffsets(text: string, paths: readonly (readonly Segment[])[]): number[] {
  const root = node();
  for (const path of paths) {
    let at = root;
    for (const segment of path) {
      const key = String(segment);
      let next = at.children.get(key);
      if (next === undefined) {
        next = node();
        at.children.set(key, next);
      }
      at = next;
    }
  }
  // A frame per open object or array: the node of its path (undefined off the paths looked for).
  const stack: { node: Node | undefined; array: boolean; index: number }[] = [];
  let i = 0;
  const space = () => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  };
  // The key of an object, at `i`; returns the node of the value that follows it.
  const member = (parent: Node | undefined): Node | undefined => {
    const end = stringEnd(text, i);
    let child: Node | undefined;
    if (parent !== undefined && parent.children.size > 0) {
      const raw = text.slice(i + 1, end - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
      child = parent.children.get(key);
    }
    i = end;
    space();
    i += 1; // the colon
    return child;
  };
  let pending: Node | undefined = root;
  space();
  while (i < text.length) {
    // A value starts here.
    if (pending !== undefined) pending.offset = i;
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      const array = c === 91;
      const frame = { node: pending, array, index: 0 };
      i += 1;
      space();
      if (text.charCodeAt(i) === (array ? 93 : 125)) {
        i += 1;
      } else {
        stack.push(frame);
        pending = array ? pending?.children.get('0') : member(pending);
        space();
        continue;
      }
    } else if (c === 34) i = stringEnd(text, i);
    else i = tokenEnd(text, i);
    // After a value: a comma and the next one, or the end of one or more containers.
    for (;;) {
      space();
      const top = stack[stack.length - 1];
      if (top === undefined) return paths.map((path) => deepest(root, path));
      const next = text.charCodeAt(i);
      i += 1;
      if (next === 44) {
        space();
        if (top.array) {
          top.index += 1;
          pending = top.node?.children.get(String(top.index));
        } else pending = member(top.node);
        space();
        break;
      }
      stack.pop();
    }
  }
  return paths.map((path) => deepest(root, path));
}

/** The offset of a path's value, or of the deepest enclosing value that was found. */
function deepest(root: Node, path: readonly Segment[]): number {
  let at = root;
  let offset = root.offset ?? 0;
  for (const segment of path) {
    const next = at.children.get(String(segment));
    if (next?.offset === undefined) break;
    offset = next.offset;
    at = next;
  }
  return offset;
}

/**
 * The line and column of each offset, in one pass over the text. A line ends at \n, \r\n or a
 * lone \r, each one break, as editors count them and as NDJSON lines are split.
 */
export function positionsOf(text: string, offsets: readonly number[]): Position[] {
  const order = offsets
    .map((offset, index) => ({ offset, index }))
    .sort((a, b) => a.offset - b.offset);
  const out: Position[] = new Array<Position>(offsets.length);
  let line = 1;
  let lineStart = 0;
  // The next \n and \r, each looked for again only once passed (-1: none left), so that a text
  // with no \r at all is not searched to its end for one at every line.
  let lf = -2;
  let cr = -2;
  for (const { offset, index } of order) {
    for (;;) {
      if (lf !== -1 && lf < lineStart) lf = text.indexOf('\n', lineStart);
      if (cr !== -1 && cr < lineStart) cr = text.indexOf('\r', lineStart);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) break;
      const next = end + (end === cr && text.charCodeAt(end + 1) === 10 ? 2 : 1);
      // An offset on the break itself (the \n of a \r\n too) stays on the line it ends.
      if (next > offset) break;
      line += 1;
      lineStart = next;
    }
    out[index] = { line, column: offset - lineStart + 1 };
  }
  return out;
}

/** Where each path's value is in a JSON text (see {@link valueOffsets}). */
export function pathPositions(text: string, paths: readonly (readonly Segment[])[]): Position[] {
  return positionsOf(text, valueOffsets(text, paths));
}

/** Where a JSON text breaks; undefined when it is valid JSON. */
export function syntaxErrorPosition(text: string): Position | undefined {
  const offset = jsonErrorPosition(text);
  return offset === undefined ? undefined : positionsOf(text, [offset])[0];
}
