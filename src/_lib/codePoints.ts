/**
 * Lengths in characters (code points), as every length limit of the package counts them: an emoji
 * is one character, and a pair of UTF-16 units is never cut in two.
 */

/** The index in `text` just past its first `n` code points (its length when it has fewer). */
export function codePointEnd(text: string, n: number): number {
  let end = 0;
  for (let k = 0; k < n && end < text.length; k += 1)
    end += (text.codePointAt(end) as number) > 0xffff ? 2 : 1;
  return end;
}

/** How many code points `text` holds (a lone surrogate counts as one). */
export function codePointCount(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at += (text.codePointAt(at) as number) > 0xffff ? 2 : 1)
    count += 1;
  return count;
}
