/**
 * The bidirectional controls, as the inside of a regular-expression class: the Arabic letter mark,
 * the left-to-right and right-to-left marks, the embeddings and overrides, and the isolates. Shown
 * as they are, one placed in a name reorders what follows it on the screen or the page, so that
 * "1200" can read "0021". Whatever prints text from the data shows these as escapes.
 *
 * @internal
 */
export const BIDI_CONTROLS = '\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';

/**
 * A control character (a bidirectional one, or any other that acts instead of showing) written
 * out as an escape (`\u202e`), which shows as text and acts on nothing.
 *
 * @internal
 */
export const escapedControl = (c: string): string =>
  `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
