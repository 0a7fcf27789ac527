/**
 * The rules JSON Schema cannot state, by the issue code zod reports when one is broken. A JSON
 * Schema validator accepts a payload that breaks only these; `safeParseDataset` and the zod
 * schemas reject it.
 */
export const INEXPRESSIBLE = {
  'low-above-high': "a count's low is at most its high",
  'best-outside-range': "a count's best estimate lies between its low and its high",
  'impossible-date': '29 February exists only in leap years',
} as const;

/** Rules checked only by `safeParseDataset` (and `safeAssertTaxonomy`), never by a record's schema. */
export const REFERENCE_RULES = [
  'ids are unique within their list',
  'every id a record names (source, party, exchange, transfer, stage, category, cohort, agreement, claim) exists',
  "an exchange's stages are in date order, its parties are listed once, its transfers are between two of its own parties and never settle themselves, and its sides divide its parties",
  'a claim pinned to a transfer counts what went the way the transfer went, and a figure about one exchange names a receiver that takes part in it',
  "a breakdown part split by stage or destination names a stage and a party of its exchange; a transfer's part goes where the transfer went, on its stage; a claim's part goes where its subject says (for a figure of one transfer, where and when the transfer went), on no stage past the one the figure is counted up to",
  'a role or terms statement names an exchange or an agreement',
  'a joint source names its speakers, and only a joint source has them; a joint source speaking for a party speaks with one voice',
  'no chain of agreements extending one another, or of claims each a share of the next, comes back to where it began',
  'a window of dates does not end before it begins, and a claim dated inside a window lies within it',
  'a claim is not a share of itself, and a share runs from its low to its high',
  'a breakdown part can be part of its total, and living people and remains are never mixed',
  "a taxonomy's parents exist, it has no cycles, and each partition splits one category into its children",
] as const;
