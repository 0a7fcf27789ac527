/**
 * The longest id a record may have. Messages show a quoted value whole up to this length, so that
 * an id is never shown cut (a cut id can read like another, known one).
 *
 * @internal
 */
export const MAX_ID_LENGTH = 128;
