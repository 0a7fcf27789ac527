/**
 * Every sentence the package says about bad input, in one place, so wording stays consistent and
 * can be reviewed (and one day translated) without hunting through the code.
 */
const quote = (value: string, max = 40): string =>
  JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return `the number ${String(value)}`;
  }
  if (typeof value === 'string') return `the string ${quote(value)}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
};

export const messages = {
  describe,
  quote,
  headcountNotInteger: (value: unknown) =>
    `a headcount must be a whole number of people, got ${describe(value)}`,
  headcountNegative: (value: number) => `a headcount cannot be negative, got ${value}`,
  headcountTooLarge: (value: number) =>
    `a headcount must be at most ${Number.MAX_SAFE_INTEGER} (a safe integer), got ${value}`,
  lowAboveHigh: (low: number, high: number) =>
    `low (${low}) is above high (${high}); a count is an interval low..high`,
  bestOutside: (best: number, low: number, high: number | null) =>
    `best (${best}) lies outside the interval ${low}..${high === null ? 'open' : high}`,
  toleranceInvalid: (value: unknown) =>
    `a tolerance must be a non-negative whole number of people or a relative share from 0 to 1, got ${describe(value)}`,
  sumOverflow: () =>
    `the sum exceeds ${Number.MAX_SAFE_INTEGER} people, the largest headcount that can be represented exactly`,
  notACount: (value: unknown) =>
    `expected a count: { low, high } with optional best and wording, or { status: "unknown" | "undisclosed" }; got ${describe(value)}`,
  invalidType: (expected: string, value: unknown) => `expected ${expected}, got ${describe(value)}`,
  missingField: (name: string) => `the field ${quote(name)} is required`,
  unknownField: (name: string, known: readonly string[]) =>
    `unknown field ${quote(name)}${known.length > 0 ? ` (known fields: ${known.map((k) => quote(k)).join(', ')})` : ''}`,
  tooLong: (max: number, length: number) =>
    `text of ${length} characters is longer than the limit of ${max}`,
  invalidValue: (allowed: readonly unknown[], value: unknown) =>
    `expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, got ${describe(value)}`,
  partialDateFormat: (value: string) =>
    `${quote(value)} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2023, 2023-04 or 2023-04-26)`,
  impossibleMonth: (value: string, month: number) =>
    `${quote(value)} names month ${month}; months run from 01 to 12`,
  impossibleDay: (value: string, day: number, daysInMonth: number) =>
    `${quote(value)} names day ${day}, but that month has ${daysInMonth} days`,
  phraseEmpty: () => 'there is no figure to read: the text is empty',
  phraseTooLong: (max: number, length: number) =>
    `a figure's wording is at most ${max} characters; this one has ${length}`,
  phraseUnreadable: (part: string, start: number, why: string) =>
    `cannot read ${quote(part)} at position ${start}: ${why}`,
  phraseAmbiguous: (part: string, start: number, why: string) =>
    `${quote(part)} at position ${start} is ambiguous: ${why}`,
  lexiconInvalid: (why: string) => `the lexicon is not usable: ${why}`,
} as const;
