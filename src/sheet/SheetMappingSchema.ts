import * as z from 'zod';
import { IdSchema, LanguageSchema, NoteSchema } from '../_lib/fields.js';
import { pure } from '../_lib/pure.js';
import { CLAIM_LINK_TYPES } from '../claim/ClaimSchema.js';
import { EXCHANGE_STATUSES } from '../exchange/ExchangeSchema.js';
import { PartySchema } from '../party/PartySchema.js';
import { LexiconSchema } from '../phrase/LexiconSchema.js';
import { MEDIA } from '../source/CitationSchema.js';
import { SourceSchema } from '../source/SourceSchema.js';
import { model } from '../validation/_lib/model.js';

/**
 * The fields of the claim sheet, each a column of the default layout (see docs/sheet.md for what
 * each holds). A mapping's `columns` says which column of another layout holds each.
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import { SHEET_FIELDS } from 'swapledger/sheet';
 * SHEET_FIELDS.includes('figure'); // true
 * ```
 */
export const SHEET_FIELDS = [
  'id',
  'exchange',
  'dates',
  'date_note',
  'parties',
  'mediator',
  'source',
  'side',
  'stated_on',
  'as_of',
  'medium',
  'url',
  'reported_by',
  'counted',
  'category',
  'holder',
  'figure',
  'exact',
  'number',
  'low',
  'high',
  'best',
  'lexicon',
  'status',
  'breakdown',
  'breakdown_complete',
  'breakdown_partial',
  'derived',
  'note',
] as const;

/**
 * One field of the claim sheet.
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import type { SheetField } from 'swapledger/sheet';
 * const field: SheetField = 'stated_on';
 * ```
 */
export type SheetField = (typeof SHEET_FIELDS)[number];

const Wording = /* @__PURE__ */ pure(() => z.string().min(1).max(300));
const Template = /* @__PURE__ */ pure(() => z.record(z.string().max(100), z.unknown()));

const ListSchema = /* @__PURE__ */ pure(() =>
  z.strictObject({
    path: z.string().min(1).max(200),
    rows: z.string().min(1).max(200).exactOptional(),
    parent: z.string().min(1).max(100).exactOptional(),
    cells: z.record(z.string().max(100), z.string().max(300)).exactOptional(),
  }),
);

/**
 * Where the rows of a nested JSON document are: the array at `path` (dotted), each item a row;
 * or, with `rows`, the array under that name inside each item, each of its items a row that
 * also gets the item's own fields as cells named `PARENT.FIELD` (`parent` defaults to `path`).
 * `cells` adds cells computed from templates over a row's cells: `{exchange.id}/{#index}` where
 * `#index` is the row's 1-based place in its array (`{#index:2}` pads it to two digits).
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import type { SheetList } from 'swapledger/sheet';
 * const list: SheetList = { path: 'exchanges', rows: 'claims', parent: 'exchange', cells: { id: '{exchange.id}/{#index}' } };
 * ```
 */
export interface SheetList {
  path: string;
  rows?: string;
  parent?: string;
  cells?: Record<string, string>;
}

/**
 * The zod schema of a {@link SheetMapping}: plain JSON that tells {@link importSheet} how to read a
 * team's sheet. Every field is optional; `{}` reads a sheet in the default layout.
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import { SheetMappingSchema } from 'swapledger/sheet';
 * SheetMappingSchema.safeParse({ columns: { figure: 'цифра' }, delimiter: ';' }).success; // true
 * SheetMappingSchema.safeParse({ columns: { colour: 'x' } }).success; // false
 * ```
 */
export const SheetMappingSchema = /* @__PURE__ */ model(() =>
  z.strictObject({
    columns: z
      .partialRecord(
        z.enum(SHEET_FIELDS),
        z.union([z.string().min(1).max(200), z.array(z.string().min(1).max(200)).max(20)]),
      )
      .exactOptional(),
    delimiter: z.enum([',', ';', '\t']).exactOptional(),
    lists: z.array(ListSchema).max(50).exactOptional(),
    parties: z
      .array(
        z.strictObject({
          record: PartySchema,
          aliases: z.array(Wording).max(1000).exactOptional(),
        }),
      )
      .max(10_000)
      .exactOptional(),
    sources: z
      .array(
        z.strictObject({
          record: SourceSchema,
          aliases: z
            .array(z.union([Wording, z.strictObject({ wording: Wording, reportedBy: IdSchema })]))
            .max(1000)
            .exactOptional(),
        }),
      )
      .max(100_000)
      .exactOptional(),
    media: z
      .array(
        z.strictObject({
          wording: Wording,
          medium: z.enum(MEDIA),
          reportedBy: IdSchema.exactOptional(),
        }),
      )
      .max(10_000)
      .exactOptional(),
    lexicon: LexiconSchema.exactOptional(),
    crosswalk: z
      .array(
        z.strictObject({
          wording: Wording,
          category: IdSchema,
          language: LanguageSchema.exactOptional(),
          party: IdSchema.exactOptional(),
        }),
      )
      .max(100_000)
      .exactOptional(),
    cohorts: z
      .array(z.strictObject({ wording: Wording, cohort: IdSchema }))
      .max(100_000)
      .exactOptional(),
    subjects: z
      .array(
        z.strictObject({
          wording: Wording,
          subject: Template,
          asOf: z.string().max(100).exactOptional(),
        }),
      )
      .max(100_000)
      .exactOptional(),
    figures: z
      .array(
        z.strictObject({
          column: z.string().min(1).max(200),
          subject: Template,
          id: z.string().min(1).max(200),
          link: z.enum(CLAIM_LINK_TYPES).exactOptional(),
        }),
      )
      .max(100)
      .exactOptional(),
    dateNotes: z
      .array(z.strictObject({ wording: Wording, note: NoteSchema }))
      .max(1000)
      .exactOptional(),
    recordedFrom: z
      .array(z.enum(['receiver', 'giver', 'allies', 'any']))
      .min(1)
      .max(4)
      .exactOptional(),
    status: z.enum(EXCHANGE_STATUSES).exactOptional(),
    exchanges: z
      .array(
        z.strictObject({
          id: IdSchema,
          custodians: z.array(IdSchema).max(100).exactOptional(),
          agreement: IdSchema.exactOptional(),
          note: NoteSchema.exactOptional(),
          crosswalk: z
            .array(z.strictObject({ wording: Wording, category: IdSchema }))
            .max(1000)
            .exactOptional(),
        }),
      )
      .max(100_000)
      .exactOptional(),
    claims: z
      .array(z.strictObject({ id: IdSchema, fields: Template }))
      .max(1_000_000)
      .exactOptional(),
    dataset: Template.exactOptional(),
  }),
);

/**
 * How a team's sheet maps onto the claim sheet and the package's records: which column holds
 * each field, the separator, where rows sit in a nested JSON document, the registries of parties
 * and sources with the strings the sheet uses for them, the media, the lexicon for vague wording,
 * category and cohort wording, what each "counted" wording counts, further figures a row carries,
 * and the records to add as they are. docs/sheet.md describes every field.
 *
 * @since 0.2.0
 * @category Sheets
 * @example
 * ```ts
 * import type { SheetMapping } from 'swapledger/sheet';
 * const mapping: SheetMapping = {
 *   subjects: [{ wording: 'returned to Ukraine', subject: { type: 'transferred', exchange: '{exchange}', to: 'UA' } }],
 * };
 * ```
 */
export type SheetMapping = z.output<typeof SheetMappingSchema>;
