/**
 * Writes an issue path the way a person reads it in JSON: `claims[12].source`.
 *
 * @param path - Property names and array indexes from the root of the input.
 * @returns The path as text; the empty path is written `(root)`.
 * @example
 * ```ts
 * import { formatPath } from 'swapledger';
 * formatPath(['claims', 12, 'source']); // 'claims[12].source'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
