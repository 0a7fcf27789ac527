/// <reference types="node" />
// Input must be UTF-8. Decoding bad bytes would quietly turn them into U+FFFD, and a name or a
// title would be valid but wrong; so they are found, and refused at their place in the text.
import { isUtf8 } from 'node:buffer';

/** The first ill-formed sequence in some bytes: where it starts, and the bytes that show it. */
export interface BadUtf8 {
  readonly offset: number;
  /** The bytes from its start up to the one that broke it, at most four. */
  readonly bytes: readonly number[];
}

/**
 * The byte ranges of well-formed UTF-8 (Unicode, table 3-7): after each lead byte, the range the
 * second byte must be in, which is what shuts out overlong forms, surrogates and code points
 * above U+10FFFF; the other continuation bytes are 80..BF.
 */
function sequenceOf(
  lead: number,
): { readonly length: number; readonly low: number; readonly high: number } | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (lead === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
  if (lead === 0xed) return { length: 3, low: 0x80, high: 0x9f };
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (lead === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (lead === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  return undefined;
}

/** The first ill-formed UTF-8 sequence in `bytes`, or undefined when they are all well formed. */
export function badUtf8(bytes: Uint8Array): BadUtf8 | undefined {
  // Nearly all input is valid: a native check first, the walk below only to find the place.
  if (isUtf8(bytes)) return undefined;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const sequence = sequenceOf(lead);
    if (sequence === undefined) return { offset: i, bytes: [lead] };
    for (let k = 1; k < sequence.length; k += 1) {
      const byte = bytes[i + k];
      const [low, high] = k === 1 ? [sequence.low, sequence.high] : [0x80, 0xbf];
      if (byte === undefined) return { offset: i, bytes: [...bytes.subarray(i, i + k)] };
      if (byte < low || byte > high) return { offset: i, bytes: [...bytes.subarray(i, i + k + 1)] };
    }
    i += sequence.length;
  }
  // isUtf8 and the walk disagree only if one of them is wrong; the text is then taken as it is.
  return undefined;
}

/** What is said of bad bytes: `not valid UTF-8 (bytes ED A0): …`. */
export function notUtf8(bad: BadUtf8): string {
  const hex = bad.bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return `not valid UTF-8 (${bad.bytes.length === 1 ? 'byte' : 'bytes'} ${hex}): the text must be encoded as UTF-8`;
}

/**
 * The column of bad bytes on their line, 1-based in UTF-16 units as every column: the bytes of
 * the line before them are well formed, and are decoded to count. A first line's byte-order mark
 * is not counted, as elsewhere.
 */
export function columnOfBad(line: Uint8Array, bad: BadUtf8, first: boolean): number {
  const before = Buffer.from(line.buffer, line.byteOffset, bad.offset).toString('utf8');
  return (first ? before.replace(/^\uFEFF/, '') : before).length + 1;
}
