/**
 * A wording as the importer matches it: without regard to case, to the kind of apostrophe, or to
 * spacing. Registries and aliases are compared the same way, so that two that match one cell are
 * found before a row is read.
 *
 * @internal
 */
export const normal = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
