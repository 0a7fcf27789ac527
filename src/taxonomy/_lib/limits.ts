/**
 * Most categories, and most partitions, one taxonomy holds: a taxonomy, an extension, and the
 * taxonomy an extension makes with its base.
 *
 * @internal
 */
export const MAX_TAXONOMY_ENTRIES = 10_000;

/**
 * Most parts one partition holds: as written, and as grown by an extension's `addParts`.
 *
 * @internal
 */
export const MAX_PARTITION_PARTS = 100;
