/**
 * Where the first syntax error of a JSON text is, as an offset; undefined when the text is valid.
 * JSON.parse says that a text is wrong, but its messages do not always say where. This scanner
 * keeps its own stack, so deep nesting cannot overflow the call stack.
 */
export function jsonErrorPosition(text: string): number | undefined {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const space = () => {
    while (
      i < text.length &&
      (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')
    )
      i += 1;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i += 1;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i += 1;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const next = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(next) && next !== '') i += 2;
        else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else return false;
      } else i += 1;
    }
    return false;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  // After a value: a comma, a closing bracket, or the end.
  let expectValue = true;
  for (;;) {
    space();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        stack.push(c);
        i += 1;
        space();
        if ((c === '{' && text[i] === '}') || (c === '[' && text[i] === ']')) {
          stack.pop();
          i += 1;
          expectValue = false;
          continue;
        }
        if (c === '{') {
          if (!string()) return i;
          space();
          if (text[i] !== ':') return i;
          i += 1;
        }
        continue;
      }
      if (c === '"') {
        if (!string()) return i;
      } else if (text.startsWith('true', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else if (text.startsWith('null', i)) i += 4;
      else {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (!m || m[0] === '') return i;
        i += m[0].length;
      }
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? i : undefined;
    const c = text[i];
    if (c === ',') {
      i += 1;
      if (top === '{') {
        space();
        if (!string()) return i;
        space();
        if (text[i] !== ':') return i;
        i += 1;
      }
      expectValue = true;
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i += 1;
    } else return i;
  }
}
