import { model } from '../validation/_lib/model.js';
import { MAX_PARTITION_PARTS, MAX_TAXONOMY_ENTRIES } from './_lib/limits.js';
import { checkTaxonomy } from './_lib/checkTaxonomy.js';
import * as z from 'zod';
import { IdSchema, NameSchema, OptionalNoteSchema } from '../_lib/fields.js';
import type { DeepReadonly } from '../_lib/deepReadonly.js';

/**
 * The treaties a category's legal meaning is keyed to: the Third and Fourth Geneva Conventions
 * of 1949 and the First Additional Protocol of 1977.
 *
 * @example
 * ```ts
 * import { LEGAL_INSTRUMENTS } from 'swapledger';
 * LEGAL_INSTRUMENTS[0]; // 'GC III'
 * ```
 */
export const LEGAL_INSTRUMENTS = ['GC III', 'GC IV', 'AP I', 'other'] as const;

/**
 * The zod schema of a {@link LegalReference}: a treaty and its articles.
 *
 * @example
 * ```ts
 * import { LegalReferenceSchema } from 'swapledger';
 * LegalReferenceSchema.safeParse({ instrument: 'GC III', articles: ['4'] }).success; // true
 * ```
 */
export const LegalReferenceSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    instrument: z.enum(LEGAL_INSTRUMENTS),
    articles: z.array(z.string().min(1).max(20)).max(20),
    note: OptionalNoteSchema,
  }),
);

/**
 * Where a category's legal meaning comes from.
 *
 * @example
 * ```ts
 * import type { LegalReference } from 'swapledger';
 * const pow: LegalReference = { instrument: 'GC III', articles: ['4'] };
 * ```
 */
export type LegalReference = z.output<typeof LegalReferenceSchema>;

/**
 * The zod schema of a {@link Category}.
 *
 * @example
 * ```ts
 * import { CategorySchema } from 'swapledger';
 * CategorySchema.safeParse({ id: 'officer', label: 'officers', parent: 'military' }).success; // true
 * ```
 */
export const CategorySchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    label: NameSchema,
    parent: IdSchema.nullable(),
    legal: z.array(LegalReferenceSchema).max(10).exactOptional(),
    note: OptionalNoteSchema,
  }),
);

/**
 * A node of the taxonomy: a kind of detainee (or of remains). `parent` is `null` only for a root;
 * the default taxonomy has two roots, `people` and `remains`, which are never summed together.
 *
 * @example
 * ```ts
 * import type { Category } from 'swapledger';
 * const officers: Category = { id: 'officer', label: 'officers', parent: 'military' };
 * ```
 */
export type Category = z.output<typeof CategorySchema>;

/**
 * The zod schema of a {@link Partition}.
 *
 * @example
 * ```ts
 * import { PartitionSchema } from 'swapledger';
 * PartitionSchema.safeParse({ id: 'rank', label: 'by rank', of: 'military', parts: ['enlisted', 'officer'], complete: true }).success; // true
 * ```
 */
export const PartitionSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    label: NameSchema,
    of: IdSchema,
    parts: z.array(IdSchema).min(1).max(MAX_PARTITION_PARTS),
    complete: z.boolean(),
  }),
);

/**
 * One independent way of splitting a category into disjoint parts: military people by rank
 * (enlisted / officer), or by service (army / navy / …). The parts of one partition never
 * overlap, so they may be summed; parts of two different partitions may overlap ("6 officers"
 * and "20 national guardsmen" can be the same people). `complete` says whether the parts cover
 * the whole category, so that they must add up to it.
 *
 * @example
 * ```ts
 * import type { Partition } from 'swapledger';
 * const rank: Partition = { id: 'rank', label: 'by rank', of: 'military', parts: ['enlisted', 'officer'], complete: true };
 * ```
 */
export type Partition = z.output<typeof PartitionSchema>;

/**
 * The zod schema of a {@link Taxonomy}. Rules between its records (unique ids, parents that
 * exist, no cycles, partitions made of the children of the category they split) are checked by
 * `safeAssertTaxonomy`.
 *
 * @example
 * ```ts
 * import { TaxonomySchema, defaultTaxonomy } from 'swapledger';
 * TaxonomySchema.safeParse(defaultTaxonomy).success; // true
 * ```
 */
export const TaxonomySchema = /* @__PURE__ */ model(
  () =>
    z.strictObject({
      id: IdSchema,
      version: z.string().min(1).max(50),
      categories: z.array(CategorySchema).max(MAX_TAXONOMY_ENTRIES),
      partitions: z.array(PartitionSchema).max(MAX_TAXONOMY_ENTRIES),
    }),
  // Its Standard Schema is safeAssertTaxonomy's check: the rules between categories included.
  (schema) => (input) => checkTaxonomy(schema, input),
);

/**
 * A tree of detainee categories with named partitions.
 *
 * @example
 * ```ts
 * import type { Taxonomy } from 'swapledger';
 * const tiny: Taxonomy = {
 *   id: 'tiny',
 *   version: '1',
 *   categories: [
 *     { id: 'people', label: 'people', parent: null },
 *     { id: 'military', label: 'military', parent: 'people' },
 *     { id: 'civilian', label: 'civilians', parent: 'people' },
 *   ],
 *   partitions: [{ id: 'status', label: 'by status', of: 'people', parts: ['military', 'civilian'], complete: true }],
 * };
 * ```
 */
export type Taxonomy = z.output<typeof TaxonomySchema>;

/**
 * A {@link Taxonomy} as the functions that only read one take it: every list and field read-only,
 * so that a taxonomy written `as const`, or frozen, is accepted as it is. Every `Taxonomy` is one.
 *
 * @since 0.2.0
 * @category Taxonomy
 * @example
 * ```ts
 * import { isCategoryWithin, type ReadonlyTaxonomy } from 'swapledger';
 * const tiny = {
 *   id: 'tiny',
 *   version: '1',
 *   categories: [
 *     { id: 'people', label: 'people', parent: null },
 *     { id: 'military', label: 'military', parent: 'people' },
 *   ],
 *   partitions: [],
 * } as const satisfies ReadonlyTaxonomy;
 * isCategoryWithin('military', 'people', tiny); // true
 * ```
 */
export type ReadonlyTaxonomy = DeepReadonly<Taxonomy>;

/**
 * What a dataset adds to the default taxonomy: more categories and partitions, which may hang
 * under any existing category, and more parts for partitions that are not complete (`addParts`:
 * a service of its own in the split of the military by service).
 *
 * @example
 * ```ts
 * import { TaxonomyExtensionSchema } from 'swapledger';
 * TaxonomyExtensionSchema.safeParse({ categories: [{ id: 'medic', label: 'medics', parent: 'military' }] }).success; // true
 * ```
 */
export const TaxonomyExtensionSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    categories: z.array(CategorySchema).max(MAX_TAXONOMY_ENTRIES).exactOptional(),
    partitions: z.array(PartitionSchema).max(MAX_TAXONOMY_ENTRIES).exactOptional(),
    addParts: z
      .array(z.strictObject({ partition: IdSchema, parts: z.array(IdSchema).min(1).max(1000) }))
      .max(1000)
      .exactOptional(),
  }),
);

/**
 * The categories and partitions a dataset adds to the default taxonomy.
 *
 * @example
 * ```ts
 * import type { TaxonomyExtension } from 'swapledger';
 * const medics: TaxonomyExtension = { categories: [{ id: 'medic', label: 'medics', parent: 'military' }] };
 * ```
 */
export type TaxonomyExtension = z.output<typeof TaxonomyExtensionSchema>;

/**
 * What TaxonomyExtensionSchema accepts, before parsing: the same fields as {@link TaxonomyExtension}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link TaxonomyExtension} from the schema.
 *
 * @example
 * ```ts
 * import { TaxonomyExtensionSchema, type TaxonomyExtensionInput } from 'swapledger';
 * const read = (values: TaxonomyExtensionInput) => TaxonomyExtensionSchema.safeParse(values); // a TaxonomyExtension when it is valid
 * ```
 */
export type TaxonomyExtensionInput = z.input<typeof TaxonomyExtensionSchema>;
