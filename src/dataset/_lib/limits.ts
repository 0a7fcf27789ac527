/** The most records one list of a dataset may hold, for the schema and the validator alike. */
export const MAX_RECORDS = 10_000_000;
