import { model } from '../validation/_lib/model.js';
import * as z from 'zod';
import { IdSchema, NameSchema, OptionalIdSchema, OptionalNoteSchema } from '../_lib/fields.js';

/**
 * The kinds of source a statement can come from.
 *
 * @example
 * ```ts
 * import { SOURCE_KINDS } from 'swapledger';
 * SOURCE_KINDS.includes('anonymous'); // true
 * ```
 */
export const SOURCE_KINDS = [
  'official',
  'ministry',
  'mediator',
  'outlet',
  'ngo',
  'international-organisation',
  'expert',
  'anonymous',
  'joint',
  'reference-work',
  'archive',
] as const;

/**
 * The zod schema of a {@link Source}.
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'swapledger';
 * SourceSchema.safeParse({ id: 'ru-mod', name: 'Ministry of Defence of the Russian Federation', kind: 'ministry', affiliation: 'RU' }).success; // true
 * ```
 */
export const SourceSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    id: IdSchema,
    name: NameSchema,
    kind: z.enum(SOURCE_KINDS),
    affiliation: IdSchema.nullable(),
    role: z.string().max(300).exactOptional(),
    speakers: z
      .array(
        z.strictObject({
          name: NameSchema,
          affiliation: OptionalIdSchema,
          role: z.string().max(300).exactOptional(),
        }),
      )
      .min(2)
      .max(20)
      .exactOptional(),
    note: OptionalNoteSchema,
  }),
);

/**
 * Who made a statement: an official, a ministry, a mediator, an outlet, an NGO, an international
 * organisation, an expert, or an anonymous source ("a source in the Russian Defence Ministry",
 * kind `anonymous` with that description as its name). `affiliation` is the id of the party the
 * source speaks for or belongs to, or `null` for an independent source.
 *
 * A `joint` statement (two presidents, or a mediator and both sides) lists its `speakers` (at
 * least two), each with the party they speak for; its own `affiliation` is then the one party all
 * of them share, or `null`. Only a joint source has speakers (checked by `safeParseDataset`). A `reference-work` (a yearbook, an encyclopaedia) or an `archive` is a source too,
 * for figures that come from the record rather than from someone who spoke.
 *
 * @example
 * ```ts
 * import type { Source } from 'swapledger';
 * const yermak: Source = {
 *   id: 'ua-yermak',
 *   name: 'Andrii Yermak',
 *   kind: 'official',
 *   affiliation: 'UA',
 *   role: 'Head of the Office of the President of Ukraine',
 * };
 * ```
 */
export type Source = z.output<typeof SourceSchema>;

/**
 * What SourceSchema accepts, before parsing: the same fields as {@link Source}, with dates as plain
 * strings. Type a form's or a request's values with it, and get a {@link Source} from the schema.
 *
 * @example
 * ```ts
 * import { safeCreateSource, type SourceInput } from 'swapledger';
 * const read = (values: SourceInput) => safeCreateSource(values); // a Source when it is valid
 * ```
 */
export type SourceInput = z.input<typeof SourceSchema>;
